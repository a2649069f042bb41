import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import type { TestApp } from '../support/app.ts';
import { directoryCaughtUp } from '../support/directory.ts';
import { createOperatorTestApp, insertMerchant } from '../support/operators.ts';
import {
  api,
  designFor,
  type Offer,
  openStore,
  operatorCookie,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

interface Entry {
  id: string;
  email: string | null;
  phone: string | null;
  realName: string | null;
  verification: { status: string; verified: boolean };
  store: { status: string; name: string | null; slug: string | null } | null;
  deposit: { amount: number; currency: string };
}

describe('the merchant directory', () => {
  const clock = new ManualClock('2026-09-01T08:00:00Z');
  let testApp: TestApp;
  let reviewer: { id: string; cookie: string };
  // A verified merchant with an active, published store and a paid deposit.
  let seller: { id: string; email: string; cookie: string; realName: string | null };
  let sellerOffer: Offer;
  let storeName: string;
  let slug: string;
  // Identity under review, no store.
  let applicant: { id: string; email: string };
  // Nothing done yet but signing up by phone.
  let newcomer: { id: string; phone: string };
  // Suspended by the platform.
  let suspended: { id: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    reviewer = await operatorCookie(testApp, ['reviewer']);

    newcomer = {
      ...(await insertMerchant(testApp, { email: null, phone: '+8613700001111' })),
      phone: '+8613700001111',
    };
    const blocked = await insertMerchant(testApp, { email: 'blocked.trader@example.com' });
    await testApp.database.db
      .update(merchants)
      .set({ status: 'suspended' })
      .where(eq(merchants.id, blocked.id));
    suspended = blocked;

    const pending = await storeMerchant(testApp, { identityName: null, realName: 'Zhao Lei' });
    const submitted = await api(testApp, 'POST', '/api/v1/me/verification', {
      cookie: pending.cookie,
      body: {
        kind: 'personal',
        legalName: 'Zhao Lei',
        idType: 'passport',
        idNumber: 'E87654321',
        idExpiry: '2040-01-01',
        documents: [
          {
            type: 'id_front',
            uploadId: await uploadImage(testApp, pending.cookie, 'kyc', 400, 250),
          },
          {
            type: 'id_back',
            uploadId: await uploadImage(testApp, pending.cookie, 'kyc', 400, 250),
          },
        ],
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    applicant = pending;

    seller = await storeMerchant(testApp, { realName: 'Chen Jing' });
    sellerOffer = (await openStore(testApp, seller)).offer;
    const design = await designFor(testApp, seller);
    storeName = design.name;
    expect(
      (
        await api(testApp, 'PUT', '/api/v1/me/store/design', {
          cookie: seller.cookie,
          body: design,
        })
      ).statusCode,
    ).toBe(200);
    const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: seller.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);
    slug = published.json().slug;
    await api(testApp, 'PUT', '/api/v1/me/business-profile', {
      cookie: seller.cookie,
      body: {
        industry: 'home',
        businessModel: 'manufacturer',
        experience: 'gt3y',
        platforms: ['1688'],
        targetMarkets: ['CN'],
        teamSize: '6-20',
      },
    });
    // Growth and the directory learn of the approval, the opening and the publication from
    // their events; the merchants inserted without signing up are the backfill's.
    await directoryCaughtUp(testApp);
  });
  afterAll(() => testApp.close());

  async function directory(query = '', cookie = reviewer.cookie) {
    const response = await api(testApp, 'GET', `/api/v1/admin/merchants${query}`, { cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Entry[]; total: number };
  }
  const ids = (page: { items: Entry[] }) => page.items.map((item) => item.id);

  it('shows each column right for a verified merchant with an active store and a deposit', async () => {
    const page = await directory();
    expect(page.total).toBe(4);
    // Newest first.
    expect(ids(page)).toEqual([seller.id, applicant.id, suspended.id, newcomer.id]);
    const row = page.items[0];
    expect(row).toEqual({
      id: seller.id,
      accountType: 'personal',
      email: seller.email,
      phone: expect.stringMatching(/^\+86139\d{8}$/),
      realName: 'Chen Jing',
      status: 'active',
      createdAt: expect.any(String),
      verification: { status: 'approved', verified: true },
      store: {
        id: expect.any(String),
        status: 'active',
        name: storeName,
        slug,
        live: true,
        testMode: true,
      },
      deposit: { amount: sellerOffer.deposit.amount, currency: 'CNY' },
    });
    expect(sellerOffer.deposit.amount).toBeGreaterThan(0);

    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get(applicant.id)).toMatchObject({
      realName: 'Zhao Lei',
      verification: { status: 'pending', verified: false },
      store: null,
      deposit: { amount: 0, currency: 'CNY' },
    });
    expect(byId.get(newcomer.id)).toMatchObject({
      email: null,
      phone: '+8613700001111',
      realName: null,
      verification: { status: 'none', verified: false },
      store: null,
    });
    expect(byId.get(suspended.id)).toMatchObject({ status: 'suspended' });
  });

  it('finds merchants by part of the e-mail, the phone number or the real name', async () => {
    expect(ids(await directory(`?q=${encodeURIComponent(seller.email.toUpperCase())}`))).toEqual([
      seller.id,
    ]);
    expect(ids(await directory('?q=blocked.trader'))).toEqual([suspended.id]);
    expect(ids(await directory(`?q=${encodeURIComponent('137 0000 1111')}`))).toEqual([
      newcomer.id,
    ]);
    expect(ids(await directory('?q=zhao'))).toEqual([applicant.id]);
    // LIKE wildcards are searched for literally.
    expect((await directory('?q=%25')).total).toBe(0);
  });

  it('filters by account status and by verification', async () => {
    expect(ids(await directory('?status=suspended'))).toEqual([suspended.id]);
    expect(ids(await directory('?verification=verified'))).toEqual([seller.id]);
    expect(ids(await directory('?verification=pending'))).toEqual([applicant.id]);
    expect(ids(await directory('?verification=none'))).toEqual([suspended.id, newcomer.id]);
    expect(ids(await directory('?verification=unverified'))).toEqual([
      applicant.id,
      suspended.id,
      newcomer.id,
    ]);
    expect((await directory('?verification=rejected')).total).toBe(0);
    expect(ids(await directory('?verification=none&q=1111'))).toEqual([newcomer.id]);
    const bad = await api(testApp, 'GET', '/api/v1/admin/merchants?verification=maybe', {
      cookie: reviewer.cookie,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('pages with limit and offset, counting every match', async () => {
    const first = await directory('?limit=3');
    const second = await directory('?limit=3&offset=3');
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...ids(first), ...ids(second)]).toEqual([
      seller.id,
      applicant.id,
      suspended.id,
      newcomer.id,
    ]);
  });

  it('opens every operator role, and nobody else', async () => {
    for (const roles of [['reviewer'], ['finance'], ['admin']] as const) {
      const operator = await operatorCookie(testApp, [...roles]);
      expect((await directory('', operator.cookie)).total).toBe(4);
    }
    const asMerchant = await api(testApp, 'GET', '/api/v1/admin/merchants', {
      cookie: seller.cookie,
    });
    expect(asMerchant.statusCode).toBe(401);
    expect((await api(testApp, 'GET', `/api/v1/admin/merchants/${seller.id}`)).statusCode).toBe(
      401,
    );
  });

  it("shows one merchant's business profile and growth progress, and audits the view", async () => {
    const admin = await operatorCookie(testApp, ['admin']);
    const response = await api(testApp, 'GET', `/api/v1/admin/merchants/${seller.id}`, {
      cookie: reviewer.cookie,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({
      id: seller.id,
      emailVerified: true,
      phoneVerified: true,
      verification: {
        status: 'approved',
        verified: true,
        kind: 'personal',
        verifiedName: 'Chen Jing',
      },
      store: {
        status: 'active',
        name: storeName,
        slug,
        storeType: { code: 'personal' },
        package: { code: 'standard' },
        depositRequired: sellerOffer.deposit,
      },
      deposit: sellerOffer.deposit,
      businessProfile: { businessModel: 'manufacturer', experience: 'gt3y', teamSize: '6-20' },
    });
    const { growth } = detail;
    expect(growth.total).toBe(growth.tasks.length);
    expect(growth.tasks.length).toBeGreaterThan(5);
    // Profile, e-mail, phone, identity, package and design are done by now.
    const done = growth.tasks.filter((task: { done: boolean }) => task.done);
    expect(done.map((task: { key: string }) => task.key)).toEqual(
      expect.arrayContaining(['complete_business_profile', 'verify_identity', 'design_store']),
    );
    expect(growth.completed).toBe(done.length);
    expect(growth.progress).toBe(Math.round((done.length / growth.total) * 100));
    expect(growth.tasks[0]).toMatchObject({
      key: 'complete_business_profile',
      title: '完善经营信息',
    });

    const log = await api(
      testApp,
      'GET',
      `/api/v1/admin/audit-log?action=merchant.viewed&targetId=${seller.id}`,
      { cookie: admin.cookie },
    );
    expect(log.json().entries).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: reviewer.id }),
        targetType: 'merchant',
        targetId: seller.id,
      }),
    ]);

    const newcomerDetail = await api(testApp, 'GET', `/api/v1/admin/merchants/${newcomer.id}`, {
      cookie: reviewer.cookie,
    });
    expect(newcomerDetail.json()).toMatchObject({
      verification: { status: 'none', verified: false, caseId: null },
      store: null,
      businessProfile: null,
      growth: { next: { key: 'complete_business_profile' } },
    });

    const missing = await api(
      testApp,
      'GET',
      '/api/v1/admin/merchants/00000000-0000-4000-8000-000000000000',
      { cookie: reviewer.cookie },
    );
    expect(missing.statusCode).toBe(404);
  });
});
