import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { claimImport, runProductImport } from '../../src/server/modules/products/import/index.ts';
import { products, productVariants } from '../../src/server/modules/products/index.ts';
import { storePackages, stores } from '../../src/server/modules/stores/schema.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { csvFixture, postImport, runImports } from '../support/product-imports.ts';
import { productBody } from '../support/products.ts';
import {
  api,
  enterBankAccount,
  openStore,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

// The import job (SPEC §6, bulk import): counts, idempotent by SKU, failures by spreadsheet
// row, the package limit, a worker dying mid-file, and an export that imports back unchanged.

const HEADER = 'handle,title,category,sku,stock,price,attributes,images,publish';

describe('importing products from CSV', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  async function openMerchant(): Promise<StoreMerchant> {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    return merchant;
  }

  async function importFile(merchant: StoreMerchant, file: Buffer | string, locale = 'en') {
    const posted = await postImport(testApp, merchant, file, { locale });
    expect(posted.statusCode, posted.body).toBe(202);
    await runImports(testApp);
    return progress(merchant, posted.json().id, locale);
  }

  async function progress(merchant: StoreMerchant, id: string, locale = 'en') {
    const response = await api(testApp, 'GET', `/api/v1/me/product-imports/${id}`, {
      cookie: merchant.cookie,
      headers: { 'accept-language': locale },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function exportCsv(merchant: StoreMerchant) {
    const response = await api(testApp, 'GET', '/api/v1/me/products/export', {
      cookie: merchant.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    return response.rawPayload;
  }

  it('imports a file, and importing it again changes nothing', async () => {
    const merchant = await openMerchant();
    const file = await csvFixture('dresses-bom.csv');
    const first = await importFile(merchant, file);
    expect(first).toMatchObject({
      status: 'done',
      totalRows: 5,
      processedRows: 5,
      created: 5,
      updated: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
    });
    const stored = await testApp.database.db
      .select({ title: products.title, status: products.status, mode: products.pricingMode })
      .from(products)
      .where(eq(products.merchantId, merchant.id))
      .orderBy(products.title);
    expect(stored).toEqual([
      { title: 'Glazed tea cup, 120 ml', status: 'draft', mode: 'by_quantity' },
      { title: '夏季新款连衣裙女 碎花雪纺长裙', status: 'draft', mode: 'by_quantity' },
    ]);

    const again = await importFile(merchant, file);
    expect(again).toMatchObject({
      status: 'done',
      created: 0,
      updated: 0,
      unchanged: 5,
      failed: 0,
    });
  });

  it('an edited row updates that variant only', async () => {
    const merchant = await openMerchant();
    const file = (await csvFixture('dresses-bom.csv')).toString('utf8');
    await importFile(merchant, file);
    const edited = file.replace('DRESS-BLUE-M,60,', 'DRESS-BLUE-M,75,');
    expect(edited).not.toBe(file);
    const result = await importFile(merchant, edited);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 4, failed: 0 });
    const [variant] = await testApp.database.db
      .select({ stock: productVariants.stock })
      .from(productVariants)
      .innerJoin(stores, eq(stores.id, productVariants.storeId))
      .where(and(eq(productVariants.sku, 'DRESS-BLUE-M'), eq(stores.merchantId, merchant.id)));
    expect(variant?.stock).toBe(75);
  });

  it('imports the valid rows and reports each bad one by its spreadsheet row, in the merchant’s language', async () => {
    const merchant = await openMerchant();
    const result = await importFile(merchant, await csvFixture('bad-rows.csv'), 'zh-CN');
    expect(result).toMatchObject({ status: 'done', totalRows: 3, created: 1, failed: 2 });
    expect(result.errors).toEqual([
      {
        row: 3,
        sku: 'BAD-PRICE',
        code: 'product_import.bad_price',
        message:
          '“price”中的“1.005”不是有效价格。请按 128.00 的格式填写（最多两位小数，不加千位分隔符）。',
      },
      expect.objectContaining({
        row: 4,
        sku: 'BAD-STOCK',
        code: 'product_import.not_whole_number',
      }),
    ]);
    const report = await api(testApp, 'GET', `/api/v1/me/product-imports/${result.id}/errors.csv`, {
      cookie: merchant.cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(report.statusCode).toBe(200);
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('row,sku,code,message');
    expect(lines[1]).toMatch(
      /^3,BAD-PRICE,product_import\.bad_price,"?price: ""1\.005"" is not a price/,
    );
    expect(lines[2]).toMatch(/^4,BAD-STOCK,product_import\.not_whole_number,/);
  });

  it('a product the form would refuse is refused by the import too, naming the column', async () => {
    const merchant = await openMerchant();
    const result = await importFile(
      merchant,
      `${HEADER}\nsilk,Silk dress,dresses,SILK-1,3,99.00,material=Plastic,,no\n`,
    );
    expect(result).toMatchObject({ created: 0, failed: 1 });
    expect(result.errors[0]).toMatchObject({
      row: 2,
      sku: 'SILK-1',
      code: 'product_import.invalid_product',
      message: expect.stringMatching(/^attributes material must be one of: 棉 Cotton/),
    });
  });

  it('reports a cell holding a NUL character as that row’s failure, and imports the rest', async () => {
    // As a UTF-16 file read as bytes looks: PostgreSQL cannot store the character in text.
    const merchant = await openMerchant();
    const result = await importFile(
      merchant,
      `${HEADER}\nnul,Bad\u0000dress,dresses,NUL\u00001,3,99.00,,,no\n` +
        `good,Good dress,dresses,GOOD-1,3,99.00,,,no\n`,
    );
    expect(result).toMatchObject({ status: 'done', created: 1, failed: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 2, sku: 'NUL\uFFFD1', code: 'product_import.nul_character' }),
    ]);
    expect(result.errors[0].message).toMatch(/^The column title holds a NUL character/);
  });

  it('answers a file whose upload was cut short with the upload’s error, at once', async () => {
    const merchant = await openMerchant();
    const boundary = 'cut-short';
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/me/product-imports',
      headers: {
        cookie: merchant.cookie,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${HEADER}\nh,t`,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('upload.malformed_form');
  });

  it('refuses a file whose header has an unknown column at upload, naming it', async () => {
    const merchant = await openMerchant();
    const response = await postImport(testApp, merchant, await csvFixture('unknown-column.csv'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'product_import.unknown_columns',
      message: 'Unknown columns: colour. Use the column names of the template.',
    });
  });

  it('publishes publish=yes rows up to the package limit and keeps the rest as drafts, saying so', async () => {
    const merchant = await openMerchant();
    const [store] = await testApp.database.db
      .select()
      .from(stores)
      .where(eq(stores.merchantId, merchant.id));
    if (!store) throw new Error('no store');
    await testApp.database.db
      .update(storePackages)
      .set({ productLimit: 2 })
      .where(eq(storePackages.id, store.packageId));
    try {
      const image = await uploadImage(testApp, merchant.cookie, 'product', 800, 800);
      const rows = [1, 2, 3].map(
        (n) =>
          `dress-${n},Dress number ${n},dresses,LIM-${n},5,20.00,material=棉 Cotton|size=M,${image},yes`,
      );
      const result = await importFile(merchant, [HEADER, ...rows].join('\n'));
      expect(result).toMatchObject({ status: 'done', created: 3, failed: 0 });
      expect(result.errors).toEqual([
        {
          row: 4,
          sku: 'LIM-3',
          code: 'product_import.limit_reached',
          message:
            'Your package allows 2 published products: this product was saved as a draft instead.',
        },
      ]);
      const statuses = await testApp.database.db
        .select({ handle: products.handle, status: products.status })
        .from(products)
        .where(eq(products.merchantId, merchant.id))
        .orderBy(products.handle);
      expect(statuses).toEqual([
        { handle: 'dress-1', status: 'published' },
        { handle: 'dress-2', status: 'published' },
        { handle: 'dress-3', status: 'draft' },
      ]);
    } finally {
      await testApp.database.db
        .update(storePackages)
        .set({ productLimit: 100 })
        .where(eq(storePackages.id, store.packageId));
    }
  });

  it('a worker that dies mid-file leaves the import to another, which resumes where it stopped', async () => {
    const merchant = await openMerchant();
    const rows = Array.from(
      { length: 7 },
      (_, n) => `cup-${n},Cup ${n},tableware,CUP-R-${n},1,3.00,,,no`,
    );
    const posted = await postImport(testApp, merchant, [HEADER, ...rows].join('\n'));
    expect(posted.statusCode).toBe(202);
    const { id } = posted.json();
    const deps = { db: testApp.database.db, ...testApp.deps };

    const job = await claimImport(testApp.database.db, clock.now());
    expect(job?.id).toBe(id);
    if (!job) return;
    // Killed after its first chunk of 3 rows was committed.
    expect(await runProductImport(deps, job, { chunkRows: 3, maxChunks: 1 })).toBe('stopped');
    expect(await progress(merchant, id)).toMatchObject({
      status: 'running',
      processedRows: 3,
      created: 3,
    });

    // While its lease runs, no other instance takes it.
    expect(await claimImport(testApp.database.db, clock.now())).toBeNull();
    clock.advance(61_000);
    const resumed = await claimImport(testApp.database.db, clock.now());
    expect(resumed?.id).toBe(id);
    if (!resumed) return;
    expect(resumed.processedRows).toBe(3);
    // The dead worker's lease is gone: it can no longer write.
    expect(await runProductImport(deps, job, { chunkRows: 3 })).toBe('lost');
    expect(await runProductImport(deps, resumed, { chunkRows: 3 })).toBe('done');
    expect(await progress(merchant, id)).toMatchObject({
      status: 'done',
      processedRows: 7,
      created: 7,
      unchanged: 0,
      failed: 0,
    });
    const count = await testApp.database.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.merchantId, merchant.id));
    expect(count).toHaveLength(7);
  });

  it('an export imported again changes nothing, products made in the form included', async () => {
    const merchant = await openMerchant();
    await importFile(merchant, await csvFixture('dresses-bom.csv'));
    await importFile(merchant, await csvFixture('teapot-gb18030.csv'));
    const made = await api(testApp, 'POST', '/api/v1/me/products', {
      cookie: merchant.cookie,
      body: await productBody(testApp),
    });
    expect(made.statusCode, made.body).toBe(201);

    const exported = await exportCsv(merchant);
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.toString('utf8')).toContain('紫砂壶 宜兴原矿手工茶壶');
    const result = await importFile(merchant, exported);
    expect(result).toMatchObject({
      status: 'done',
      totalRows: 7,
      created: 0,
      updated: 0,
      unchanged: 7,
      failed: 0,
    });
  });
});
