import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { seedMerchants } from '../support/merchant-seed.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, operatorCookie } from '../support/stores.ts';

// 85,000 merchants, 68,000 of them with a verification case: more than the 65,535 bind
// parameters PostgreSQL takes in one query, so a filter that lists merchant ids cannot work.
const MERCHANTS = 85_000;
const PER_KIND = MERCHANTS / 5;

interface Page {
  items: { email: string; verification: { status: string; verified: boolean } }[];
  total: number;
}

describe('the merchant directory at scale', () => {
  const clock = new ManualClock('2026-09-01T08:00:00Z');
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    ({ cookie } = await operatorCookie(testApp, ['reviewer']));
    await seedMerchants(testApp.database.pool, 0, MERCHANTS);
  }, 120_000);
  afterAll(() => testApp.close());

  const list = async (query: string): Promise<Page> => {
    const response = await api(testApp, 'GET', `/api/v1/admin/merchants?${query}`, { cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('filters by verification over more merchants with cases than one query could list', async () => {
    // Seeded merchant i has case i % 5: approved, pending, rejected, changes_requested, none.
    const never = await list('verification=none&limit=3');
    expect(never.total).toBe(PER_KIND);
    expect(never.items.map((item) => item.email)).toEqual([
      'seller4@example.com',
      'seller9@example.com',
      'seller14@example.com',
    ]);
    expect(never.items.every((item) => item.verification.status === 'none')).toBe(true);

    const unverified = await list('verification=unverified&limit=1');
    expect(unverified.total).toBe(MERCHANTS - PER_KIND);
    expect(unverified.items[0]?.email).toBe('seller1@example.com');

    const verified = await list('verification=verified&limit=1&offset=100');
    expect(verified.total).toBe(PER_KIND);
    expect(verified.items[0]).toMatchObject({
      email: 'seller500@example.com',
      verification: { status: 'approved', verified: true },
    });

    const rejected = await list('verification=rejected&limit=1');
    expect(rejected.total).toBe(PER_KIND);
    expect(rejected.items[0]?.verification).toEqual({ status: 'rejected', verified: false });
  });

  it('searches part of an e-mail within a verification filter', async () => {
    const found = await list('q=seller8422&verification=changes_requested');
    // seller8422 itself is rejected (8422 % 5 = 2); of seller84220…84229, 84223 and 84228 are not.
    expect(found.items.map((item) => item.email).sort()).toEqual(
      ['seller84223@example.com', 'seller84228@example.com'].sort(),
    );
  });
});
