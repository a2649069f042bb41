import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { saveBusinessProfile } from '../../src/server/modules/growth/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, buyStore, offer, operatorCookie, storeMerchant } from '../support/stores.ts';

describe('admins configure store types and packages', () => {
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  let testApp: TestApp;
  let admin: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    admin = await operatorCookie(testApp, ['admin']);
  });
  afterAll(() => testApp.close());

  const cny = (amount: number) => ({ amount, currency: 'CNY' });

  async function auditActions(targetId: string) {
    const result = await testApp.database.db.execute<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE target_id = ${targetId} ORDER BY id`,
    );
    return result.rows.map((row) => row.action);
  }

  it('adds a store type with a package, both audited, and offers them to merchants', async () => {
    const created = await api(testApp, 'POST', '/api/v1/admin/store-types', {
      cookie: admin.cookie,
      body: {
        code: 'crossborder',
        names: { en: 'Cross-border store', 'zh-CN': '跨境店' },
        descriptions: { en: 'Sell worldwide.', 'zh-CN': '面向全球销售。' },
        accountTypes: ['personal', 'enterprise'],
        requiresTrademark: false,
        sortOrder: 40,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const type = created.json();
    expect(type).toMatchObject({ code: 'crossborder', active: true, packages: [] });

    const pkg = await api(testApp, 'POST', `/api/v1/admin/store-types/${type.id}/packages`, {
      cookie: admin.cookie,
      body: {
        code: 'starter',
        names: { en: 'Starter', 'zh-CN': '入门版' },
        fee: cny(99_900),
        deposit: cny(300_000),
        productLimit: 100,
        capabilities: { promotions: true, customTemplates: false, advertising: false },
        depositByCategory: [{ category: 'Jewelry', deposit: cny(1_000_000) }],
      },
    });
    expect(pkg.statusCode, pkg.body).toBe(201);
    expect(pkg.json()).toMatchObject({
      code: 'starter',
      fee: cny(99_900),
      depositByCategory: [{ category: 'jewelry', deposit: cny(1_000_000) }],
    });

    const listed = (
      await api(testApp, 'GET', '/api/v1/store-types', {
        headers: { 'accept-language': 'zh-CN' },
      })
    ).json();
    expect(listed.at(-1)).toMatchObject({
      code: 'crossborder',
      name: '跨境店',
      packages: [{ code: 'starter', name: '入门版', deposit: cny(300_000) }],
    });
    expect(await auditActions(type.id)).toEqual(['store_type.created']);
    expect(await auditActions(pkg.json().id)).toEqual(['store_package.created']);
  });

  it('charges the deposit of the merchant main category', async () => {
    const standard = await offer(testApp, 'personal', 'standard');
    const changed = await api(testApp, 'PUT', `/api/v1/admin/packages/${standard.packageId}`, {
      cookie: admin.cookie,
      body: { depositByCategory: [{ category: 'food', deposit: cny(600_000) }] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().deposit).toEqual(cny(200_000));

    const grocer = await storeMerchant(testApp);
    await saveBusinessProfile(
      testApp.database.db,
      grocer.id,
      {
        industry: ' Food ',
        businessModel: 'retailer',
        experience: 'none',
        platforms: [],
        targetMarkets: ['CN'],
        teamSize: '1',
      },
      clock,
    );
    const purchase = await buyStore(testApp, grocer, standard, 'sandbox');
    expect(purchase.deposit).toEqual(cny(600_000));
    expect(purchase.payment.amount).toEqual(cny(198_000 + 600_000));

    const other = await storeMerchant(testApp);
    expect((await buyStore(testApp, other, standard, 'sandbox')).deposit).toEqual(cny(200_000));
  });

  it('edits and switches off a package, keeping the before and after in the audit log', async () => {
    const premium = await offer(testApp, 'personal', 'premium');
    const edited = await api(testApp, 'PUT', `/api/v1/admin/packages/${premium.packageId}`, {
      cookie: admin.cookie,
      body: { fee: cny(458_000), productLimit: 3000, active: false },
    });
    expect(edited.json()).toMatchObject({ fee: cny(458_000), productLimit: 3000, active: false });
    const entry = await testApp.database.db.execute<{
      before: { fee: unknown };
      after: { fee: unknown };
    }>(
      sql`SELECT before, after FROM audit_log WHERE target_id = ${premium.packageId} ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.rows[0]?.before.fee).toEqual(cny(498_000));
    expect(entry.rows[0]?.after.fee).toEqual(cny(458_000));

    const personal = (await api(testApp, 'GET', '/api/v1/store-types')).json()[0];
    expect(personal.packages.map((pkg: { code: string }) => pkg.code)).toEqual([
      'basic',
      'standard',
    ]);
    const all = (
      await api(testApp, 'GET', '/api/v1/admin/store-types', { cookie: admin.cookie })
    ).json();
    expect(all[0].packages.map((pkg: { code: string }) => pkg.code)).toContain('premium');

    const merchant = await storeMerchant(testApp);
    const refused = await api(testApp, 'POST', '/api/v1/me/store/purchase', {
      cookie: merchant.cookie,
      body: { storeTypeId: premium.storeTypeId, packageId: premium.packageId, provider: 'sandbox' },
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('store.package_not_found');
  });

  it('edits a store type in both languages', async () => {
    const types = (
      await api(testApp, 'GET', '/api/v1/admin/store-types', { cookie: admin.cookie })
    ).json();
    const enterprise = types.find((type: { code: string }) => type.code === 'enterprise');
    const response = await api(testApp, 'PUT', `/api/v1/admin/store-types/${enterprise.id}`, {
      cookie: admin.cookie,
      body: { names: { en: 'Company store', 'zh-CN': '公司店' } },
    });
    expect(response.json()).toMatchObject({
      code: 'enterprise',
      names: { en: 'Company store', 'zh-CN': '公司店' },
      accountTypes: ['enterprise'],
    });
    expect(response.json().packages).toHaveLength(3);
  });

  it('refuses duplicate codes and operators without the admin role', async () => {
    const duplicate = await api(testApp, 'POST', '/api/v1/admin/store-types', {
      cookie: admin.cookie,
      body: {
        code: 'personal',
        names: { en: 'Again', 'zh-CN': '重复' },
        accountTypes: ['personal'],
        requiresTrademark: false,
      },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('store.type_code_taken');

    const finance = await operatorCookie(testApp, ['finance']);
    const forbidden = await api(testApp, 'GET', '/api/v1/admin/store-types', {
      cookie: finance.cookie,
    });
    expect(forbidden.statusCode).toBe(403);
    const merchant = await storeMerchant(testApp);
    const asMerchant = await api(testApp, 'GET', '/api/v1/admin/store-types', {
      cookie: merchant.cookie,
    });
    expect(asMerchant.statusCode).toBe(401);
  });

  it('shows finance a merchant deposit, and nobody else', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(testApp, merchant, await offer(testApp, 'personal', 'basic'));
    await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    const finance = await operatorCookie(testApp, ['finance']);
    const deposit = await api(testApp, 'GET', `/api/v1/admin/merchants/${merchant.id}/deposit`, {
      cookie: finance.cookie,
    });
    expect(deposit.statusCode).toBe(200);
    expect(deposit.json()).toMatchObject({
      merchantId: merchant.id,
      balance: cny(100_000),
      required: cny(100_000),
      shortfall: cny(0),
    });
    expect(deposit.json().transfers).toHaveLength(1);
    const reviewer = await operatorCookie(testApp, ['reviewer']);
    expect(
      (
        await api(testApp, 'GET', `/api/v1/admin/merchants/${merchant.id}/deposit`, {
          cookie: reviewer.cookie,
        })
      ).statusCode,
    ).toBe(403);
  });
});
