import fs from 'node:fs/promises';
import path from 'node:path';
import { createProductImportWorker } from '../../src/server/modules/products/index.ts';
import { ROOT_DIR, type TestApp } from './app.ts';
import { multipartBody } from './multipart.ts';

// Fixtures for the CSV import tests: the files of tests/fixtures/csv, uploading one, running the
// background job to the end as the server's worker would.

export function csvFixture(name: string): Promise<Buffer> {
  return fs.readFile(path.join(ROOT_DIR, 'tests/fixtures/csv', name));
}

/** POST /api/v1/me/product-imports with the file; the raw answer. */
export function postImport(
  testApp: TestApp,
  merchant: { cookie: string },
  file: Buffer | string,
  options: { filename?: string; locale?: string } = {},
) {
  const form = multipartBody(
    {},
    {
      filename: options.filename ?? 'products.csv',
      contentType: 'text/csv',
      data: Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'),
    },
  );
  return testApp.app.inject({
    method: 'POST',
    url: '/api/v1/me/product-imports',
    headers: {
      ...form.headers,
      cookie: merchant.cookie,
      'accept-language': options.locale ?? 'en',
    },
    payload: form.payload,
  });
}

/** Run every waiting import to the end, as the server's background worker does. */
export function runImports(testApp: TestApp): Promise<number> {
  return createProductImportWorker({
    db: testApp.database.db,
    storage: testApp.deps.storage,
    clock: testApp.deps.clock,
    settings: testApp.deps.settings,
    log: { warn: () => undefined },
  }).runPending();
}
