import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findSubmission } from './find-submission.ts';
import type { DecisionReason } from './reasons.ts';
import { verificationQueue } from './review-queue.ts';
import type { Decision, KycSubmission } from './schema.ts';

export interface VerificationDecision {
  submissionId: string;
  decision: Decision;
  reasons: DecisionReason[];
  note: string | null;
  operatorId: string;
  ip: string | null;
  now: Date;
  /** Language of field error messages. */
  locale: Locale;
}

/**
 * A reviewer decides a pending case, through the review-case kernel. In one transaction: the new
 * status, the decision (with a snapshot of what was decided on), the audit entry, the merchant's
 * notification, and the decision's event (`kyc.approved`, `kyc.rejected`,
 * `kyc.changes_requested`) for other modules.
 */
export async function decideVerification(
  tx: Executor,
  request: VerificationDecision,
): Promise<KycSubmission> {
  await verificationQueue.decide(tx, {
    subjectId: request.submissionId,
    decision: request.decision,
    reasons: request.reasons,
    note: request.note,
    operatorId: request.operatorId,
    ip: request.ip,
    now: request.now,
    locale: request.locale,
  });
  const decided = await findSubmission(tx, request.submissionId);
  if (!decided) throw new Error(`verification ${request.submissionId} vanished while decided`);
  return decided;
}
