import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SettingsReader } from '../settings/index.ts';
import { automaticChecks } from './automatic-checks.ts';
import { notPublishable } from './field-messages.ts';
import { COUNTED_AGAINST_LIMIT, productLifecycle } from './lifecycle.ts';
import { submitForModeration } from './moderation/submit.ts';
import type { NormalisedProduct } from './normalise-product.ts';
import { recordProductEvent } from './product-events.ts';
import { publishProblems } from './publish-requirements.ts';
import { type Product, type ProductStatus, products } from './schema.ts';

// What an edit of an existing product means beyond its new rows, the same whether the product
// form or a CSV import made it (SPEC §6: "editing a published product runs the checks again").

/** An archived product is put away for good: no edit changes it. */
export function refuseArchived(status: ProductStatus): void {
  if (status === 'archived') throw new AppError('product.archived');
}

/**
 * A product on sale (published or waiting for review) must stay complete: an edit that takes its
 * last image or a required attribute away is refused before anything is written.
 */
export function refuseIncompleteOnSale(
  status: ProductStatus,
  normalised: NormalisedProduct,
  locale: Locale,
): void {
  if (!COUNTED_AGAINST_LIMIT.includes(status)) return;
  const problems = publishProblems({
    imageCount: normalised.imageUploadIds.length,
    missingRequiredAttributes: normalised.missingRequiredAttributes,
  });
  if (problems.length > 0) throw notPublishable(problems, locale);
}

/**
 * Settle an edited product once its new rows (product, variants, tiers, images) are written, in
 * the caller's transaction: a product on sale is checked again; what the checks flag on a
 * published one leaves the shop for review (history row, moderation case, event), and one
 * already waiting is reviewed as it is now. Every edit records `product.updated`.
 */
export async function settleEditedProduct(
  tx: Executor,
  edit: {
    /** The product's status before the edit. */
    before: ProductStatus;
    saved: Product;
    normalised: NormalisedProduct;
    merchantId: string;
    settings: SettingsReader;
    now: Date;
  },
): Promise<Product> {
  const { saved, now } = edit;
  let product = saved;
  if (COUNTED_AGAINST_LIMIT.includes(edit.before)) {
    const flags = await automaticChecks(tx, {
      productId: saved.id,
      product: edit.normalised,
      currency: saved.currency,
      settings: edit.settings,
    });
    if (edit.before === 'published' && flags.length > 0) {
      product = await productLifecycle.transition(tx, {
        id: saved.id,
        from: 'published',
        to: 'pending_review',
        actor: { kind: 'merchant', id: edit.merchantId },
        reason: 'automatic_checks',
        at: now,
        set: { reviewFlags: flags, statusReason: null },
      });
      await submitForModeration(tx, { product, flags, now });
      await recordProductEvent(tx, 'product.submitted_for_review', product, now);
    } else if (edit.before === 'pending_review') {
      [product = saved] = await tx
        .update(products)
        .set({ reviewFlags: flags })
        .where(eq(products.id, saved.id))
        .returning();
      await submitForModeration(tx, { product, flags, now });
    }
  }
  await recordProductEvent(tx, 'product.updated', product, now);
  return product;
}

/** The history rows of products just inserted as drafts: by the form, or many by an import. */
export async function recordNewDrafts(
  tx: Executor,
  ids: readonly string[],
  merchantId: string,
  now: Date,
): Promise<void> {
  await productLifecycle.recordAll(
    tx,
    ids.map((id) => ({
      id,
      from: null,
      to: 'draft' as const,
      actor: { kind: 'merchant' as const, id: merchantId },
      at: now,
    })),
  );
}
