import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SettingsReader } from '../settings/index.ts';
import { automaticChecks } from './automatic-checks.ts';
import { notPublishable } from './field-messages.ts';
import { productLifecycle } from './lifecycle.ts';
import { submitForModeration } from './moderation/submit.ts';
import { normaliseProduct } from './normalise-product.ts';
import { requireOpenStore } from './open-store.ts';
import { recordProductEvent } from './product-events.ts';
import { productLimitOf } from './product-limit.ts';
import { productColumns, requireOwnProduct, writeProductParts } from './product-rows.ts';
import type { ProductInput, ProductResource } from './product-schemas.ts';
import { productResource } from './product-view.ts';
import { publishProblems } from './publish-requirements.ts';
import { products } from './schema.ts';

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
  await productLifecycle.record(tx, {
    id: product.id,
    from: null,
    to: 'draft',
    actor: { kind: 'merchant', id: request.merchantId },
    at: request.now,
  });
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
  if (current.status === 'archived') throw new AppError('product.archived');
  const normalised = await normaliseProduct(tx, {
    merchantId: request.merchantId,
    storeId: store.id,
    productId: current.id,
    input: request.input,
    locale: request.locale,
  });
  const onSale = current.status === 'published' || current.status === 'pending_review';
  if (onSale) {
    const problems = publishProblemsOf(normalised);
    if (problems.length > 0) throw notPublishable(problems, request.locale);
  }
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

  let product = saved;
  if (onSale) {
    const flags = await automaticChecks(tx, {
      productId: saved.id,
      product: normalised,
      currency: saved.currency,
      settings: request.settings,
    });
    if (current.status === 'published' && flags.length > 0) {
      product = await productLifecycle.transition(tx, {
        id: saved.id,
        from: 'published',
        to: 'pending_review',
        actor: { kind: 'merchant', id: request.merchantId },
        reason: 'automatic_checks',
        at: request.now,
        set: { reviewFlags: flags, statusReason: null },
      });
      await submitForModeration(tx, { product, flags, now: request.now });
      await recordProductEvent(tx, 'product.submitted_for_review', product, request.now);
    } else if (current.status === 'pending_review') {
      [product = saved] = await tx
        .update(products)
        .set({ reviewFlags: flags })
        .where(eq(products.id, saved.id))
        .returning();
      await submitForModeration(tx, { product, flags, now: request.now });
    }
  }
  await recordProductEvent(tx, 'product.updated', product, request.now);
  return productResource(tx, product, await productLimitOf(tx, store));
}

function publishProblemsOf(normalised: Awaited<ReturnType<typeof normaliseProduct>>) {
  return publishProblems({
    imageCount: normalised.imageUploadIds.length,
    missingRequiredAttributes: normalised.missingRequiredAttributes,
  });
}
