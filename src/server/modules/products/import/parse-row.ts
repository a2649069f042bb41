import { parseMajorUnits } from '../../../../shared/money.ts';
import { type CsvRecord, OPTION_SLOTS } from './columns.ts';

export type PricingMode = 'by_quantity' | 'by_variant';

/** What is wrong with one row: a code of errors.ts and its parameters. */
export interface RowProblem {
  code: string;
  params?: Record<string, unknown>;
}

/** The fields a handle's first row gives its product. */
export interface RowProductFields {
  title: string;
  category: string;
  description: string;
  imageUploadIds: string[];
  weightGrams: number | null;
  attributes: { code: string; value: string }[];
  minOrderQuantity: number | null;
  /** The tiers after the first (`tier_prices`); the first tier is the row's price at the MOQ. */
  extraTiers: { minQuantity: number; amount: number }[];
  pricingMode: PricingMode | null;
  publish: boolean;
}

/** One row read into typed values: a variant, and its product's fields. */
export interface ParsedRow {
  rowNumber: number;
  handle: string;
  sku: string;
  options: { name: string; value: string }[];
  stock: number;
  priceAmount: number;
  product: RowProductFields;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE = /^\d{1,9}$/;

/**
 * One row's cells as typed values, or every problem the row has. Only the format is checked
 * here (numbers, amounts exactly in minor units, lists); what a product may be is the products
 * module's validation, run on the grouped product.
 */
export function parseRow(
  rowNumber: number,
  record: CsvRecord,
  currency: string,
  /** The first row of its handle: the one whose product-level fields count, so they are required. */
  productRow: boolean,
): { row: ParsedRow; problems: [] } | { row: null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (column: keyof CsvRecord) => record[column] ?? '';
  const required = (column: keyof CsvRecord) => {
    const value = text(column);
    if (value === '') problems.push({ code: 'product_import.required', params: { column } });
    return value;
  };
  const whole = (column: keyof CsvRecord, options: { min: number }) => {
    const value = text(column);
    if (value === '') return null;
    if (!WHOLE.test(value) || Number(value) < options.min) {
      problems.push({
        code: 'product_import.not_whole_number',
        params: { column, value, min: options.min },
      });
      return null;
    }
    return Number(value);
  };
  const amount = (column: string, value: string) => {
    const minor = parseMajorUnits(value, currency);
    if (minor === null || minor <= 0 || value.includes(',')) {
      problems.push({ code: 'product_import.bad_price', params: { column, value } });
      return 0;
    }
    return minor;
  };

  const handle = required('handle');
  const sku = required('sku');
  const title = productRow ? required('title') : text('title');
  const category = productRow ? required('category') : text('category');
  const stockText = required('stock');
  const stock = stockText === '' ? 0 : (whole('stock', { min: 0 }) ?? 0);
  const priceText = required('price');
  const priceAmount = priceText === '' ? 0 : amount('price', priceText);

  const options: ParsedRow['options'] = [];
  for (const slot of OPTION_SLOTS) {
    const name = text(`option${slot}_name`);
    const value = text(`option${slot}_value`);
    if (name === '' && value === '') continue;
    if (name === '' || value === '') {
      problems.push({
        code: 'product_import.option_incomplete',
        params: { column: name === '' ? `option${slot}_name` : `option${slot}_value` },
      });
      continue;
    }
    options.push({ name, value });
  }

  const extraTiers: RowProductFields['extraTiers'] = [];
  const tierText = text('tier_prices');
  if (tierText !== '') {
    for (const part of tierText.split('|')) {
      const match = /^\s*(\d{1,9})\s*:\s*(\S+)\s*$/.exec(part);
      if (!match?.[1] || !match[2]) {
        problems.push({ code: 'product_import.bad_tiers', params: { value: tierText } });
        break;
      }
      extraTiers.push({ minQuantity: Number(match[1]), amount: amount('tier_prices', match[2]) });
    }
  }

  const attributes: RowProductFields['attributes'] = [];
  const attributeText = text('attributes');
  if (attributeText !== '') {
    for (const part of attributeText.split('|')) {
      const at = part.indexOf('=');
      const code = at > 0 ? part.slice(0, at).trim() : '';
      const value = at > 0 ? part.slice(at + 1).trim() : '';
      if (code === '' || value === '') {
        problems.push({ code: 'product_import.bad_attributes', params: { value: part } });
        break;
      }
      attributes.push({ code, value });
    }
  }

  const imageUploadIds =
    text('images') === ''
      ? []
      : text('images')
          .split('|')
          .map((id) => id.trim());
  const badImage = imageUploadIds.find((id) => !UUID.test(id));
  if (badImage !== undefined) {
    problems.push({ code: 'product_import.bad_images', params: { value: badImage } });
  }

  const modeText = text('pricing_mode').toLowerCase();
  const pricingMode =
    modeText === ''
      ? null
      : modeText === 'by_quantity' || modeText === 'by_variant'
        ? modeText
        : undefined;
  if (pricingMode === undefined) {
    problems.push({
      code: 'product_import.bad_pricing_mode',
      params: { value: text('pricing_mode') },
    });
  }

  const publishText = text('publish').toLowerCase();
  const publish = YES.has(publishText) ? true : NO.has(publishText) ? false : undefined;
  if (publish === undefined) {
    problems.push({ code: 'product_import.bad_publish', params: { value: text('publish') } });
  }

  const weightGrams = whole('weight_grams', { min: 0 });
  const minOrderQuantity = whole('min_order_quantity', { min: 1 });

  if (problems.length > 0) return { row: null, problems };
  return {
    row: {
      rowNumber,
      handle,
      sku,
      options,
      stock,
      priceAmount,
      product: {
        title,
        category,
        description: text('description'),
        imageUploadIds,
        weightGrams,
        attributes,
        minOrderQuantity,
        extraTiers,
        pricingMode: pricingMode ?? null,
        publish: publish ?? false,
      },
    },
    problems: [],
  };
}

const YES = new Set(['yes', 'y', 'true', '1', '是']);
const NO = new Set(['', 'no', 'n', 'false', '0', '否']);
