import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { recordAudit } from '../audit/index.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import { sendStoredFile } from '../uploads/index.ts';
import { decideVerification } from './decide-verification.ts';
import { KYC_FIELDS } from './fields.ts';
import { findCaseDocument } from './find-case-document.ts';
import { findSubmission } from './find-submission.ts';
import { listVerifications } from './list-verifications.ts';
import { REASON_CATALOGUE, REASON_CODES } from './reasons.ts';
import { Labels, QueueItem, reviewerView, VerificationDetail } from './reviewer-view.ts';
import { DECISIONS, KYC_KINDS } from './schema.ts';
import { KYC_STATUSES } from './status.ts';

const CaseParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

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
        summary: 'Reason codes for decisions, and the fields a request for changes can name',
        response: {
          200: Type.Object({
            reasons: Type.Array(Type.Object({ code: Type.String(), label: Labels })),
            fields: Type.Object({
              personal: Type.Array(Type.Object({ field: Type.String(), label: Labels })),
              enterprise: Type.Array(Type.Object({ field: Type.String(), label: Labels })),
            }),
          }),
        },
      },
    },
    async () => ({
      reasons: REASON_CODES.map((code) => ({ code, label: REASON_CATALOGUE[code] })),
      fields: {
        personal: Object.entries(KYC_FIELDS.personal).map(([field, label]) => ({ field, label })),
        enterprise: Object.entries(KYC_FIELDS.enterprise).map(([field, label]) => ({
          field,
          label,
        })),
      },
    }),
  );

  app.get(
    '/api/v1/admin/verifications',
    {
      preValidation: reviewer,
      schema: {
        tags: ['verification'],
        summary: 'Verification cases to review (pending: oldest first), filterable',
        querystring: Type.Object({
          status: Type.Optional(stringEnum(KYC_STATUSES)),
          kind: Type.Optional(stringEnum(KYC_KINDS)),
          q: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(QueueItem),
            total: Type.Integer(),
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
