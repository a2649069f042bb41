/** CSV import and export of products (SPEC §6): what the products module composes. */
export { productImportErrors } from './errors.ts';
export { exportProductsCsv } from './export-products.ts';
export { productImportRoutes } from './routes.ts';
export { claimImport, runProductImport } from './run-import.ts';
export { createProductImportWorker, type ProductImportWorker } from './worker.ts';

/** Recorded when an import ends: { importId, merchantId, storeId, created, updated, unchanged, failed }. */
export const IMPORT_EVENTS = ['product.imported'] as const;
