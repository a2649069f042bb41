import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import type { Executor } from '../../db/client.ts';
import { withTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { merchantIdOf, requireMerchant } from '../../http/session-auth.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findOwnUpload, sendStoredFile } from '../uploads/index.ts';
import { approvedIdentity } from './approved-identity.ts';
import { latestSubmission } from './find-submission.ts';
import { VerificationInput } from './input-schema.ts';
import type { KycSubmission } from './schema.ts';
import { submitVerification } from './submit-verification.ts';
import { VerificationViewSchema, verificationView } from './verification-view.ts';

const merchantDocumentUrl = (uploadId: string) => `/api/v1/me/verification/documents/${uploadId}`;

async function merchantView(db: Executor, submission: KycSubmission, locale: Locale) {
  return verificationView(db, submission, {
    locale,
    identity: await approvedIdentity(db, submission.merchantId),
    documentUrl: merchantDocumentUrl,
  });
}

/** The merchant's side of real-name verification (SPEC §3). */
export function kycMerchantRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.post(
    '/api/v1/me/verification',
    {
      preValidation: requireMerchant(deps),
      config: {
        errors: [
          'kyc.kind_mismatch',
          'kyc.already_pending',
          'kyc.unchanged',
          'kyc.resubmission_unchanged',
          'kyc.flagged_unchanged',
          'kyc.document_invalid',
          'kyc.invalid_transition',
        ],
      },
      schema: {
        tags: ['verification'],
        summary: 'Submit (or resubmit) real-name verification',
        body: VerificationInput,
        response: { 201: VerificationViewSchema },
      },
    },
    async (request, reply) => {
      const view = await withTx(db, async (tx) => {
        const submission = await submitVerification(tx, {
          merchantId: merchantIdOf(request),
          input: request.body,
          now: deps.clock.now(),
          locale: request.locale,
        });
        return merchantView(tx, submission, request.locale);
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/me/verification',
    {
      preValidation: requireMerchant(deps),
      schema: {
        tags: ['verification'],
        summary: 'Your latest verification, with its status and the reasons of the last decision',
        response: { 200: VerificationViewSchema },
      },
    },
    async (request) => {
      const submission = await latestSubmission(db, merchantIdOf(request));
      if (!submission) throw new AppError('kyc.not_found');
      return merchantView(db, submission, request.locale);
    },
  );

  app.get(
    '/api/v1/me/verification/documents/:uploadId',
    {
      preValidation: requireMerchant(deps),
      schema: {
        tags: ['verification'],
        summary: 'One of your verification documents (private, never cached)',
        params: Type.Object({ uploadId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const upload = await findOwnUpload(db, merchantIdOf(request), request.params.uploadId);
      if (upload?.purpose !== 'kyc') throw new AppError('upload.not_found');
      return sendStoredFile(reply, deps.storage, upload, `verification-${upload.id}`);
    },
  );
}
