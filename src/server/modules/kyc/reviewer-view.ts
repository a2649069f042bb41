import { Type } from '@sinclair/typebox';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { approvedIdentity } from './approved-identity.ts';
import { type CaseContent, changedFields, fieldContent, snapshotContent } from './field-values.ts';
import { fieldLabel } from './fields.ts';
import { findMerchantForKyc } from './merchant-contact.ts';
import { reviewHistory } from './review-history.ts';
import { DECISIONS, KYC_KINDS, type KycSubmission } from './schema.ts';
import { KYC_STATUSES } from './status.ts';
import { ReasonViewSchema, VerificationViewSchema, verificationView } from './verification-view.ts';

export const Labels = Type.Object({ en: Type.String(), 'zh-CN': Type.String() });
export const MerchantSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  accountType: stringEnum(KYC_KINDS),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
});
export const VerificationDetail = Type.Object({
  ...VerificationViewSchema.properties,
  merchant: Type.Object({ ...MerchantSummary.properties, locale: Type.String() }),
  reviews: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      decision: stringEnum(DECISIONS),
      statusBefore: Type.String(),
      statusAfter: Type.String(),
      reasons: Type.Array(ReasonViewSchema),
      note: Type.Union([Type.String(), Type.Null()]),
      operator: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }),
      decidedAt: Type.String({ format: 'date-time' }),
      /** The fields and documents as they were when this decision was made. */
      snapshot: Type.Unknown(),
    }),
  ),
  /**
   * A resubmitted case: each field that differs from what the last decision was made on, old
   * and new (a document as `{ uploadId, url }`). Empty otherwise.
   */
  changes: Type.Array(
    Type.Object({
      field: Type.String(),
      fieldLabel: Type.String(),
      before: Type.Unknown(),
      after: Type.Unknown(),
    }),
  ),
});

/** One row of the reviewers' queue. */
export const QueueItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: stringEnum(KYC_KINDS),
  status: stringEnum(KYC_STATUSES),
  subjectName: Type.String(),
  documentNumber: Type.String(),
  merchant: MerchantSummary,
  submittedAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** How many cases are in each status. */
export const QueueCounts = Type.Object({
  pending: Type.Integer(),
  approved: Type.Integer(),
  rejected: Type.Integer(),
  changes_requested: Type.Integer(),
});

/** A case as a reviewer sees it: every field, document links, the merchant, every decision. */
// One query after another: db may be a transaction, whose single connection runs one at a time.
export async function reviewerView(db: Executor, submission: KycSubmission, locale: Locale) {
  const merchant = await findMerchantForKyc(db, submission.merchantId);
  if (!merchant) throw new AppError('kyc.not_found');
  const documentUrl = (uploadId: string) =>
    `/api/v1/admin/verifications/${submission.id}/documents/${uploadId}`;
  const view = await verificationView(db, submission, {
    locale,
    identity: await approvedIdentity(db, submission.merchantId),
    documentUrl,
  });
  const reviews = await reviewHistory(db, submission.id, submission.kind, locale);
  const lastRound = submission.status === 'pending' ? reviews.at(-1) : undefined;
  const before = lastRound ? snapshotContent(lastRound.snapshot) : null;
  const after = { details: submission.details, documents: view.documents };
  const changes = before
    ? changedFields(submission.kind, before, after).map((field) => {
        const shown = (content: CaseContent) => {
          const value = fieldContent(content, field);
          if (!field.startsWith('documents.')) return value;
          return typeof value === 'string' ? { uploadId: value, url: documentUrl(value) } : null;
        };
        return {
          field,
          fieldLabel: fieldLabel(submission.kind, field, locale),
          before: shown(before),
          after: shown(after),
        };
      })
    : [];
  return { ...view, merchant, reviews, changes };
}
