import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordEvent } from '../../outbox/events.ts';
import { canonicalJson } from './canonical-json.ts';
import { assertOwnKycDocuments } from './check-documents.ts';
import { describeIssues, invalidFields } from './field-messages.ts';
import { changedFields } from './field-values.ts';
import { fieldLabel } from './fields.ts';
import { latestSubmission, submissionDocuments } from './find-submission.ts';
import type { VerificationInput } from './input-schema.ts';
import { findMerchantForKyc, type MerchantForKyc } from './merchant-contact.ts';
import { queueForReview } from './review-queue.ts';
import { inDocumentOrder, type KycSubmission, kycDocuments, kycSubmissions } from './schema.ts';
import { canTransition, transition, verificationLifecycle } from './status.ts';
import { type ValidSubmission, validateSubmission } from './validate-submission.ts';

export interface SubmitVerification {
  merchantId: string;
  input: VerificationInput;
  now: Date;
  /** Language of field error messages. */
  locale: Locale;
}

/**
 * A merchant submits (or resubmits) their identity for review. A rejected case or one with
 * changes requested is resubmitted in place; after an approval a change opens a new case, and
 * the approved one remains the verified identity until the new one is approved.
 */
export async function submitVerification(
  tx: Executor,
  request: SubmitVerification,
): Promise<KycSubmission> {
  const { merchantId, input, now, locale } = request;
  const merchant = await findMerchantForKyc(tx, merchantId);
  if (!merchant) throw new AppError('auth.required');
  if (input.kind !== merchant.accountType) {
    throw new AppError('kyc.kind_mismatch', undefined, { accountType: merchant.accountType });
  }
  const { submission, issues } = validateSubmission(input, now);
  if (!submission) throw invalidFields(issues, locale);
  await assertOwnKycDocuments(tx, merchantId, submission.documents, locale);

  const latest = await latestSubmission(tx, merchantId, { forUpdate: true });
  if (latest?.status === 'pending') throw new AppError('kyc.already_pending');
  if (latest && canTransition(latest.status, 'pending')) {
    await assertAnswersReview(tx, latest, submission, locale);
    return submitted(tx, await resubmit(tx, latest, submission, merchant, now), now);
  }
  if (latest?.status === 'approved' && (await sameAs(tx, latest, submission))) {
    throw new AppError('kyc.unchanged');
  }
  return submitted(
    tx,
    await openCase(tx, merchant, (latest?.caseNumber ?? 0) + 1, submission, now),
    now,
  );
}

/** The case is under review: `kyc.submitted` { merchantId, caseId }. */
async function submitted(tx: Executor, kycCase: KycSubmission, now: Date) {
  await recordEvent(tx, {
    topic: 'kyc.submitted',
    key: `kyc.submitted:${kycCase.id}:${now.toISOString()}`,
    occurredAt: now,
    data: { merchantId: kycCase.merchantId, caseId: kycCase.id },
  });
  return kycCase;
}

async function openCase(
  tx: Executor,
  merchant: MerchantForKyc,
  caseNumber: number,
  submission: ValidSubmission,
  now: Date,
): Promise<KycSubmission> {
  try {
    // A savepoint, so a lost race (another submission inserted first) can be answered cleanly.
    return await tx.transaction(async (savepoint) => {
      const [created] = await savepoint
        .insert(kycSubmissions)
        .values({
          merchantId: merchant.id,
          caseNumber,
          ...caseColumns(submission),
          status: transition('draft', 'pending'),
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!created) throw new Error('submission insert returned nothing');
      await verificationLifecycle.record(savepoint, {
        id: created.id,
        from: null,
        to: created.status,
        actor: { kind: 'merchant', id: merchant.id },
        at: now,
      });
      await saveDocuments(savepoint, created.id, submission);
      await queueForReview(savepoint, created, submission.documents, merchant);
      return created;
    });
  } catch (error) {
    // Another submission won the race: either it is pending, or it took this case number.
    if (
      isUniqueViolation(error, 'kyc_submissions_one_pending') ||
      isUniqueViolation(error, 'kyc_submissions_merchant_id_case_number_key')
    ) {
      throw new AppError('kyc.already_pending');
    }
    throw error;
  }
}

/**
 * A resubmission after a decision must change something the reviewer pointed at: every field
 * they flagged left as it was is named; with no field flagged, an identical case is refused.
 */
async function assertAnswersReview(
  tx: Executor,
  decided: KycSubmission,
  submission: ValidSubmission,
  locale: Locale,
): Promise<void> {
  const before = { details: decided.details, documents: await submissionDocuments(tx, decided.id) };
  const after = { details: { ...submission.details }, documents: submission.documents };
  const flagged = [
    ...new Set(decided.reasons.flatMap((reason) => (reason.field ? [reason.field] : []))),
  ];
  if (flagged.length === 0) {
    if (changedFields(decided.kind, before, after).length === 0) {
      throw new AppError('kyc.resubmission_unchanged');
    }
    return;
  }
  const changed = new Set(changedFields(decided.kind, before, after, flagged));
  const unchanged = flagged.filter((field) => !changed.has(field));
  if (unchanged.length === flagged.length) {
    const issues = unchanged.map((field) => ({ field, rule: 'unchanged' as const }));
    throw new AppError('kyc.flagged_unchanged', describeIssues(issues, locale), {
      fields: unchanged
        .map((field) => fieldLabel(decided.kind, field, locale))
        .join(locale === 'zh-CN' ? '、' : ', '),
    });
  }
}

async function resubmit(
  tx: Executor,
  current: KycSubmission,
  submission: ValidSubmission,
  merchant: MerchantForKyc,
  now: Date,
): Promise<KycSubmission> {
  const updated = await verificationLifecycle.transition(tx, {
    id: current.id,
    from: current.status,
    to: 'pending',
    actor: { kind: 'merchant', id: current.merchantId },
    reason: 'resubmitted',
    at: now,
    set: {
      ...caseColumns(submission),
      submittedAt: now,
      updatedAt: now,
      // The last decision stays with the review case; the case under review carries none.
      decidedAt: null,
      decidedBy: null,
      reasons: [],
      note: null,
    },
  });
  await tx.delete(kycDocuments).where(eq(kycDocuments.submissionId, current.id));
  await saveDocuments(tx, current.id, submission);
  await queueForReview(tx, updated, submission.documents, merchant);
  return updated;
}

function caseColumns(submission: ValidSubmission) {
  return submission.kind === 'personal'
    ? {
        kind: submission.kind,
        subjectName: submission.details.legalName,
        documentNumber: submission.details.idNumber,
        details: { ...submission.details },
        expiresOn: submission.details.idExpiry,
      }
    : {
        kind: submission.kind,
        subjectName: submission.details.companyName,
        documentNumber: submission.details.registrationNumber,
        details: { ...submission.details },
        expiresOn: null,
      };
}

async function saveDocuments(tx: Executor, submissionId: string, submission: ValidSubmission) {
  await tx
    .insert(kycDocuments)
    .values(submission.documents.map((document) => ({ submissionId, ...document })));
}

/** Verified fields are locked: resubmitting exactly what was approved has nothing to review. */
async function sameAs(tx: Executor, approved: KycSubmission, submission: ValidSubmission) {
  const documents = await submissionDocuments(tx, approved.id);
  return (
    canonicalJson({
      kind: approved.kind,
      details: approved.details,
      documents: inDocumentOrder(documents),
    }) ===
    canonicalJson({
      kind: submission.kind,
      details: submission.details,
      documents: inDocumentOrder(submission.documents),
    })
  );
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const pgError = cause as { code?: string; constraint?: string };
    if (pgError.code === '23505' && pgError.constraint === constraint) return true;
  }
  return false;
}
