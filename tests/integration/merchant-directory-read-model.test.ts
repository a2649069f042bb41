import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import {
  listDirectory,
  readDirectory,
  VERIFICATION_FILTERS,
} from '../../src/server/modules/directory/index.ts';
import type { TestApp } from '../support/app.ts';
import { directoryCaughtUp } from '../support/directory.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, openStore, operatorCookie, storeMerchant, uploadImage } from '../support/stores.ts';

interface Page {
  items: {
    id: string;
    verification: { status: string; verified: boolean };
    store: { status: string } | null;
    deposit: { amount: number };
  }[];
  total: number;
}

describe("the merchant directory's read model", () => {
  const clock = new ManualClock('2026-09-01T08:00:00Z');
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    ({ cookie } = await operatorCookie(testApp, ['reviewer']));
  });
  afterAll(() => testApp.close());

  const list = async (query: string): Promise<Page> => {
    const response = await api(testApp, 'GET', `/api/v1/admin/merchants?${query}`, { cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const rowOf = async (merchantId: string) =>
    (await list('limit=100')).items.find((item) => item.id === merchantId);

  it('follows a submitted verification and an opened store from their events', async () => {
    const applicant = await storeMerchant(testApp, { identityName: null, realName: 'Wu Fang' });
    const seller = await storeMerchant(testApp, { realName: 'Qian Yu' });
    await directoryCaughtUp(testApp);
    expect((await rowOf(applicant.id))?.verification).toEqual({ status: 'none', verified: false });
    const [pendingBefore, noneBefore] = [
      (await list('verification=pending')).total,
      (await list('verification=none')).total,
    ];

    const submitted = await api(testApp, 'POST', '/api/v1/me/verification', {
      cookie: applicant.cookie,
      body: {
        kind: 'personal',
        legalName: 'Wu Fang',
        idType: 'passport',
        idNumber: 'E12345678',
        idExpiry: '2040-01-01',
        documents: [
          {
            type: 'id_front',
            uploadId: await uploadImage(testApp, applicant.cookie, 'kyc', 400, 250),
          },
          {
            type: 'id_back',
            uploadId: await uploadImage(testApp, applicant.cookie, 'kyc', 400, 250),
          },
        ],
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    await openStore(testApp, seller);
    // Delivered by the outbox worker (within moments in a running app; here, on drain).
    await testApp.worker.drain();

    expect((await rowOf(applicant.id))?.verification).toEqual({
      status: 'pending',
      verified: false,
    });
    expect((await list('verification=pending')).total).toBe(pendingBefore + 1);
    expect((await list('verification=none')).total).toBe(noneBefore - 1);
    const sellerRow = await rowOf(seller.id);
    expect(sellerRow?.store?.status).toBe('active');
    expect(sellerRow?.deposit.amount).toBeGreaterThan(0);
  });

  async function sameAsTheModules() {
    const { db } = testApp.database;
    const queries = [
      {},
      { status: 'active' as const },
      ...VERIFICATION_FILTERS.map((verification) => ({ verification })),
      { q: 'qian' },
      { q: 'wu f', verification: 'pending' as const },
    ];
    for (const query of queries) {
      const wanted = await listDirectory(db, { ...query, limit: 100, offset: 0 });
      const read = await readDirectory(db, { ...query, limit: 100, offset: 0 });
      expect(read, JSON.stringify(query)).toEqual(wanted);
    }
  }

  it('lists and counts what the modules themselves say, for every filter', async () => {
    await sameAsTheModules();
  });

  it('fills itself for an install that predates it', async () => {
    await testApp.database.db.execute(sql`TRUNCATE merchant_directory, merchant_directory_counts`);
    expect((await list('')).total).toBe(0);
    await directoryCaughtUp(testApp);
    expect((await list('')).total).toBeGreaterThanOrEqual(2);
    await sameAsTheModules();
  });
});
