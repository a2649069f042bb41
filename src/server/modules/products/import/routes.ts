import fastifyMultipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { AppError } from '../../../errors.ts';
import { enforceRateLimit } from '../../../http/rate-limit.ts';
import { merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { findStoreOfMerchant } from '../../stores/index.ts';
import { asFormError } from '../../uploads/index.ts';
import { MAX_IMPORT_BYTES } from './columns.ts';
import { createProductImport } from './create-import.ts';
import { errorsCsv } from './errors-csv.ts';
import { exportProductsCsv } from './export-products.ts';
import {
  findOwnImport,
  listProductImports,
  ProductImportList,
  ProductImportView,
  productImportView,
} from './import-view.ts';
import { templateCsv } from './template.ts';

const ImportParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const CREATED = Type.Object({ id: Type.String({ format: 'uuid' }) });
// An import reads a whole catalogue: a few an hour is what a merchant needs.
const IMPORT_LIMIT = { limit: 20, windowSeconds: 60 * 60 };
const FILE_ERRORS = [
  'http.rate_limited',
  'product_import.store_required',
  'product_import.too_many_rows',
  'product_import.empty_file',
  'product_import.no_rows',
  'product_import.unreadable_csv',
  'product_import.unknown_columns',
  'product_import.duplicate_columns',
  'product_import.missing_columns',
  'upload.malformed_form',
] as const;

function sendCsv(reply: { header(name: string, value: string): unknown }, name: string) {
  reply.header('Content-Type', 'text/csv; charset=utf-8');
  reply.header('Content-Disposition', `attachment; filename="${name}"`);
  reply.header('Cache-Control', 'no-store');
}

/** CSV import and export of the merchant's products (SPEC §6). */
export async function productImportRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope: AppInstance) => {
    await scope.register(fastifyMultipart, {
      // One byte over the limit lets the file stream stop there and say so.
      limits: { fileSize: MAX_IMPORT_BYTES + 1, files: 1, fields: 2, parts: 3 },
      throwFileSizeLimit: false,
    });
    registerRoutes(scope, deps);
  });
}

function registerRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.post(
    '/api/v1/me/product-imports',
    {
      preHandler: merchant,
      config: { errors: FILE_ERRORS },
      schema: {
        tags: ['products'],
        summary:
          'Import products from a CSV file (multipart: `file`; UTF-8 with or without BOM, or GB18030; at most 50 MB and 100,000 rows). The import runs in the background',
        consumes: ['multipart/form-data'],
        response: { 202: CREATED },
      },
    },
    async (request, reply) => {
      const merchantId = merchantIdOf(request);
      await enforceRateLimit(db, `product-imports:${merchantId}`, IMPORT_LIMIT, deps.clock);
      const part = await request.file().catch(() => {
        throw new AppError('product_import.file_required');
      });
      if (part?.fieldname !== 'file') throw new AppError('product_import.file_required');
      const created = await createProductImport(
        { db, storage: deps.storage, clock: deps.clock },
        { merchantId, fileName: part.filename, file: part.file, locale: request.locale },
      ).catch((error: unknown) => {
        // The multipart parser's own failures (a body cut short, garbage): the upload's codes.
        throw asFormError(error);
      });
      return reply.code(202).send({ id: created.id });
    },
  );

  app.get(
    '/api/v1/me/product-imports',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'Your latest imports, newest first',
        response: { 200: ProductImportList },
      },
    },
    async (request) => listProductImports(db, merchantIdOf(request), request.locale),
  );

  app.get(
    '/api/v1/me/product-imports/template.csv',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'The import template: the columns, with example rows',
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      sendCsv(reply, 'kaidian-products-template.csv');
      return reply.send(templateCsv());
    },
  );

  app.get(
    '/api/v1/me/product-imports/:id',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: "An import's progress, counts and first failed rows",
        params: ImportParams,
        response: { 200: ProductImportView },
      },
    },
    async (request) =>
      productImportView(db, merchantIdOf(request), request.params.id, request.locale),
  );

  app.get(
    '/api/v1/me/product-imports/:id/errors.csv',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'Every failed row of an import, with its spreadsheet row number, as CSV',
        params: ImportParams,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const job = await findOwnImport(db, merchantIdOf(request), request.params.id);
      sendCsv(reply, `import-errors-${job.id.slice(0, 8)}.csv`);
      return reply.send(errorsCsv(db, job.id, request.locale));
    },
  );

  app.get(
    '/api/v1/me/products/export',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: "The store's products as CSV, in the import's format (UTF-8 with BOM)",
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const store = await findStoreOfMerchant(db, merchantIdOf(request));
      if (!store) throw new AppError('store.not_found');
      sendCsv(reply, 'kaidian-products.csv');
      return reply.send(exportProductsCsv(db, store.id));
    },
  );
}
