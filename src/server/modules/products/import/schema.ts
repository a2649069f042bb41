import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LOCALES } from '../../../i18n/locale.ts';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const productImports = pgTable('product_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  merchantId: uuid('merchant_id').notNull(),
  storeId: uuid('store_id').notNull(),
  status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
  fileName: text('file_name').notNull(),
  storageKey: text('storage_key').notNull(),
  encoding: text('encoding', { enum: IMPORT_ENCODINGS }).notNull(),
  currency: text('currency').notNull(),
  locale: text('locale', { enum: LOCALES }).notNull(),
  totalRows: integer('total_rows').notNull(),
  processedRows: integer('processed_rows').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  failureCode: text('failure_code'),
  leaseToken: uuid('lease_token'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export type ProductImport = typeof productImports.$inferSelect;

export const productImportErrors = pgTable(
  'product_import_errors',
  {
    importId: uuid('import_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    sku: text('sku'),
    code: text('code').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [primaryKey({ columns: [table.importId, table.rowNumber, table.code] })],
);

export type ProductImportError = typeof productImportErrors.$inferSelect;
