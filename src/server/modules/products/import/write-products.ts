import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { insertUnnest } from '../../../db/insert-unnest.ts';
import { AppError, type FieldProblem } from '../../../errors.ts';
import { findCategories } from '../../categories/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import {
  loadNormaliseFacts,
  type NormalisedProduct,
  type NormaliseFacts,
  normaliseWithFacts,
} from '../normalise-product.ts';
import {
  productColumns,
  productFields,
  productSearchText,
  writeProductParts,
} from '../product-rows.ts';
import type { ProductInput } from '../product-schemas.ts';
import {
  type Product,
  productImages,
  productPriceTiers,
  products,
  productVariants,
} from '../schema.ts';
import {
  recordNewDrafts,
  refuseArchived,
  refuseIncompleteOnSale,
  settleEditedProduct,
} from '../settle-edit.ts';
import type { FailedRow, ImportedProduct } from './group-rows.ts';
import type { RowProblem } from './parse-row.ts';
import { fieldRowProblem, schemaProblems, toProductInput } from './product-input.ts';
import { publishImported } from './publish-imported.ts';
import type { ProductImport } from './schema.ts';

export interface RowCounts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface Written {
  counts: RowCounts;
  /** Rows not imported. */
  failed: FailedRow[];
  /** Rows imported with something to say (over the package limit: kept as drafts). */
  notices: FailedRow[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ACTIVE: readonly string[] = ['published', 'pending_review'];

/** What a product is, as the import compares it: equal states mean there is nothing to write. */
function productState(product: {
  categoryId: string;
  title: string;
  descriptionHtml: string;
  weightGrams: number;
  attributes: unknown;
  options: unknown;
  pricingMode: string;
  minOrderQuantity: number;
  tiers: { minQuantity: number; priceAmount: number }[];
  imageUploadIds: string[];
}) {
  return [
    product.categoryId,
    product.title,
    product.descriptionHtml,
    product.weightGrams,
    product.attributes,
    product.options,
    product.pricingMode,
    product.minOrderQuantity,
    product.tiers.map((tier) => [tier.minQuantity, tier.priceAmount]),
    product.imageUploadIds,
  ];
}

// jsonb keeps an object's keys in its own order: compare options by name, not as written.
const sortedEntries = (options: Record<string, string>) =>
  Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const variantState = (variant: {
  options: Record<string, string>;
  stock: number;
  priceAmount: number | null;
  position: number;
}) => [sortedEntries(variant.options), variant.stock, variant.priceAmount, variant.position];

interface Candidate {
  product: ImportedProduct;
  input: ProductInput;
  row: Product | null;
}

/**
 * Write one chunk of imported products in the caller's transaction. Each product is checked by
 * the products module's own validation (the request schema, then the validator the form uses,
 * on facts loaded once for the whole chunk), so a file cannot store what the form would refuse.
 * Existing products (by handle) and their parts are read in a few queries for the whole chunk;
 * new products and their parts are written with one INSERT per table, each column one array
 * (insertUnnest); a product equal to what is stored is not written at all, so importing the
 * same file again changes nothing. A changed
 * product is an edit as the form makes one (settleEditedProduct): on sale, it is checked again.
 */
export async function writeProducts(
  tx: Tx,
  job: ProductImport,
  imported: ImportedProduct[],
  now: Date,
  context: { settings: SettingsReader },
): Promise<Written> {
  const counts: RowCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const failed: FailedRow[] = [];
  const failAll = (product: ImportedProduct, problems: RowProblem[]) => {
    product.rowNumbers.forEach((rowNumber, index) => {
      failed.push({ rowNumber, sku: product.variants[index]?.sku ?? null, problems });
    });
    counts.failed += product.rowNumbers.length;
  };
  if (imported.length === 0) return { counts, failed, notices: [] };

  const existing = await loadExisting(tx, job.storeId, imported);
  const categories = await findCategories(
    tx,
    imported.map((product) => product.category),
  );
  const candidates: Candidate[] = [];
  for (const product of imported) {
    const category = categories.get(product.category);
    if (!category) {
      failAll(product, [
        { code: 'product_import.unknown_category', params: { category: product.category } },
      ]);
      continue;
    }
    const input = toProductInput(product, category.id);
    const problems = schemaProblems(input, job.locale);
    if (problems.length > 0) {
      failAll(product, problems.map(fieldRowProblem));
      continue;
    }
    candidates.push({ product, input, row: existing.byHandle.get(product.handle) ?? null });
  }
  const facts = await loadNormaliseFacts(
    tx,
    job.storeId,
    candidates.map((candidate) => candidate.input),
  );

  const inserts: { product: ImportedProduct; normalised: NormalisedProduct }[] = [];
  const updates: { normalised: NormalisedProduct; row: Product }[] = [];
  const toPublish: { product: ImportedProduct; id: string | null }[] = [];
  // A SKU given to one product of the chunk is not free for the next one (not yet in the table).
  const claimed = new Set<string>();

  for (const { product, input, row } of candidates) {
    const taken = product.variants.find((variant) => claimed.has(variant.sku));
    if (taken) {
      failAll(product, [{ code: 'product_import.sku_taken', params: { sku: taken.sku } }]);
      continue;
    }
    const normalised = validated(facts, job, input, row);
    if (!('title' in normalised)) {
      failAll(product, normalised);
      continue;
    }
    for (const variant of normalised.variants) claimed.add(variant.sku);

    const publishes = product.publish && !ACTIVE.includes(row?.status ?? 'draft');
    if (!row) {
      if (publishes) toPublish.push({ product, id: null });
      inserts.push({ product, normalised });
      counts.created += normalised.variants.length;
      continue;
    }
    const stored = existing.partsOf(row);
    const productSame = same(
      productState({ ...normalised, categoryId: normalised.category.id }),
      productState({ ...row, tiers: stored.tiers, imageUploadIds: stored.imageUploadIds }),
    );
    const storedBySku = new Map(stored.variants.map((variant) => [variant.sku, variant]));
    let changed = !productSame || stored.variants.length !== normalised.variants.length;
    const rows = { created: 0, updated: 0, unchanged: 0 };
    for (const variant of normalised.variants) {
      const current = storedBySku.get(variant.sku);
      const variantChanged = !current || !same(variantState(variant), variantState(current));
      if (variantChanged) changed = true;
      if (!current) rows.created += 1;
      else if (!productSame || publishes || variantChanged) rows.updated += 1;
      else rows.unchanged += 1;
    }
    if (changed) {
      // What the form refuses in an edit, the import refuses for these rows.
      const refusal = editRefusal(row, normalised, job);
      if (refusal) {
        failAll(product, refusal);
        continue;
      }
      updates.push({ normalised, row });
    }
    if (publishes) toPublish.push({ product, id: row.id });
    counts.created += rows.created;
    counts.updated += rows.updated;
    counts.unchanged += rows.unchanged;
  }

  if (inserts.length > 0) {
    // One array per column (insertUnnest), not one parameter per cell: a chunk's thousand rows
    // are a few statements of a few parameters each.
    const created = await insertUnnest(
      tx,
      products,
      inserts.map(({ product, normalised }) => ({
        ...productFields(normalised, now),
        searchVector: productSearchText(normalised),
        storeId: job.storeId,
        merchantId: job.merchantId,
        handle: product.handle,
        currency: job.currency,
        status: 'draft' as const,
        createdAt: now,
      })),
      {
        expressions: { searchVector: (text) => sql`to_tsvector('simple', ${text})` },
        returning: ['id', 'handle'],
      },
    );
    await recordNewDrafts(
      tx,
      created.map((row) => row.id),
      job.merchantId,
      now,
    );
    const idOf = new Map(created.map((row) => [row.handle, row.id]));
    const parts = inserts.flatMap(({ product, normalised }) => {
      const id = idOf.get(product.handle);
      return id ? [{ id, normalised }] : [];
    });
    await insertUnnest(
      tx,
      productVariants,
      parts.flatMap(({ id, normalised }) =>
        normalised.variants.map((variant) => ({
          productId: id,
          storeId: job.storeId,
          sku: variant.sku,
          options: variant.options,
          stock: variant.stock,
          priceAmount: variant.priceAmount,
          position: variant.position,
        })),
      ),
    );
    await insertUnnest(
      tx,
      productPriceTiers,
      parts.flatMap(({ id, normalised }) =>
        normalised.tiers.map((tier) => ({
          productId: id,
          minQuantity: tier.minQuantity,
          priceAmount: tier.priceAmount,
        })),
      ),
    );
    await insertUnnest(
      tx,
      productImages,
      parts.flatMap(({ id, normalised }) =>
        normalised.imageUploadIds.map((uploadId, position) => ({
          productId: id,
          uploadId,
          position,
        })),
      ),
    );
    for (const entry of toPublish) entry.id ??= idOf.get(entry.product.handle) ?? null;
  }
  for (const { normalised, row } of updates) {
    const [saved] = await tx
      .update(products)
      .set(productColumns(normalised, now))
      .where(eq(products.id, row.id))
      .returning();
    if (!saved) throw new Error('an imported product vanished under its row lock');
    await writeProductParts(tx, saved, normalised);
    await settleEditedProduct(tx, {
      before: row.status,
      saved,
      normalised,
      merchantId: job.merchantId,
      settings: context.settings,
      now,
    });
  }

  const notices = await publishImported(
    tx,
    job,
    toPublish.flatMap(({ id, product }) => (id ? [{ id, product }] : [])),
    now,
    context.settings,
  );
  return { counts, failed, notices };
}

/** The product as the products module's validator normalises it, or its problems as row problems. */
function validated(
  facts: NormaliseFacts,
  job: ProductImport,
  input: ProductInput,
  row: Product | null,
): NormalisedProduct | RowProblem[] {
  try {
    return normaliseWithFacts(facts, {
      merchantId: job.merchantId,
      storeId: job.storeId,
      productId: row?.id ?? null,
      input,
      locale: job.locale,
    });
  } catch (error) {
    const problems = fieldProblemsOf(error, 'validation.failed');
    if (!problems) throw error;
    return problems.map(fieldRowProblem);
  }
}

/** Why the form would refuse this edit of a stored product, as row problems; null if it would not. */
function editRefusal(
  row: Product,
  normalised: NormalisedProduct,
  job: ProductImport,
): RowProblem[] | null {
  try {
    refuseArchived(row.status);
    refuseIncompleteOnSale(row.status, normalised, job.locale);
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'product.archived') {
      return [{ code: 'product_import.archived' }];
    }
    const problems = fieldProblemsOf(error, 'product.not_publishable');
    if (!problems) throw error;
    return problems.map((problem) => ({
      code: 'product_import.on_sale_incomplete',
      params: { column: fieldRowProblem(problem).params?.column, message: problem.message },
    }));
  }
}

/** The field problems an AppError of this code carries, or null for any other error. */
function fieldProblemsOf(error: unknown, code: string): FieldProblem[] | null {
  if (error instanceof AppError && error.code === code && Array.isArray(error.details)) {
    return error.details as FieldProblem[];
  }
  return null;
}

/**
 * The chunk's products already in the store, by handle: a product made in the form has no
 * handle, and an export names it by its id, so a handle that is the id of such a product finds it.
 */
async function loadExisting(tx: Tx, storeId: string, imported: ImportedProduct[]) {
  const handles = imported.map((product) => product.handle);
  const ids = handles.filter((handle) => UUID.test(handle));
  const rows = await tx
    .select()
    .from(products)
    .where(
      and(
        eq(products.storeId, storeId),
        ids.length > 0
          ? or(
              inArray(products.handle, handles),
              and(isNull(products.handle), inArray(products.id, ids)),
            )
          : inArray(products.handle, handles),
      ),
    );
  const productIds = rows.map((row) => row.id);
  // One query after another: a transaction's client runs one at a time.
  const variants =
    productIds.length === 0
      ? []
      : await tx
          .select()
          .from(productVariants)
          .where(inArray(productVariants.productId, productIds))
          .orderBy(productVariants.position);
  const tiers =
    productIds.length === 0
      ? []
      : await tx
          .select()
          .from(productPriceTiers)
          .where(inArray(productPriceTiers.productId, productIds))
          .orderBy(productPriceTiers.minQuantity);
  const images =
    productIds.length === 0
      ? []
      : await tx
          .select()
          .from(productImages)
          .where(inArray(productImages.productId, productIds))
          .orderBy(productImages.position);
  const group = <T extends { productId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const entry = map.get(item.productId);
      if (entry) entry.push(item);
      else map.set(item.productId, [item]);
    }
    return map;
  };
  const variantsOf = group(variants);
  const tiersOf = group(tiers);
  const imagesOf = group(images);
  return {
    byHandle: new Map(rows.map((row) => [row.handle ?? row.id, row])),
    partsOf: (row: Product) => ({
      variants: variantsOf.get(row.id) ?? [],
      tiers: row.pricingMode === 'by_quantity' ? (tiersOf.get(row.id) ?? []) : [],
      imageUploadIds: (imagesOf.get(row.id) ?? []).map((image) => image.uploadId),
    }),
  };
}
