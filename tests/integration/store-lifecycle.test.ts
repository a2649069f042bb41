import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../src/server/app-modules.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { createScheduler, type Scheduler } from '../../src/server/jobs/scheduler.ts';
import { inbox } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  designFor,
  merchantCookie,
  openStore,
  type StoreMerchant,
  storeMerchant,
} from '../support/stores.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('store lifecycle driven by the clock', () => {
  const clock = new ManualClock('2026-01-10T00:00:00Z');
  let testApp: TestApp;
  let scheduler: Scheduler;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    scheduler = createScheduler({
      db: testApp.database.db,
      jobs: scheduledJobs(),
      clock,
      log: { warn: () => undefined },
    });
  });
  afterAll(() => testApp.close());

  /** Sessions expire while the clock runs for months: sign the merchant in again. */
  async function myStore(merchant: StoreMerchant) {
    merchant.cookie = await merchantCookie(testApp, merchant.id);
    const response = await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function reminders(merchant: StoreMerchant) {
    const mail = await inbox(testApp, merchant.email);
    return mail
      .filter((message) => message.subject?.includes('service ends in'))
      .map((message) => message.subject)
      .reverse();
  }

  async function at(date: Date | string) {
    clock.set(date);
    // Twice: a second run at the same moment must not repeat anything.
    await scheduler.runAll();
    await scheduler.runAll();
  }

  it('reminds at 30, 7 and 1 days, then grace at the end and suspension 15 days later', async () => {
    clock.set('2026-01-10T00:00:00Z');
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: await designFor(testApp, merchant, { name: 'Lifecycle Lanterns' }),
    });
    const { slug } = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
    ).json();
    const end = new Date((await myStore(merchant)).serviceEndsAt);
    expect(end.toISOString()).toBe('2027-01-10T00:00:00.000Z');

    await at(new Date(end.getTime() - 31 * DAY));
    expect((await myStore(merchant)).status).toBe('active');
    expect(await reminders(merchant)).toEqual([]);

    await at(new Date(end.getTime() - 30 * DAY));
    expect((await myStore(merchant)).status).toBe('expiring');
    expect(await reminders(merchant)).toEqual(["Kaidian: your store's service ends in 30 days"]);

    await at(new Date(end.getTime() - 20 * DAY));
    expect(await reminders(merchant)).toHaveLength(1);

    await at(new Date(end.getTime() - 7 * DAY));
    await at(new Date(end.getTime() - 7 * DAY + 3_600_000));
    await at(new Date(end.getTime() - 1 * DAY));
    expect(await reminders(merchant)).toEqual([
      "Kaidian: your store's service ends in 30 days",
      "Kaidian: your store's service ends in 7 days",
      "Kaidian: your store's service ends in 1 day",
    ]);
    expect((await myStore(merchant)).status).toBe('expiring');

    await at(end);
    expect((await myStore(merchant)).status).toBe('grace');
    // The grace period keeps the storefront open; publishing waits for the renewal.
    expect((await api(testApp, 'GET', `/s/${slug}`)).statusCode).toBe(200);
    const publish = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.code).toBe('store.not_publishable');

    await at(new Date(end.getTime() + 15 * DAY - 1_000));
    expect((await myStore(merchant)).status).toBe('grace');
    await at(new Date(end.getTime() + 15 * DAY));
    expect((await myStore(merchant)).status).toBe('suspended');
    expect((await api(testApp, 'GET', `/s/${slug}`)).statusCode).toBe(404);
    const mail = await inbox(testApp, merchant.email);
    expect(
      mail.filter((message) => message.subject === 'Kaidian: your store is suspended'),
    ).toHaveLength(1);

    // Renewal: a new payment; success reactivates and runs a year from now (the end has passed).
    clock.advance(2 * DAY);
    merchant.cookie = await merchantCookie(testApp, merchant.id);
    const renewal = await api(testApp, 'POST', '/api/v1/me/store/renew', {
      cookie: merchant.cookie,
      body: { provider: 'sandbox' },
    });
    expect(renewal.statusCode, renewal.body).toBe(201);
    expect(renewal.json()).toMatchObject({
      kind: 'renewal',
      fee: { amount: 198_000 },
      deposit: { amount: 0 },
      payment: { status: 'pending' },
    });
    await api(testApp, 'POST', `/api/v1/payments/${renewal.json().payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    const renewed = await myStore(merchant);
    expect(renewed.status).toBe('active');
    expect(renewed.serviceEndsAt).toBe(
      new Date(end.getTime() + 17 * DAY + 365 * DAY).toISOString(),
    );
    expect(renewed.firstActivatedAt).toBe('2026-01-10T00:00:00.000Z');
    expect((await api(testApp, 'GET', `/s/${slug}`)).statusCode).toBe(200);
  });

  it('extends an early renewal from the current end, and reminds again for the new end', async () => {
    clock.set('2026-06-01T00:00:00Z');
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const end = new Date((await myStore(merchant)).serviceEndsAt);

    await at(new Date(end.getTime() - 10 * DAY));
    expect((await myStore(merchant)).status).toBe('expiring');
    const renewal = await api(testApp, 'POST', '/api/v1/me/store/renew', {
      cookie: merchant.cookie,
      body: { provider: 'sandbox' },
    });
    await api(testApp, 'POST', `/api/v1/payments/${renewal.json().payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    const renewed = await myStore(merchant);
    expect(renewed.status).toBe('active');
    expect(renewed.serviceEndsAt).toBe('2028-06-01T00:00:00.000Z');

    await at(end);
    expect((await myStore(merchant)).status).toBe('active');
    await at(new Date(new Date(renewed.serviceEndsAt).getTime() - 30 * DAY));
    expect((await myStore(merchant)).status).toBe('expiring');
    expect(await reminders(merchant)).toEqual([
      "Kaidian: your store's service ends in 30 days",
      "Kaidian: your store's service ends in 30 days",
    ]);
  });

  it('catches up in one run when the job has not run for a long time', async () => {
    clock.set('2026-02-01T00:00:00Z');
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    await at('2027-03-01T00:00:00Z');
    expect((await myStore(merchant)).status).toBe('suspended');
    // Missed reminders are not sent in a burst afterwards.
    expect(await reminders(merchant)).toEqual([]);
  });

  it('does not renew a store that was never paid for', async () => {
    clock.set('2026-02-01T00:00:00Z');
    const merchant = await storeMerchant(testApp);
    const response = await api(testApp, 'POST', '/api/v1/me/store/renew', {
      cookie: merchant.cookie,
      body: { provider: 'sandbox' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('store.not_found');
  });
});
