import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { csvFixture, postImport, runImports } from '../support/product-imports.ts';
import { createProduct, publishProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount, openStore, storeMerchant } from '../support/stores.ts';

/** Answers whose plan has "import your catalogue from CSV" (SPEC §2: the experienced manufacturer). */
const experiencedManufacturer = {
  industry: 'Consumer electronics',
  businessModel: 'manufacturer',
  experience: 'gt3y',
  platforms: [],
  targetMarkets: ['CN'],
  teamSize: '21-100',
};

// The growth plan's product tasks complete from the products' events, through the outbox worker
// as in production: publishing the first product, the tenth, importing a catalogue from CSV.

interface PlanTask {
  key: string;
  title: string;
  done: boolean;
  action: string | null;
}

describe('growth-plan tasks completed by products', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const plan = async (cookie: string, locale = 'en') => {
    await testApp.worker.drain();
    const response = await api(testApp, 'GET', '/api/v1/me/growth-plan', {
      cookie,
      headers: { 'accept-language': locale },
    });
    expect(response.statusCode, response.body).toBe(200);
    return new Map<string, PlanTask>(
      response.json().tasks.map((task: PlanTask) => [task.key, task]),
    );
  };

  it('asks for the first product before ten, in both languages, linked to the product form', async () => {
    const merchant = await storefrontMerchant(testApp);
    const english = await plan(merchant.cookie);
    const keys = [...english.keys()];
    expect(keys.indexOf('publish_first_product')).toBe(keys.indexOf('publish_10_products') - 1);
    expect(english.get('publish_first_product')).toMatchObject({
      key: 'publish_first_product',
      title: 'Publish your first product',
      done: false,
      action: '/products/new',
    });
    expect((await plan(merchant.cookie, 'zh-CN')).get('publish_first_product')?.title).toBe(
      '发布第一件商品',
    );
  });

  it('ticks "publish your first product" when one is published, not when it is saved', async () => {
    const merchant = await storefrontMerchant(testApp);
    const productId = await createProduct(testApp, merchant);
    expect((await plan(merchant.cookie)).get('publish_first_product')?.done).toBe(false);
    await publishProduct(testApp, merchant, productId);
    const tasks = await plan(merchant.cookie);
    expect(tasks.get('publish_first_product')?.done).toBe(true);
    expect(tasks.get('publish_10_products')?.done).toBe(false);
  });

  it('ticks "publish 10 products" with the tenth published product, not the ninth', async () => {
    const merchant = await storefrontMerchant(testApp);
    const drafts: string[] = [];
    for (let n = 1; n <= 10; n += 1) {
      drafts.push(await createProduct(testApp, merchant, { title: `Bamboo tea tray number ${n}` }));
    }
    // A draft never published does not count towards ten.
    await createProduct(testApp, merchant, { title: 'Bamboo tea tray kept as a draft' });
    for (const productId of drafts.slice(0, 9)) await publishProduct(testApp, merchant, productId);
    expect((await plan(merchant.cookie)).get('publish_10_products')?.done).toBe(false);
    await publishProduct(testApp, merchant, drafts[9] as string);
    expect((await plan(merchant.cookie)).get('publish_10_products')?.done).toBe(true);
  });

  it('ticks "import your catalogue from CSV" when an import brings products in, not when every row fails', async () => {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const profile = await api(testApp, 'PUT', '/api/v1/me/business-profile', {
      cookie: merchant.cookie,
      body: experiencedManufacturer,
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const task = async () => (await plan(merchant.cookie)).get('bulk_import_products');
    expect(await task()).toMatchObject({ done: false, action: '/products/import' });

    const hopeless =
      'handle,title,category,sku,stock,price\nh1,Tea tray,no-such-category,TRAY-1,5,12.00\n';
    const failed = await postImport(testApp, merchant, hopeless);
    expect(failed.statusCode, failed.body).toBe(202);
    await runImports(testApp);
    const ended = await api(testApp, 'GET', `/api/v1/me/product-imports/${failed.json().id}`, {
      cookie: merchant.cookie,
    });
    expect(ended.json()).toMatchObject({ status: 'done', created: 0, failed: 1 });
    expect((await task())?.done).toBe(false);

    const imported = await postImport(testApp, merchant, await csvFixture('dresses-bom.csv'));
    expect(imported.statusCode, imported.body).toBe(202);
    await runImports(testApp);
    expect((await task())?.done).toBe(true);
  });
});
