import fastifyMultipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { AppError } from '../../errors.ts';
import { enforceRateLimit } from '../../http/rate-limit.ts';
import { merchantIdOf, requireMerchant } from '../../http/session-auth.ts';
import { findOwnUpload } from './find-upload.ts';
import { MAX_UPLOAD_BYTES } from './limits.ts';
import { prepareUpload } from './prepare-upload.ts';
import { invalidUploadForm, readUploadForm, uploadFormProblems } from './read-upload-form.ts';
import { saveUpload } from './save-upload.ts';
import type { UploadPurpose } from './schema.ts';
import { sendStoredFile } from './send-stored-file.ts';
import { toUploadView, UploadViewSchema } from './upload-view.ts';

// Generous for a person filling in forms, small enough that a script cannot fill the disk.
const UPLOAD_LIMIT = { limit: 60, windowSeconds: 10 * 60 };

/** Merchants' uploads; multipart parsing is registered for this scope only. */
export async function uploadRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope: AppInstance) => {
    await scope.register(fastifyMultipart, {
      // One byte over the limit lets busboy stop there while readUploadForm reports it.
      limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
      throwFileSizeLimit: false,
    });
    registerRoutes(scope, deps);
  });
}

function registerRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const ownUpload = Type.Object({ id: Type.String({ format: 'uuid' }) });

  app.post(
    '/api/v1/uploads',
    {
      preValidation: requireMerchant(deps),
      config: {
        errors: [
          'http.rate_limited',
          'upload.unreadable',
          'upload.pdf_unreadable',
          'upload.pdf_encrypted',
          'upload.pdf_scripts',
          'upload.pdf_attachments',
          'upload.pdf_form',
        ],
      },
      schema: {
        tags: ['uploads'],
        summary:
          'Upload a file (multipart: `file`, `purpose`). JPEG, PNG or WebP, and PDF for purpose kyc; at most 10 MB and 40 megapixels',
        consumes: ['multipart/form-data'],
        response: { 201: UploadViewSchema },
      },
    },
    async (request, reply) => {
      const merchantId = merchantIdOf(request);
      await enforceRateLimit(db, `uploads:${merchantId}`, UPLOAD_LIMIT, deps.clock);
      const form = await readUploadForm(request);
      const problems = uploadFormProblems(form, request.locale);
      if (problems.length > 0 || !form.file) throw invalidUploadForm(problems);
      const purpose = form.purpose as UploadPurpose;
      const prepared = await prepareUpload(form.file, purpose);
      const upload = await saveUpload(
        db,
        deps.storage,
        { ownerMerchantId: merchantId, purpose, file: prepared },
        deps.clock,
      );
      return reply.code(201).send(toUploadView(upload));
    },
  );

  app.get(
    '/api/v1/uploads/:id',
    {
      preValidation: requireMerchant(deps),
      schema: {
        tags: ['uploads'],
        summary: 'One of your uploads',
        params: ownUpload,
        response: { 200: UploadViewSchema },
      },
    },
    async (request) => {
      const upload = await findOwnUpload(db, merchantIdOf(request), request.params.id);
      if (!upload) throw new AppError('upload.not_found');
      return toUploadView(upload);
    },
  );

  app.get(
    '/api/v1/uploads/:id/file',
    {
      preValidation: requireMerchant(deps),
      schema: {
        tags: ['uploads'],
        summary: 'The stored bytes of one of your uploads (private, never cached)',
        params: ownUpload,
      },
    },
    async (request, reply) => {
      const upload = await findOwnUpload(db, merchantIdOf(request), request.params.id);
      if (!upload) throw new AppError('upload.not_found');
      return sendStoredFile(reply, deps.storage, upload, `${upload.purpose}-${upload.id}`);
    },
  );
}
