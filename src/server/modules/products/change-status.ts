import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { withTx } from '../../db/client.ts';
import { AppError, type ErrorLookup } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { attributesOfCategories, findCategories } from '../categories/index.ts';
import type { SettingsReader } from '../settings/index.ts';
import type { Store } from '../stores/index.ts';
import { automaticChecks } from './automatic-checks.ts';
import { notPublishable } from './field-messages.ts';
import { assertMerchantMove, COUNTED_AGAINST_LIMIT, productLifecycle } from './lifecycle.ts';
import { loadBannedWords } from './moderation/banned-words.ts';
import type { ModerationFlag } from './moderation/flags.ts';
import { submitForModeration } from './moderation/submit.ts';
import { requireOpenStore } from './open-store.ts';
import { recordProductEvent, recordProductEvents } from './product-events.ts';
import { productLimitOf } from './product-limit.ts';
import { requireOwnProduct } from './product-rows.ts';
import type { BulkInput, BulkResult, ProductResource } from './product-schemas.ts';
import { productResource } from './product-view.ts';
import { publishProblems } from './publish-requirements.ts';
import { type Product, productImages, products } from './schema.ts';

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
  const { store, outcomes } = await publishProducts(tx, request, [request.productId]);
  const moved = outcomes.get(request.productId);
  if (!moved) throw new AppError('product.not_found');
  if (moved instanceof AppError) throw moved;
  return productResource(tx, moved, await productLimitOf(tx, store));
}

/**
 * publishProduct for several of the merchant's products in the caller's transaction (the form's
 * one, a CSV import's chunk): each is checked and moved as publishProduct does it, one after the
 * other, so the limit counts the ones before it and the price check's median sees them; what does
 * not change from one to the next (the store's lock, the limit, the categories' attributes, the
 * images) is read once for all. A refused product (not complete, over the limit…) is left as it
 * was, with its refusal in `outcomes`; the store's own refusal (not open) is thrown.
 */
export async function publishProducts(
  tx: Executor,
  request: Omit<StatusRequest, 'productId'>,
  productIds: readonly string[],
): Promise<{ store: Store; outcomes: Map<string, Product | AppError> }> {
  const store = await requireOpenStore(tx, request.merchantId, { forUpdate: true });
  const outcomes = new Map<string, Product | AppError>();
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return { store, outcomes };
  const rows = await tx
    .select()
    .from(products)
    .where(and(inArray(products.id, ids), eq(products.merchantId, request.merchantId)))
    .orderBy(asc(products.id))
    .for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const imageCounts = new Map(
    (
      await tx
        .select({ productId: productImages.productId, count: sql<number>`count(*)::int` })
        .from(productImages)
        .where(inArray(productImages.productId, ids))
        .groupBy(productImages.productId)
    ).map((row) => [row.productId, row.count]),
  );
  const categories = await findCategories(tx, [...new Set(rows.map((row) => row.categoryId))]);
  const templates = await attributesOfCategories(
    tx,
    [...categories.values()].map((category) => category.id),
  );
  const limit = await productLimitOf(tx, store);
  const bannedWords = await loadBannedWords(tx);
  let used = limit.used;
  const events: Parameters<typeof recordProductEvents>[1][number][] = [];

  for (const id of ids) {
    const product = byId.get(id);
    try {
      if (!product) throw new AppError('product.not_found');
      // A product an operator took down or rejected goes back through review, whatever the checks
      // say: the reviewer who refused it sees the correction (the case shows what changed).
      const target = assertMerchantMove(product.status, 'publish');
      const category = categories.get(product.categoryId);
      if (!category) throw new AppError('product.not_found');
      const filled = new Set(product.attributes.map((attribute) => attribute.code));
      const missing = (templates.get(category.id) ?? [])
        .filter((attribute) => attribute.required && !filled.has(attribute.code))
        .map((attribute) => attribute.code);
      const problems = publishProblems({
        imageCount: imageCounts.get(product.id) ?? 0,
        missingRequiredAttributes: missing,
      });
      if (problems.length > 0) throw notPublishable(problems, request.locale);

      const counted = COUNTED_AGAINST_LIMIT.includes(product.status);
      if (!counted && limit.limit - used <= 0) {
        throw new AppError('product.limit_reached', { limit: limit.limit }, { limit: limit.limit });
      }

      const flags = await automaticChecks(tx, {
        productId: product.id,
        product: { ...product, category },
        currency: product.currency,
        settings: request.settings,
        bannedWords,
      });
      const moved =
        flags.length > 0 || target === 'pending_review'
          ? await holdForReview(tx, request, product, flags)
          : await productLifecycle.transition(tx, {
              id: product.id,
              from: product.status,
              to: 'published',
              actor: { kind: 'merchant', id: request.merchantId },
              at: request.now,
              set: {
                reviewFlags: [],
                statusReason: null,
                publishedAt: product.publishedAt ?? request.now,
                updatedAt: request.now,
              },
            });
      events.push({
        topic: moved.status === 'published' ? 'product.published' : 'product.submitted_for_review',
        product: moved,
      });
      if (!counted) used += 1;
      byId.set(id, moved);
      outcomes.set(id, moved);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.set(id, error);
    }
  }
  await recordProductEvents(tx, events, request.now);
  return { store, outcomes };
}

/**
 * What the checks flagged (or an operator refused before) goes to review: the move and its case,
 * in a savepoint, so a refusal while the case opens leaves the other products' moves standing.
 */
function holdForReview(
  tx: Executor,
  request: Omit<StatusRequest, 'productId'>,
  product: Product,
  flags: ModerationFlag[],
): Promise<Product> {
  return tx.transaction(async (savepoint) => {
    const moved = await productLifecycle.transition(savepoint, {
      id: product.id,
      from: product.status,
      to: 'pending_review',
      actor: { kind: 'merchant', id: request.merchantId },
      reason: flags.length > 0 ? 'automatic_checks' : null,
      at: request.now,
      set: { reviewFlags: flags, updatedAt: request.now },
    });
    await submitForModeration(savepoint, { product: moved, flags, now: request.now });
    return moved;
  });
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
