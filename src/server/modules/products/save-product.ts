import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SettingsReader } from '../settings/index.ts';
import { normaliseProduct } from './normalise-product.ts';
import { requireOpenStore } from './open-store.ts';
import { productLimitOf } from './product-limit.ts';
import { productColumns, requireOwnProduct, writeProductParts } from './product-rows.ts';
import type { ProductInput, ProductResource } from './product-schemas.ts';
import { productResource } from './product-view.ts';
import { products } from './schema.ts';
import {
  recordNewDrafts,
  refuseArchived,
  refuseIncompleteOnSale,
  settleEditedProduct,
} from './settle-edit.ts';

export interface SaveProductRequest {
  merchantId: string;
  input: ProductInput;
  now: Date;
  locale: Locale;
  /** The CSV handle, when an import saves it. */
  handle?: string | null;
}

/** A new product, saved as a draft: it may still lack images and required attributes. */
export async function createProduct(
  tx: Executor,
  request: SaveProductRequest,
): Promise<ProductResource> {
  const store = await requireOpenStore(tx, request.merchantId);
  const normalised = await normaliseProduct(tx, {
    merchantId: request.merchantId,
    storeId: store.id,
    productId: null,
    input: request.input,
    locale: request.locale,
  });
  const [product] = await tx
    .insert(products)
    .values({
      ...productColumns(normalised, request.now),
      storeId: store.id,
      merchantId: request.merchantId,
      handle: request.handle ?? null,
      status: 'draft',
      currency: store.currency,
      createdAt: request.now,
    })
    .returning();
  if (!product) throw new Error('insert returned no product');
  await recordNewDrafts(tx, [product.id], request.merchantId, request.now);
  await writeProductParts(tx, product, normalised);
  return productResource(tx, product, await productLimitOf(tx, store));
}

/**
 * The whole product replaced by what the form sends. A product on sale must stay complete, and
 * is checked again: what the checks flag leaves the shop for review. One waiting for review is
 * reviewed as it is now.
 */
export async function updateProduct(
  tx: Executor,
  request: SaveProductRequest & { productId: string; settings: SettingsReader },
): Promise<ProductResource> {
  const store = await requireOpenStore(tx, request.merchantId);
  const current = await requireOwnProduct(tx, request.merchantId, request.productId, {
    forUpdate: true,
  });
  refuseArchived(current.status);
  const normalised = await normaliseProduct(tx, {
    merchantId: request.merchantId,
    storeId: store.id,
    productId: current.id,
    input: request.input,
    locale: request.locale,
  });
  refuseIncompleteOnSale(current.status, normalised, request.locale);
  const [saved] = await tx
    .update(products)
    .set({
      ...productColumns(normalised, request.now),
      ...(request.handle === undefined ? {} : { handle: request.handle }),
    })
    .where(eq(products.id, current.id))
    .returning();
  if (!saved) throw new AppError('product.not_found');
  await writeProductParts(tx, saved, normalised);
  const product = await settleEditedProduct(tx, {
    before: current.status,
    saved,
    normalised,
    merchantId: request.merchantId,
    settings: request.settings,
    now: request.now,
  });
  return productResource(tx, product, await productLimitOf(tx, store));
}
