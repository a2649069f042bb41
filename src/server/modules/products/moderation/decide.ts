import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { findProductForUpdate } from './product-row.ts';
import { type ModerationDecision, moderationQueue } from './queue.ts';
import { caseForOperatorAction } from './submit.ts';

export interface ProductDecisionRequest {
  productId: string;
  decision: ModerationDecision;
  /** Required to reject or take down: the merchant reads it. */
  reason: string | null;
  operatorId: string;
  ip: string | null;
  now: Date;
  locale: Locale;
}

/**
 * A reviewer approves or rejects a held product, or takes a published one down, in one
 * transaction through the review-case kernel: the product's new status (with the reason the
 * merchant sees), the decision kept with what it was made on and who made it, the audit entry,
 * the merchant's e-mail and the event.
 */
export async function decideProduct(tx: Executor, request: ProductDecisionRequest) {
  const product = await findProductForUpdate(tx, request.productId);
  if (!product) throw new AppError('product.not_found');
  if (request.decision === 'take_down') {
    if (product.status !== 'published') throw new AppError('moderation.not_published');
    await caseForOperatorAction(tx, product, request.now);
  } else if (product.status !== 'pending_review') {
    throw new AppError('moderation.not_pending');
  }
  return moderationQueue.decide(tx, {
    subjectId: request.productId,
    decision: request.decision,
    reasons: [],
    note: request.reason,
    operatorId: request.operatorId,
    ip: request.ip,
    now: request.now,
    locale: request.locale,
  });
}
