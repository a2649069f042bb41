import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { DomainEvent, EventSubscriber } from '../../outbox/events.ts';
import { defineReviewQueue } from '../../review/define-review-queue.ts';
import { decisionReasonIssues, normaliseReasons } from './decision-reasons.ts';
import { invalidFields } from './field-messages.ts';
import { findSubmission } from './find-submission.ts';
import { findMerchantForKyc, type MerchantForKyc } from './merchant-contact.ts';
import { notifyMerchant } from './notify-merchant.ts';
import { afterVerificationApproved } from './on-approved.ts';
import type { DecisionReason } from './reasons.ts';
import {
  type Decision,
  inDocumentOrder,
  type KycKind,
  type KycSubmission,
  kycSubmissions,
} from './schema.ts';
import { type KycStatus, verificationLifecycle } from './status.ts';
import { supersedeApprovals } from './supersede-approvals.ts';
import type { SubmittedDocument } from './validate-submission.ts';

type CaseStatus = Exclude<KycStatus, 'draft'>;

const EVENT: Record<Decision, 'kyc.approved' | 'kyc.rejected' | 'kyc.changes_requested'> = {
  approve: 'kyc.approved',
  reject: 'kyc.rejected',
  request_changes: 'kyc.changes_requested',
};

/** What a reviewer decides on, and what each decision keeps. */
export const verificationSnapshot = (
  submission: Pick<KycSubmission, 'kind' | 'details'>,
  documents: readonly SubmittedDocument[],
) => ({
  kind: submission.kind,
  details: submission.details,
  documents: inDocumentOrder(documents),
});

/** What the reviewers' search finds a case by: the name, the number, the merchant's contacts. */
export const verificationSearchText = (
  submission: Pick<KycSubmission, 'subjectName' | 'documentNumber'>,
  merchant: Pick<MerchantForKyc, 'email' | 'phone'>,
) =>
  [submission.subjectName, submission.documentNumber, merchant.email, merchant.phone]
    .filter(Boolean)
    .join(' ');

/**
 * The identities to review (SPEC §3, §9), on the review-case kernel. The case is the submission
 * (its id is the subject); the submission keeps its own status, which is what other modules read,
 * and moves with the case in the same transaction.
 */
export const verificationQueue = defineReviewQueue<CaseStatus, Decision>({
  name: 'verification',
  transitions: {
    pending: ['approved', 'rejected', 'changes_requested'],
    approved: [],
    rejected: ['pending'],
    changes_requested: ['pending'],
  },
  openStatus: 'pending',
  decisions: { approve: 'approved', reject: 'rejected', request_changes: 'changes_requested' },
  codes: { notFound: 'kyc.not_found', refused: 'kyc.invalid_transition' },
  audit: { targetType: 'verification' },
  hooks: {
    async checkDecision(_tx, context) {
      const note = context.note?.trim() || null;
      const kind = context.reviewCase.kind as KycKind;
      const reasons =
        context.decision === 'approve' ? [] : normaliseReasons(context.reasons as DecisionReason[]);
      const issues = decisionReasonIssues(kind, context.decision, reasons, note);
      if (issues.length > 0) throw invalidFields(issues, context.locale);
      return { reasons, note };
    },

    async apply(tx, context) {
      const submission = await findSubmission(tx, context.reviewCase.subjectId, {
        forUpdate: true,
      });
      if (!submission)
        throw new Error(`verification case ${context.reviewCase.id} has no submission`);
      if (context.to === 'approved')
        await supersedeApprovals(tx, submission.merchantId, context.at);
      await verificationLifecycle.transition(tx, {
        id: submission.id,
        from: submission.status,
        to: context.to,
        actor: { kind: 'operator', id: context.operatorId },
        reason: context.reasonText,
        at: context.at,
        set: {
          decidedAt: context.at,
          decidedBy: context.operatorId,
          reasons: context.reasons as DecisionReason[],
          note: context.note,
          updatedAt: context.at,
        },
      });
      if (context.to === 'approved') {
        await afterVerificationApproved(tx, submission.merchantId, { now: () => context.at });
      }
    },

    async notify(tx, context) {
      const merchant = await findMerchantForKyc(tx, context.reviewCase.submitterId);
      if (!merchant) return;
      const snapshot = context.reviewCase.snapshot as { details: Record<string, unknown> };
      await notifyMerchant(tx, merchant, `kyc.decision:${context.decisionId}`, {
        template: EVENT[context.decision],
        data: {
          kind: context.reviewCase.kind as KycKind,
          name: subjectNameOf(context.reviewCase.kind as KycKind, snapshot.details),
          reasons: context.reasons.map((reason) => ({
            code: reason.code,
            field: reason.field ?? null,
            note: reason.note ?? null,
          })),
          note: context.note,
        },
      });
    },

    event: (context) => ({
      topic: EVENT[context.decision],
      data: {
        merchantId: context.reviewCase.submitterId,
        submissionId: context.reviewCase.subjectId,
        kind: context.reviewCase.kind,
      },
    }),
  },
});

const subjectNameOf = (kind: KycKind, details: Record<string, unknown>) =>
  String((kind === 'personal' ? details.legalName : details.companyName) ?? '');

/** Queue a submitted (or resubmitted) case for review, in the submitting transaction. */
export async function queueForReview(
  tx: Executor,
  submission: KycSubmission,
  documents: readonly SubmittedDocument[],
  merchant: Pick<MerchantForKyc, 'email' | 'phone'>,
): Promise<void> {
  await verificationQueue.enqueue(tx, {
    subjectId: submission.id,
    submitter: { kind: 'merchant', id: submission.merchantId },
    kind: submission.kind,
    searchText: verificationSearchText(submission, merchant),
    snapshot: verificationSnapshot(submission, documents),
    at: submission.submittedAt,
  });
}

/** A merchant's new e-mail or phone finds their cases in the reviewers' search. */
export const refreshReviewSearch: EventSubscriber = async (
  tx,
  event: DomainEvent<{ merchantId: string }>,
) => {
  const merchant = await findMerchantForKyc(tx, event.data.merchantId);
  if (!merchant) return;
  const submissions = await tx
    .select({
      id: kycSubmissions.id,
      subjectName: kycSubmissions.subjectName,
      documentNumber: kycSubmissions.documentNumber,
    })
    .from(kycSubmissions)
    .where(eq(kycSubmissions.merchantId, merchant.id));
  for (const submission of submissions) {
    await verificationQueue.updateSearchText(
      tx,
      submission.id,
      verificationSearchText(submission, merchant),
    );
  }
};
