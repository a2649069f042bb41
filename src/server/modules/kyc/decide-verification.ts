import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordEvent } from '../../outbox/events.ts';
import { recordAudit } from '../audit/index.ts';
import { decisionReasonIssues, normaliseReasons } from './decision-reasons.ts';
import { invalidFields } from './field-messages.ts';
import { findSubmission, submissionDocuments } from './find-submission.ts';
import { findMerchantForKyc } from './merchant-contact.ts';
import { notifyMerchant } from './notify-merchant.ts';
import { afterVerificationApproved } from './on-approved.ts';
import type { DecisionReason } from './reasons.ts';
import { type Decision, type KycSubmission, kycReviews, kycSubmissions } from './schema.ts';
import { type KycStatus, transition, verificationLifecycle } from './status.ts';

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

const OUTCOME: Record<Decision, { status: KycStatus; template: DecisionTemplate }> = {
  approve: { status: 'approved', template: 'kyc.approved' },
  reject: { status: 'rejected', template: 'kyc.rejected' },
  request_changes: { status: 'changes_requested', template: 'kyc.changes_requested' },
};
type DecisionTemplate = 'kyc.approved' | 'kyc.rejected' | 'kyc.changes_requested';

/**
 * A reviewer decides a pending case. In one transaction: the new status, the review history row
 * (with a snapshot of what was decided on), the audit entry, the merchant's notification, and the
 * decision's event (`kyc.approved`, `kyc.rejected`, `kyc.changes_requested`) for other modules.
 */
export async function decideVerification(
  tx: Executor,
  request: VerificationDecision,
): Promise<KycSubmission> {
  const current = await findSubmission(tx, request.submissionId, { forUpdate: true });
  if (!current) throw new AppError('kyc.not_found');
  const note = request.note?.trim() || null;
  const reasons = request.decision === 'approve' ? [] : normaliseReasons(request.reasons);
  const issues = decisionReasonIssues(current.kind, request.decision, reasons, note);
  if (issues.length > 0) throw invalidFields(issues, request.locale);

  const outcome = OUTCOME[request.decision];
  const status = transition(current.status, outcome.status);
  if (status === 'approved') await supersedeApprovals(tx, current.merchantId, request.now);
  const decided = await verificationLifecycle.transition(tx, {
    id: current.id,
    from: current.status,
    to: status,
    actor: { kind: 'operator', id: request.operatorId },
    reason: note ?? (reasons.map((reason) => reason.code).join(', ') || null),
    at: request.now,
    set: {
      decidedAt: request.now,
      decidedBy: request.operatorId,
      reasons,
      note,
      updatedAt: request.now,
    },
  });

  const documents = await submissionDocuments(tx, current.id);
  const [review] = await tx
    .insert(kycReviews)
    .values({
      submissionId: current.id,
      decision: request.decision,
      statusBefore: current.status,
      statusAfter: status,
      reasons,
      note,
      operatorId: request.operatorId,
      snapshot: { kind: current.kind, details: current.details, documents },
      decidedAt: request.now,
    })
    .returning({ id: kycReviews.id });
  if (!review) throw new Error('review insert returned nothing');

  await recordAudit(tx, {
    actor: request.operatorId,
    action: `verification.${status}`,
    target: { type: 'verification', id: current.id },
    before: { status: current.status },
    after: { status, reasons, note },
    ip: request.ip,
    at: request.now,
  });

  const merchant = await findMerchantForKyc(tx, current.merchantId);
  if (merchant) {
    await notifyMerchant(tx, merchant, `kyc.decision:${review.id}`, {
      template: outcome.template,
      data: {
        kind: current.kind,
        name: current.subjectName,
        reasons: reasons.map((reason) => ({
          code: reason.code,
          field: reason.field ?? null,
          note: reason.note ?? null,
        })),
        note,
      },
    });
  }
  if (status === 'approved') {
    await afterVerificationApproved(tx, current.merchantId, { now: () => request.now });
  }
  await recordEvent(tx, {
    topic: outcome.template,
    key: `${outcome.template}:${review.id}`,
    occurredAt: request.now,
    data: { merchantId: current.merchantId, submissionId: current.id, kind: current.kind },
  });
  return decided;
}

/** The merchant's earlier approval stops being their verified identity once this one is approved. */
async function supersedeApprovals(tx: Executor, merchantId: string, now: Date): Promise<void> {
  await tx
    .update(kycSubmissions)
    .set({ supersededAt: now, updatedAt: now })
    .where(
      and(
        eq(kycSubmissions.merchantId, merchantId),
        eq(kycSubmissions.status, 'approved'),
        isNull(kycSubmissions.supersededAt),
      ),
    );
}
