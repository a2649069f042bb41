import { type ParsedRow, type PricingMode, parseRow, type RowProblem } from './parse-row.ts';
import type { NumberedRecord } from './read-csv.ts';

/** A row that will not be imported, with every reason. */
export interface FailedRow {
  rowNumber: number;
  sku: string | null;
  problems: RowProblem[];
}

/** One handle's rows as one product: product-level fields from its first row. */
export interface ImportedProduct {
  handle: string;
  /** The spreadsheet rows of the variants, in the order of `variants`. */
  rowNumbers: number[];
  title: string;
  category: string;
  description: string;
  imageUploadIds: string[];
  weightGrams: number | null;
  attributes: { code: string; value: string }[];
  options: { name: string; values: string[] }[];
  variants: {
    sku: string;
    options: Record<string, string>;
    stock: number;
    priceAmount: number | null;
  }[];
  pricing:
    | {
        mode: 'by_quantity';
        minOrderQuantity: number;
        tiers: { minQuantity: number; amount: number }[];
      }
    | { mode: 'by_variant'; minOrderQuantity: number | null };
  publish: boolean;
}

export type GroupOutcome =
  | { product: ImportedProduct; failed: FailedRow[] }
  | { product: null; failed: FailedRow[] };

/**
 * Reads rows and hands out one handle's rows at a time. Rows of one handle must be adjacent
 * (as a spreadsheet sorted by handle has them): a handle seen again later is refused for those
 * rows, since its product was already written.
 */
export async function* groupProducts(
  records: AsyncIterable<NumberedRecord>,
  currency: string,
): AsyncGenerator<{ rows: number; outcome: GroupOutcome }> {
  const seen = new Set<string>();
  let handle: string | null = null;
  let rows: ParsedRow[] = [];
  let failed: FailedRow[] = [];
  let count = 0;

  const flush = () => {
    const outcome = rows.length > 0 ? buildProduct(rows, failed) : { product: null, failed };
    const result = { rows: count, outcome };
    rows = [];
    failed = [];
    count = 0;
    return result;
  };

  for await (const { rowNumber, record, nulColumns } of records) {
    const rowHandle = record.handle ?? '';
    if (handle !== null && rowHandle !== handle) {
      if (count > 0) yield flush();
      seen.add(handle);
    }
    handle = rowHandle;
    count += 1;
    const sku = record.sku || null;
    if (rowHandle !== '' && seen.has(rowHandle)) {
      failed.push({
        rowNumber,
        sku,
        problems: [{ code: 'product_import.handle_split', params: { handle: rowHandle } }],
      });
      continue;
    }
    if (nulColumns.length > 0) {
      const problems = nulColumns.map((column) => ({
        code: 'product_import.nul_character',
        params: { column },
      }));
      failed.push({ rowNumber, sku, problems });
      continue;
    }
    const parsed = parseRow(rowNumber, record, currency, count === 1);
    if (parsed.row) rows.push(parsed.row);
    else failed.push({ rowNumber, sku, problems: parsed.problems });
  }
  if (count > 0) yield flush();
}

function buildProduct(rows: ParsedRow[], failed: FailedRow[]): GroupOutcome {
  const [first] = rows as [ParsedRow, ...ParsedRow[]];
  const fields = first.product;
  const optionNames = first.options.map((option) => option.name);
  const extraTiers = fields.extraTiers;
  const mode: PricingMode =
    fields.pricingMode ??
    (extraTiers.length > 0 || rows.every((row) => row.priceAmount === first.priceAmount)
      ? 'by_quantity'
      : 'by_variant');

  const kept: ParsedRow[] = [];
  const skus = new Set<string>();
  for (const row of rows) {
    const names = row.options.map((option) => option.name);
    const problem: RowProblem | null =
      names.join('\u0000') !== optionNames.join('\u0000')
        ? {
            code: 'product_import.option_names_differ',
            params: { expected: optionNames.join(', ') || '-' },
          }
        : skus.has(row.sku)
          ? { code: 'product_import.duplicate_sku', params: { sku: row.sku } }
          : mode === 'by_quantity' && row.priceAmount !== first.priceAmount
            ? { code: 'product_import.price_differs' }
            : null;
    if (problem) {
      failed.push({ rowNumber: row.rowNumber, sku: row.sku, problems: [problem] });
      continue;
    }
    skus.add(row.sku);
    kept.push(row);
  }
  if (kept.length === 0) return { product: null, failed };

  const options = optionNames.map((name, slot) => ({
    name,
    values: [...new Set(kept.map((row) => row.options[slot]?.value ?? ''))],
  }));
  const moq = fields.minOrderQuantity;
  return {
    product: {
      handle: first.handle,
      rowNumbers: kept.map((row) => row.rowNumber),
      title: fields.title,
      category: fields.category,
      description: fields.description,
      imageUploadIds: fields.imageUploadIds,
      weightGrams: fields.weightGrams,
      attributes: fields.attributes,
      options,
      variants: kept.map((row) => ({
        sku: row.sku,
        options: Object.fromEntries(row.options.map((option) => [option.name, option.value])),
        stock: row.stock,
        priceAmount: mode === 'by_variant' ? row.priceAmount : null,
      })),
      pricing:
        mode === 'by_quantity'
          ? {
              mode,
              minOrderQuantity: moq ?? 1,
              tiers: [{ minQuantity: moq ?? 1, amount: first.priceAmount }, ...extraTiers],
            }
          : { mode, minOrderQuantity: moq },
      publish: fields.publish,
    },
    failed,
  };
}
