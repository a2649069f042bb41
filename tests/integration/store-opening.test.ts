import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { listMilestones } from '../../src/server/modules/growth/index.ts';
import { accountBalance, ensurePlatformAccount } from '../../src/server/modules/ledger/index.ts';
import { inbox } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  buyStore,
  designFor,
  offer,
  openStore,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

describe('opening a store with the sandbox, designing it and showing it to buyers', () => {
  const clock = new ManualClock('2026-03-01T08:00:00Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
  });
  afterAll(() => testApp.close());

  it('lists store types and packages in the caller language, amounts in minor units', async () => {
    const en = await api(testApp, 'GET', '/api/v1/store-types');
    const zh = await api(testApp, 'GET', '/api/v1/store-types', {
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(en.statusCode).toBe(200);
    const types = en.json();
    expect(types.map((type: { code: string }) => type.code)).toEqual([
      'personal',
      'enterprise',
      'flagship',
    ]);
    const personal = types[0];
    expect(personal.name).toBe('Personal store');
    expect(personal.packages.map((pkg: { code: string }) => pkg.code)).toEqual([
      'basic',
      'standard',
      'premium',
    ]);
    expect(personal.packages[1]).toMatchObject({
      name: 'Standard',
      fee: { amount: 198_000, currency: 'CNY' },
      deposit: { amount: 200_000, currency: 'CNY' },
      productLimit: 500,
      capabilities: { promotions: true, customTemplates: false, advertising: false },
    });
    expect(zh.json()[0].name).toBe('个人店');
    expect(zh.json()[0].packages[1].name).toBe('标准版');
    expect(types[2]).toMatchObject({ requiresTrademark: true, accountTypes: ['enterprise'] });
  });

  it('activates the store on a sandbox payment and books fee and deposit in the ledger', async () => {
    const merchant = await storeMerchant(testApp);
    const standard = await offer(testApp, 'personal', 'standard');
    const cash = await ensurePlatformAccount(testApp.database.db, 'platform_cash');
    const feeIncome = await ensurePlatformAccount(testApp.database.db, 'platform_fee_income');
    const feeIncomeBefore = (await accountBalance(testApp.database.db, feeIncome.id)).amount;
    const cashBefore = (await accountBalance(testApp.database.db, cash.id)).amount;

    const eligibility = await api(testApp, 'GET', '/api/v1/me/store/eligibility', {
      cookie: merchant.cookie,
    });
    expect(eligibility.json().eligible).toBe(true);

    const purchase = await buyStore(testApp, merchant, standard, 'sandbox');
    expect(purchase).toMatchObject({
      status: 'pending_payment',
      storeStatus: 'pending_payment',
      testMode: true,
      fee: { amount: 198_000, currency: 'CNY' },
      deposit: { amount: 200_000, currency: 'CNY' },
      payment: {
        provider: 'sandbox',
        status: 'pending',
        amount: { amount: 398_000, currency: 'CNY' },
        reference: null,
        testMode: true,
      },
    });
    const pending = await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(pending.json()).toMatchObject({ status: 'pending_payment', serviceEndsAt: null });

    const paid = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().status).toBe('succeeded');

    const store = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(store).toMatchObject({
      status: 'active',
      testMode: true,
      serviceEndsAt: '2027-03-01T08:00:00.000Z',
      firstActivatedAt: '2026-03-01T08:00:00.000Z',
      storeType: { code: 'personal', name: 'Personal store' },
      package: { code: 'standard', productLimit: 500 },
      depositRequired: { amount: 200_000, currency: 'CNY' },
      latestPurchase: { status: 'paid', payment: { status: 'succeeded' } },
    });

    const deposit = (
      await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie })
    ).json();
    expect(deposit.balance).toEqual({ amount: 200_000, currency: 'CNY' });
    expect(deposit.required).toEqual({ amount: 200_000, currency: 'CNY' });
    expect(deposit.transfers).toEqual([
      expect.objectContaining({
        kind: 'deposit_payment',
        direction: 'in',
        amount: { amount: 200_000, currency: 'CNY' },
        balanceAfter: { amount: 200_000, currency: 'CNY' },
        reference: purchase.payment.id,
      }),
    ]);
    expect((await accountBalance(testApp.database.db, feeIncome.id)).amount).toBe(
      feeIncomeBefore + 198_000,
    );
    // Platform cash is an asset: credits − debits goes down by what came in.
    expect((await accountBalance(testApp.database.db, cash.id)).amount).toBe(cashBefore - 398_000);

    await testApp.worker.drain();
    const milestones = await listMilestones(testApp.database.db, merchant.id);
    expect(milestones.map((entry) => entry.milestone)).toContain('package_purchased');
    const mail = await inbox(testApp, merchant.email);
    const receipt = mail.find((message) => message.subject?.includes('payment receipt'));
    expect(receipt?.subject).toMatch(/^\[TEST MODE\]/);
    // The amount reads as the seller center shows it: "¥", not "CN¥".
    expect(receipt?.subject).toContain('(¥3,980.00)');
  });

  it('activates nothing when the sandbox payment fails, and lets the merchant pay again', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(testApp, merchant, await offer(testApp, 'personal', 'basic'));

    const failed = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'fail' },
    });
    expect(failed.json().status).toBe('failed');
    const store = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(store).toMatchObject({ status: 'pending_payment', serviceEndsAt: null });
    expect(store.latestPurchase).toMatchObject({ status: 'failed', payment: { status: 'failed' } });
    const deposit = (
      await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie })
    ).json();
    expect(deposit.balance.amount).toBe(0);
    expect(deposit.transfers).toEqual([]);
    await testApp.worker.drain();
    const milestones = await listMilestones(testApp.database.db, merchant.id);
    expect(milestones.map((entry) => entry.milestone)).not.toContain('package_purchased');

    // A failed payment cannot be turned into a success afterwards…
    const late = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('payment.invalid_transition');
    // …but the merchant can buy again and pay.
    await openStore(testApp, merchant, 'personal', 'basic');
    const reopened = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(reopened.status).toBe('active');
  });

  it("refuses another merchant's sandbox payment as if it did not exist", async () => {
    const owner = await storeMerchant(testApp);
    const stranger = await storeMerchant(testApp);
    const purchase = await buyStore(testApp, owner, await offer(testApp, 'personal', 'basic'));
    const response = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: stranger.cookie,
      body: { outcome: 'succeed' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('payment.not_found');
  });

  it('publishes a design and serves the storefront with name, logo, badge and tags', async () => {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const design = await designFor(testApp, merchant, {
      name: 'Harbour Tea House',
      templateId: 'modern',
      theme: 'gold',
    });
    const saved = await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: design,
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const preview = await api(testApp, 'GET', '/api/v1/me/store/design/preview', {
      cookie: merchant.cookie,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['x-robots-tag']).toBe('noindex');
    expect(preview.body).toContain('Harbour Tea House');
    expect(preview.body).toContain(`/api/v1/uploads/${design.logoUploadId}/file`);
    // Not published yet: buyers find nothing.
    const before = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(before.slug).toBeNull();

    const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toEqual({ slug: 'harbour-tea-house' });
    await testApp.worker.drain();
    const milestones = await listMilestones(testApp.database.db, merchant.id);
    expect(milestones.map((entry) => entry.milestone)).toContain('store_published');

    const page = await api(testApp, 'GET', '/s/harbour-tea-house');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('public, max-age=60');
    const logoUrl = `/s/harbour-tea-house/media/${design.logoUploadId}`;
    expect(page.body).toContain('<h1 class="sf-name">Harbour Tea House</h1>');
    expect(page.body).toContain(`src="${logoUrl}"`);
    expect(page.body).toContain('data-testid="verified-badge"');
    expect(page.body).toContain('New store');
    expect(page.body).toContain('<title>Harbour Tea House · Kaidian</title>');
    expect(page.body).toContain('<meta name="description" content="Spring tea has arrived.">');
    expect(page.body).toContain(
      '<link rel="canonical" href="http://localhost:3000/s/harbour-tea-house">',
    );
    expect(page.body).toContain('<meta property="og:title" content="Harbour Tea House">');
    expect(page.body).toContain(
      `<meta property="og:image" content="http://localhost:3000${logoUrl}">`,
    );
    expect(page.body).toContain(
      '<meta property="og:url" content="http://localhost:3000/s/harbour-tea-house">',
    );
    expect(page.body).toContain('tpl-modern theme-gold');
    expect(page.body).toContain('data-testid="product-empty"');
    expect(page.body).not.toContain('<script');

    const again = await api(testApp, 'GET', '/s/harbour-tea-house', {
      headers: { 'if-none-match': page.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const zh = await api(testApp, 'GET', '/s/harbour-tea-house', {
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('已认证');
    expect(zh.headers.etag).not.toBe(page.headers.etag);

    const search = await api(testApp, 'GET', '/s/harbour-tea-house?q=oolong');
    expect(search.body).toContain('No products match “oolong”.');
    expect(search.body).toContain('<meta name="robots" content="noindex">');
  });

  it('serves only the images the published design shows', async () => {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const design = await designFor(testApp, merchant, { name: 'Image Test Shop' });
    await api(testApp, 'PUT', '/api/v1/me/store/design', { cookie: merchant.cookie, body: design });
    const { slug } = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
    ).json();

    const logo = await api(testApp, 'GET', `/s/${slug}/media/${design.logoUploadId}`);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['cache-control']).toMatch(/^public/);
    const cached = await api(testApp, 'GET', `/s/${slug}/media/${design.logoUploadId}`, {
      headers: { 'if-none-match': logo.headers.etag as string },
    });
    expect(cached.statusCode).toBe(304);

    // A private upload of the same merchant (an ID photo), or a draft's image, is never served.
    const idPhoto = await uploadImage(testApp, merchant.cookie, 'kyc', 300, 200);
    expect((await api(testApp, 'GET', `/s/${slug}/media/${idPhoto}`)).statusCode).toBe(404);
    const draftLogo = await uploadImage(testApp, merchant.cookie, 'logo', 300, 300);
    await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: { ...design, logoUploadId: draftLogo },
    });
    expect((await api(testApp, 'GET', `/s/${slug}/media/${draftLogo}`)).statusCode).toBe(404);
    expect((await api(testApp, 'GET', `/s/${slug}/media/${design.logoUploadId}`)).statusCode).toBe(
      200,
    );
  });

  it('answers 404 for a store that does not exist', async () => {
    const response = await api(testApp, 'GET', '/s/no-such-store');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('This store does not exist or is not open.');
  });

  it('answers store.not_found before the merchant has a store', async () => {
    const merchant = await storeMerchant(testApp);
    const response = await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('store.not_found');
  });
});
