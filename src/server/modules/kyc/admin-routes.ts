import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { PageLimit, PageOffset } from '../../http/paging.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { recordAudit } from '../audit/index.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import { sendStoredFile } from '../uploads/index.ts';
import { decideVerification } from './decide-verification.ts';
import { KYC_FIELDS } from './fields.ts';
import { findCaseDocument } from './find-case-document.ts';
import { findSubmission } from './find-submission.ts';
import { listVerifications } from './list-verifications.ts';
import {
  FIELD_REASONS,
  REASON_CATALOGUE,
  REASON_CODES,
  REASON_NOTE_MAX_LENGTH,
} from './reasons.ts';
import {
  Labels,
  QueueCounts,
  QueueItem,
  reviewerView,
  VerificationDetail,
} from './reviewer-view.ts';
import { DECISIONS, KYC_KINDS, type KycKind } from './schema.ts';
import { KYC_STATUSES } from './status.ts';

const CaseParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ReasonField = Type.Object({
  field: Type.String(),
  label: Labels,
  /** The reason codes that fit this field, in the order a reviewer is offered them. */
  reasons: Type.Array(Type.String()),
});

const reasonFields = (kind: KycKind) =>
  Object.entries(KYC_FIELDS[kind]).map(([field, label]) => ({
    field,
    label,
    reasons: [...(FIELD_REASONS[field] ?? ['other'])],
  }));

/** The reviewers' side of real-name verification (SPEC §3, §9): queue, detail, documents, decision. */
export function kycAdminRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const reviewer = requireOperator(deps, 'reviewer');

  app.get(
    '/api/v1/admin/verification-reasons',
    {
      preValidation: reviewer,
      schema: {
        tags: ['verification'],
        summary:
          'Reason codes for decisions, the fields a request for changes can name, and the reasons that fit each field',
        response: {
          200: Type.Object({
            reasons: Type.Array(Type.Object({ code: Type.String(), label: Labels })),
            fields: Type.Object({
              personal: Type.Array(ReasonField),
              enterprise: Type.Array(ReasonField),
            }),
            noteMaxLength: Type.Integer(),
          }),
        },
      },
    },
    async () => ({
      reasons: REASON_CODES.map((code) => ({ code, label: REASON_CATALOGUE[code] })),
      fields: { personal: reasonFields('personal'), enterprise: reasonFields('enterprise') },
      noteMaxLength: REASON_NOTE_MAX_LENGTH,
    }),
  );

  app.get(
    '/api/v1/admin/verifications',
    {
      preValidation: reviewer,
      schema: {
        tags: ['verification'],
        summary:
          'Verification cases to review (pending: oldest first), filterable, with the count in each status',
        querystring: Type.Object({
          status: Type.Optional(stringEnum(KYC_STATUSES)),
          kind: Type.Optional(stringEnum(KYC_KINDS)),
          q: Type.Optional(Type.String({ maxLength: 100 })),
          limit: PageLimit(),
          offset: PageOffset,
        }),
        response: {
          200: Type.Object({
            items: Type.Array(QueueItem),
            total: Type.Integer(),
            /** Cases in each status, under the same kind and search (the status tabs' badges). */
            counts: QueueCounts,
          }),
        },
      },
    },
    async (request) => listVerifications(db, request.query),
  );

  app.get(
    '/api/v1/admin/verifications/:id',
    {
      preValidation: reviewer,
      schema: {
        tags: ['verification'],
        summary: 'One case: every field, its documents, the merchant and the decisions so far',
        params: CaseParams,
        response: { 200: VerificationDetail },
      },
    },
    async (request) => {
      const submission = await findSubmission(db, request.params.id);
      if (!submission) throw new AppError('kyc.not_found');
      return reviewerView(db, submission, request.locale);
    },
  );

  app.get(
    '/api/v1/admin/verifications/:id/documents/:uploadId',
    {
      preValidation: reviewer,
      schema: {
        tags: ['verification'],
        summary: "A case's document (never cached; every view is audited)",
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          uploadId: Type.String({ format: 'uuid' }),
        }),
      },
    },
    async (request, reply) => {
      const { id, uploadId } = request.params;
      const document = await withTx(db, async (tx) => {
        const found = await findCaseDocument(tx, id, uploadId);
        if (!found) return null;
        await recordAudit(tx, {
          actor: operatorOf(request).id,
          action: 'verification.document_viewed',
          target: { type: 'verification', id },
          after: { uploadId, documentType: found.type },
          ip: request.ip,
          at: deps.clock.now(),
        });
        return found;
      });
      if (!document) throw new AppError('upload.not_found');
      return sendStoredFile(reply, deps.storage, document.upload, `${document.type}-${uploadId}`);
    },
  );

  app.post(
    '/api/v1/admin/verifications/:id/decision',
    {
      preValidation: reviewer,
      // A case is decided once: deciding it again is refused.
      config: { errors: ['kyc.invalid_transition'] },
      schema: {
        tags: ['verification'],
        summary: 'Approve, reject (reason codes and a note) or request changes (per field)',
        params: CaseParams,
        body: Type.Object({
          decision: stringEnum(DECISIONS),
          reasons: Type.Optional(
            Type.Array(
              Type.Object({
                code: stringEnum(REASON_CODES),
                field: Type.Optional(Type.String({ maxLength: 100 })),
                note: Type.Optional(Type.String({ maxLength: REASON_NOTE_MAX_LENGTH })),
              }),
              { maxItems: 20 },
            ),
          ),
          note: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 2000 })])),
        }),
        response: { 200: VerificationDetail },
      },
    },
    async (request) =>
      withTx(db, async (tx) => {
        const submission = await decideVerification(tx, {
          submissionId: request.params.id,
          decision: request.body.decision,
          reasons: request.body.reasons ?? [],
          note: request.body.note ?? null,
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
          locale: request.locale,
        });
        return reviewerView(tx, submission, request.locale);
      }),
  );
}
