import type { Executor } from '../../../db/client.ts';
import type { Product } from '../schema.ts';
import type { ModerationFlag, ModerationFlagKind } from './flags.ts';
import { moderationQueue } from './queue.ts';
import { moderationSnapshot } from './snapshot.ts';

/** The queue's filter shows a case under its weightiest flag. */
const FLAG_WEIGHT: Record<ModerationFlagKind, number> = {
  forbidden_category: 0,
  banned_word: 1,
  low_price: 2,
};

const primaryFlag = (flags: ModerationFlag[]) =>
  [...flags].sort((a, b) => FLAG_WEIGHT[a.kind] - FLAG_WEIGHT[b.kind])[0]?.kind ?? null;

/**
 * Put a product the automatic checks held (its status already pending_review) in the moderation
 * queue, in the caller's transaction: a new case, or its case reopened with what is now to be
 * decided on. Call it after the product's rows (variants, tiers, images) are written.
 */
export async function submitForModeration(
  tx: Executor,
  input: { product: Product; flags: ModerationFlag[]; now: Date },
): Promise<void> {
  await openCase(tx, input.product, input.flags, input.now);
}

/** The case's contents for the product as it is now: its snapshot, search text and filter. */
async function caseContents(tx: Executor, product: Product, flags: ModerationFlag[]) {
  const snapshot = await moderationSnapshot(tx, product, flags);
  const skus = snapshot.variants.map((variant) => variant.sku);
  return {
    snapshot: { ...snapshot },
    searchText: [product.title, product.id, ...skus].join(' '),
    kind: primaryFlag(flags),
  };
}

/** The product's case, opened (or reopened) on the product as it is now. */
async function openCase(tx: Executor, product: Product, flags: ModerationFlag[], now: Date) {
  const contents = await caseContents(tx, product, flags);
  return moderationQueue.enqueue(tx, {
    subjectId: product.id,
    submitter: { kind: 'merchant', id: product.merchantId },
    ...contents,
    at: now,
  });
}

/**
 * Before an operator acts on a product nobody submitted (a take-down): its case shows the product
 * as it is now, and is opened if it was never reviewed.
 */
export async function caseForOperatorAction(tx: Executor, product: Product, now: Date) {
  const existing = await moderationQueue.findBySubject(tx, product.id, { forUpdate: true });
  if (!existing) return openCase(tx, product, [], now);
  const { snapshot, searchText } = await caseContents(tx, product, []);
  await moderationQueue.refreshSnapshot(tx, product.id, { snapshot, searchText, at: now });
  return existing;
}
