import { type Static, Type } from '@sinclair/typebox';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { AppError, errorLookup } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { productImportErrors } from './errors.ts';
import { productImportErrors as errorRows, type ProductImport, productImports } from './schema.ts';

/** How many failed rows the progress answer lists; all of them are in errors.csv. */
export const ERRORS_SHOWN = 200;

const messages = errorLookup(productImportErrors);

/** A row's problem in the reader's language. */
export function rowMessage(code: string, params: Record<string, unknown>, locale: Locale): string {
  return messages.has(code) ? messages.message(code, locale, params) : code;
}

export const ImportRowError = Type.Object({
  row: Type.Integer({ description: 'The spreadsheet row number (the header is row 1)' }),
  sku: Type.Union([Type.Null(), Type.String()]),
  code: Type.String(),
  message: Type.String(),
});

const ImportSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
  ]),
  fileName: Type.String(),
  totalRows: Type.Integer(),
  processedRows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  failed: Type.Integer(),
  /** Why an import ended `failed` (the file could not be read), in the reader's language. */
  failure: Type.Union([Type.Null(), Type.Object({ code: Type.String(), message: Type.String() })]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.Null(), Type.String({ format: 'date-time' })]),
});

export const ProductImportView = Type.Composite([
  ImportSummary,
  Type.Object({
    /** The first failed rows (and rows kept as drafts over the package limit), by row. */
    errors: Type.Array(ImportRowError),
    /** How many error lines errors.csv holds. */
    errorCount: Type.Integer(),
  }),
]);
export type ProductImportView = Static<typeof ProductImportView>;

export const ProductImportList = Type.Object({ items: Type.Array(ImportSummary) });

function summaryOf(job: ProductImport, locale: Locale) {
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    failed: job.failed,
    failure: job.failureCode
      ? { code: job.failureCode, message: rowMessage(job.failureCode, {}, locale) }
      : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** One of the merchant's imports; someone else's is indistinguishable from none. */
export async function findOwnImport(
  db: Executor,
  merchantId: string,
  id: string,
): Promise<ProductImport> {
  const [job] = await db
    .select()
    .from(productImports)
    .where(and(eq(productImports.id, id), eq(productImports.merchantId, merchantId)));
  if (!job) throw new AppError('product_import.not_found');
  return job;
}

export async function productImportView(
  db: Executor,
  merchantId: string,
  id: string,
  locale: Locale,
): Promise<ProductImportView> {
  const job = await findOwnImport(db, merchantId, id);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(errorRows)
      .where(eq(errorRows.importId, id))
      .orderBy(asc(errorRows.rowNumber), asc(errorRows.code))
      .limit(ERRORS_SHOWN),
    db.select({ value: count() }).from(errorRows).where(eq(errorRows.importId, id)),
  ]);
  return {
    ...summaryOf(job, locale),
    errors: rows.map((row) => ({
      row: row.rowNumber,
      sku: row.sku,
      code: row.code,
      message: rowMessage(row.code, row.params, locale),
    })),
    errorCount: total?.value ?? 0,
  };
}

export async function listProductImports(db: Executor, merchantId: string, locale: Locale) {
  const jobs = await db
    .select()
    .from(productImports)
    .where(eq(productImports.merchantId, merchantId))
    .orderBy(desc(productImports.createdAt), desc(productImports.id))
    .limit(10);
  return { items: jobs.map((job) => summaryOf(job, locale)) };
}
