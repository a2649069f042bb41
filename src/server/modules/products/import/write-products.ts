import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { AppError, type FieldProblem } from '../../../errors.ts';
import { type CategoryNode, findCategory } from '../../categories/index.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { type NormalisedProduct, normaliseProduct } from '../normalise-product.ts';
import { productColumns, writeProductParts } from '../product-rows.ts';
import {
  type Product,
  productImages,
  productPriceTiers,
  products,
  productVariants,
} from '../schema.ts';
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

/** Categories by the id or code a file gives, kept for the whole run (null: no such category). */
export type CategoryCache = Map<string, CategoryNode | null>;

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

/**
 * Write one chunk of imported products in the caller's transaction. Each product is checked by
 * the products module's own validation (the request schema, then normaliseProduct), so a file
 * cannot store what the form would refuse. Existing products (by handle) and their parts are
 * read in a few queries for the whole chunk; new products and their parts are written with
 * multi-row INSERTs; a product equal to what is stored is not written at all, so importing the
 * same file again changes nothing.
 */
export async function writeProducts(
  tx: Tx,
  job: ProductImport,
  imported: ImportedProduct[],
  now: Date,
  context: { settings: SettingsReader; categories: CategoryCache },
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
  const inserts: { product: ImportedProduct; normalised: NormalisedProduct }[] = [];
  const updates: { product: ImportedProduct; normalised: NormalisedProduct; row: Product }[] = [];
  const toPublish: { product: ImportedProduct; id: string | null }[] = [];
  // A SKU given to one product of the chunk is not free for the next one (not yet in the table).
  const claimed = new Set<string>();

  for (const product of imported) {
    const category = await categoryOf(tx, context.categories, product.category);
    if (!category) {
      failAll(product, [
        { code: 'product_import.unknown_category', params: { category: product.category } },
      ]);
      continue;
    }
    const row = existing.byHandle.get(product.handle) ?? null;
    const taken = product.variants.find((variant) => claimed.has(variant.sku));
    if (taken) {
      failAll(product, [{ code: 'product_import.sku_taken', params: { sku: taken.sku } }]);
      continue;
    }
    const normalised = await validated(tx, job, product, category.id, row);
    if (!('title' in normalised)) {
      failAll(product, normalised.map(fieldRowProblem));
      continue;
    }
    for (const variant of normalised.variants) claimed.add(variant.sku);

    const publishes = product.publish && !ACTIVE.includes(row?.status ?? 'draft');
    if (publishes) toPublish.push({ product, id: row?.id ?? null });
    if (!row) {
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
    for (const variant of normalised.variants) {
      const current = storedBySku.get(variant.sku);
      if (!current) counts.created += 1;
      else if (!productSame || publishes || !same(variantState(variant), variantState(current))) {
        counts.updated += 1;
        changed = true;
      } else counts.unchanged += 1;
      if (!current) changed = true;
    }
    if (changed) updates.push({ product, normalised, row });
  }

  if (inserts.length > 0) {
    const created = await tx
      .insert(products)
      .values(
        inserts.map(({ product, normalised }) => ({
          ...productColumns(normalised, now),
          storeId: job.storeId,
          merchantId: job.merchantId,
          handle: product.handle,
          currency: job.currency,
          status: 'draft' as const,
          createdAt: now,
        })),
      )
      .returning({ id: products.id, handle: products.handle });
    const idOf = new Map(created.map((row) => [row.handle, row.id]));
    const parts = inserts.flatMap(({ product, normalised }) => {
      const id = idOf.get(product.handle);
      return id ? [{ id, normalised }] : [];
    });
    await insertInChunks(
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
      (slice) => tx.insert(productVariants).values(slice),
    );
    await insertInChunks(
      parts.flatMap(({ id, normalised }) =>
        normalised.tiers.map((tier) => ({
          productId: id,
          minQuantity: tier.minQuantity,
          priceAmount: tier.priceAmount,
        })),
      ),
      (slice) => tx.insert(productPriceTiers).values(slice),
    );
    await insertInChunks(
      parts.flatMap(({ id, normalised }) =>
        normalised.imageUploadIds.map((uploadId, position) => ({
          productId: id,
          uploadId,
          position,
        })),
      ),
      (slice) => tx.insert(productImages).values(slice),
    );
    for (const entry of toPublish) entry.id ??= idOf.get(entry.product.handle) ?? null;
  }
  for (const { normalised, row } of updates) {
    await tx.update(products).set(productColumns(normalised, now)).where(eq(products.id, row.id));
    await writeProductParts(tx, row, normalised);
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

/** The product as the products module normalises it, or the field problems it has. */
async function validated(
  tx: Tx,
  job: ProductImport,
  product: ImportedProduct,
  categoryId: string,
  row: Product | null,
): Promise<NormalisedProduct | FieldProblem[]> {
  const locale = job.locale;
  const input = toProductInput(product, categoryId);
  const problems = schemaProblems(input, locale);
  if (problems.length > 0) return problems;
  try {
    return await normaliseProduct(tx, {
      merchantId: job.merchantId,
      storeId: job.storeId,
      productId: row?.id ?? null,
      input,
      locale,
    });
  } catch (error) {
    if (
      error instanceof AppError &&
      error.code === 'validation.failed' &&
      Array.isArray(error.details)
    ) {
      return error.details as FieldProblem[];
    }
    throw error;
  }
}

async function categoryOf(tx: Tx, cache: CategoryCache, ref: string): Promise<CategoryNode | null> {
  if (!cache.has(ref)) cache.set(ref, await findCategory(tx, ref));
  return cache.get(ref) ?? null;
}

/** Multi-row INSERTs of at most 1,000 rows each (a statement's parameters are limited). */
async function insertInChunks<T>(
  values: T[],
  insert: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  for (let at = 0; at < values.length; at += 1_000) await insert(values.slice(at, at + 1_000));
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
  const none = productIds.length === 0;
  const [variants, tiers, images] = await Promise.all([
    none
      ? []
      : tx
          .select()
          .from(productVariants)
          .where(inArray(productVariants.productId, productIds))
          .orderBy(productVariants.position),
    none
      ? []
      : tx
          .select()
          .from(productPriceTiers)
          .where(inArray(productPriceTiers.productId, productIds))
          .orderBy(productPriceTiers.minQuantity),
    none
      ? []
      : tx
          .select()
          .from(productImages)
          .where(inArray(productImages.productId, productIds))
          .orderBy(productImages.position),
  ]);
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
