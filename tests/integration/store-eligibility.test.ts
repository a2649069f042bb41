import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  enterBankAccount,
  type MerchantSetup,
  offer,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

describe('who may open a store', () => {
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  async function eligibility(setup: MerchantSetup, query = '') {
    const merchant = await storeMerchant(testApp, setup);
    const response = await api(testApp, 'GET', `/api/v1/me/store/eligibility${query}`, {
      cookie: merchant.cookie,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const met = Object.fromEntries(
      body.conditions.map((condition: { key: string; met: boolean }) => [
        condition.key,
        condition.met,
      ]),
    );
    return { merchant, body, met };
  }

  it('reports every condition met for a verified merchant', async () => {
    const { body } = await eligibility({});
    expect(body.eligible).toBe(true);
    expect(body.conditions).toEqual([
      { key: 'account_type', met: true, action: '/store', label: expect.any(String) },
      {
        key: 'identity_verified',
        met: true,
        action: '/account/verification',
        label: expect.any(String),
      },
      { key: 'email_verified', met: true, action: '/account', label: expect.any(String) },
      { key: 'phone_verified', met: true, action: '/account', label: expect.any(String) },
      { key: 'real_name', met: true, action: '/account', label: expect.any(String) },
    ]);
  });

  it('reports each missing condition on its own', async () => {
    expect((await eligibility({ emailVerified: false })).met).toMatchObject({
      email_verified: false,
      phone_verified: true,
    });
    expect((await eligibility({ phoneVerified: false })).met).toMatchObject({
      email_verified: true,
      phone_verified: false,
    });
    expect((await eligibility({ identityName: null })).met).toMatchObject({
      identity_verified: false,
      real_name: true,
    });
    // An account without a name takes the verified one on approval (verified-name.test.ts).
    expect((await eligibility({ realName: null, identityName: 'Li Ming' })).met).toMatchObject({
      identity_verified: true,
      real_name: true,
    });
    const mismatch = await eligibility({ realName: 'Li Ming', identityName: 'Zhang Wei' });
    expect(mismatch.met).toMatchObject({ identity_verified: true, real_name: false });
    expect(mismatch.body.eligible).toBe(false);
  });

  it('matches the real name to the identity ignoring case, spacing and full-width forms', async () => {
    const { met } = await eligibility({ realName: 'ＬＩ  ming', identityName: 'Li Ming' });
    expect(met.real_name).toBe(true);
  });

  it('checks the account type against the store type asked about', async () => {
    const enterprise = await offer(testApp, 'enterprise', 'basic');
    const personal = await eligibility({}, `?storeTypeId=${enterprise.storeTypeId}`);
    expect(personal.met.account_type).toBe(false);
    const company = await eligibility(
      { accountType: 'enterprise' },
      `?storeTypeId=${enterprise.storeTypeId}`,
    );
    expect(company.met.account_type).toBe(true);
  });

  it('asks a flagship store for a trademark certificate', async () => {
    const flagship = await offer(testApp, 'flagship', 'basic');
    const without = await eligibility(
      { accountType: 'enterprise' },
      `?storeTypeId=${flagship.storeTypeId}`,
    );
    expect(without.met.trademark_certificate).toBe(false);
    const certificate = await uploadImage(testApp, without.merchant.cookie, 'kyc', 800, 600);
    const withCertificate = await api(
      testApp,
      'GET',
      `/api/v1/me/store/eligibility?storeTypeId=${flagship.storeTypeId}&trademarkUploadId=${certificate}`,
      { cookie: without.merchant.cookie },
    );
    expect(withCertificate.json().eligible).toBe(true);

    const purchase = await api(testApp, 'POST', '/api/v1/me/store/purchase', {
      cookie: without.merchant.cookie,
      body: { ...flagship, provider: 'offline', trademarkUploadId: certificate },
    });
    expect(purchase.statusCode, purchase.body).toBe(201);
  });

  it('refuses the purchase with the unmet condition keys', async () => {
    const merchant = await storeMerchant(testApp, { emailVerified: false, phoneVerified: false });
    const response = await api(testApp, 'POST', '/api/v1/me/store/purchase', {
      cookie: merchant.cookie,
      body: { ...(await offer(testApp, 'enterprise', 'basic')), provider: 'sandbox' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('store.not_eligible');
    expect(response.json().error.details.unmet).toEqual([
      'account_type',
      'email_verified',
      'phone_verified',
    ]);
    expect(response.json().error.message).toContain('E-mail address verified');
    const store = await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(store.statusCode).toBe(404);
  });

  it('labels the conditions in the merchant language', async () => {
    const merchant = await storeMerchant(testApp, { emailVerified: false });
    const response = await api(testApp, 'GET', '/api/v1/me/store/eligibility', {
      cookie: merchant.cookie,
      headers: { 'accept-language': 'zh-CN' },
    });
    const email = response
      .json()
      .conditions.find((condition: { key: string }) => condition.key === 'email_verified');
    expect(email).toMatchObject({ met: false, label: '邮箱已验证' });
  });

  it('needs a signed-in merchant', async () => {
    const response = await api(testApp, 'GET', '/api/v1/me/store/eligibility');
    expect(response.statusCode).toBe(401);
  });
});
