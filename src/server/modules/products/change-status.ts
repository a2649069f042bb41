import type { Db, Executor } from '../../db/client.ts';
import { withTx } from '../../db/client.ts';
import { AppError, type ErrorLookup } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { categoryAttributes, findCategory } from '../categories/index.ts';
import type { SettingsReader } from '../settings/index.ts';
import { automaticChecks } from './automatic-checks.ts';
import { notPublishable } from './field-messages.ts';
import { assertMerchantMove, COUNTED_AGAINST_LIMIT, productLifecycle } from './lifecycle.ts';
import { submitForModeration } from './moderation/submit.ts';
import { requireOpenStore } from './open-store.ts';
import { recordProductEvent } from './product-events.ts';
import { productLimitOf } from './product-limit.ts';
import { readProductParts, requireOwnProduct } from './product-rows.ts';
import type { BulkInput, BulkResult, ProductResource } from './product-schemas.ts';
import { productResource } from './product-view.ts';
import { publishProblems } from './publish-requirements.ts';
import type { Product } from './schema.ts';

export interface StatusRequest {
  merchantId: string;
  productId: string;
  now: Date;
  locale: Locale;
  settings: SettingsReader;
}

/**
 * Put a product on sale (SPEC §6): it must be complete, fit in the package's limit and pass the
 * automatic checks; what they flag goes to review instead (and counts against the limit too).
 * The store row is locked first, so two publications at the limit cannot both count one free place.
 */
export async function publishProduct(
  tx: Executor,
  request: StatusRequest,
): Promise<ProductResource> {
  const store = await requireOpenStore(tx, request.merchantId, { forUpdate: true });
  const product = await requireOwnProduct(tx, request.merchantId, request.productId, {
    forUpdate: true,
  });
  const actor = { kind: 'merchant' as const, id: request.merchantId };
  // A product an operator took down or rejected goes back through review, whatever the checks
  // say: the reviewer who refused it sees the correction (the case shows what changed).
  const target = assertMerchantMove(product.status, 'publish');

  const parts = await readProductParts(tx, product.id);
  const category = await findCategory(tx, product.categoryId);
  if (!category) throw new AppError('product.not_found');
  const filled = new Set(product.attributes.map((attribute) => attribute.code));
  const missing = (await categoryAttributes(tx, category.id))
    .filter((attribute) => attribute.required && !filled.has(attribute.code))
    .map((attribute) => attribute.code);
  const problems = publishProblems({
    imageCount: parts.imageUploadIds.length,
    missingRequiredAttributes: missing,
  });
  if (problems.length > 0) throw notPublishable(problems, request.locale);

  const limit = await productLimitOf(tx, store);
  if (!COUNTED_AGAINST_LIMIT.includes(product.status) && limit.remaining <= 0) {
    throw new AppError('product.limit_reached', { limit: limit.limit }, { limit: limit.limit });
  }

  const flags = await automaticChecks(tx, {
    productId: product.id,
    product: { ...product, category },
    currency: product.currency,
    settings: request.settings,
  });
  let moved: Product;
  if (flags.length > 0 || target === 'pending_review') {
    moved = await productLifecycle.transition(tx, {
      id: product.id,
      from: product.status,
      to: 'pending_review',
      actor,
      reason: flags.length > 0 ? 'automatic_checks' : null,
      at: request.now,
      set: { reviewFlags: flags, updatedAt: request.now },
    });
    await submitForModeration(tx, { product: moved, flags, now: request.now });
    await recordProductEvent(tx, 'product.submitted_for_review', moved, request.now);
  } else {
    moved = await productLifecycle.transition(tx, {
      id: product.id,
      from: product.status,
      to: 'published',
      actor,
      at: request.now,
      set: {
        reviewFlags: [],
        statusReason: null,
        publishedAt: product.publishedAt ?? request.now,
        updatedAt: request.now,
      },
    });
    await recordProductEvent(tx, 'product.published', moved, request.now);
  }
  return productResource(tx, moved, await productLimitOf(tx, store), parts);
}

/** Take a product off sale; it can be published again or archived. */
export async function unpublishProduct(
  tx: Executor,
  request: StatusRequest,
): Promise<ProductResource> {
  return move(tx, request, 'unpublish', 'product.unpublished');
}

/** Put an unpublished product away for good. */
export async function archiveProduct(
  tx: Executor,
  request: StatusRequest,
): Promise<ProductResource> {
  return move(tx, request, 'archive', 'product.archived');
}

async function move(
  tx: Executor,
  request: StatusRequest,
  action: 'unpublish' | 'archive',
  topic: 'product.unpublished' | 'product.archived',
) {
  const store = await requireOpenStore(tx, request.merchantId);
  const product = await requireOwnProduct(tx, request.merchantId, request.productId, {
    forUpdate: true,
  });
  const moved = await productLifecycle.transition(tx, {
    id: product.id,
    from: product.status,
    to: assertMerchantMove(product.status, action),
    actor: { kind: 'merchant', id: request.merchantId },
    at: request.now,
    set: { updatedAt: request.now },
  });
  await recordProductEvent(tx, topic, moved, request.now);
  return productResource(tx, moved, await productLimitOf(tx, store));
}

/**
 * The seller list's bulk action: each product in its own transaction, so one that cannot move
 * (the limit reached, not complete) leaves the others moved; the answer says what became of each.
 */
export async function bulkChangeProducts(
  db: Db,
  request: Omit<StatusRequest, 'productId'> & { input: BulkInput; errors: ErrorLookup },
): Promise<BulkResult> {
  const change = request.input.action === 'publish' ? publishProduct : unpublishProduct;
  const results: BulkResult['results'] = [];
  for (const id of [...new Set(request.input.ids)]) {
    try {
      const product = await withTx(db, (tx) => change(tx, { ...request, productId: id }));
      results.push({ id, ok: true, status: product.status, error: null });
    } catch (error) {
      if (!(error instanceof AppError) || !request.errors.has(error.code)) throw error;
      results.push({
        id,
        ok: false,
        status: null,
        error: {
          code: error.code,
          message: request.errors.message(error.code, request.locale, error.params),
        },
      });
    }
  }
  const limit = await withTx(db, async (tx) =>
    productLimitOf(tx, await requireOpenStore(tx, request.merchantId)),
  );
  return { results, limit };
}
