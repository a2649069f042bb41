import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../src/server/app-modules.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { createScheduler, type Scheduler } from '../../src/server/jobs/scheduler.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { openStore, storeMerchant } from '../support/stores.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('every status move leaves a history row: who, when, from, to, why', () => {
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

  async function history(entityType: string, entityId: string) {
    const { rows } = await testApp.database.pool.query(
      `SELECT from_status AS "from", to_status AS "to", actor_kind AS "actorKind",
              actor_id AS "actorId", reason
         FROM status_history WHERE entity_type = $1 AND entity_id = $2 ORDER BY at, id`,
      [entityType, entityId],
    );
    return rows;
  }

  async function storeOf(merchantId: string) {
    const { rows } = await testApp.database.pool.query<{ id: string; purchase_id: string }>(
      `SELECT s.id, p.id AS purchase_id FROM stores s JOIN store_purchases p ON p.store_id = s.id
        WHERE s.merchant_id = $1`,
      [merchantId],
    );
    if (!rows[0]) throw new Error('no store');
    return rows[0];
  }

  it('a verification submitted by the merchant and approved by an operator', async () => {
    const merchant = await storeMerchant(testApp);
    const { rows } = await testApp.database.pool.query<{ id: string; decided_by: string }>(
      'SELECT id, decided_by FROM kyc_submissions WHERE merchant_id = $1',
      [merchant.id],
    );
    const [submission] = rows;
    expect(await history('verification', submission?.id ?? '')).toEqual([
      { from: null, to: 'pending', actorKind: 'merchant', actorId: merchant.id, reason: null },
      {
        from: 'pending',
        to: 'approved',
        actorKind: 'operator',
        actorId: submission?.decided_by,
        reason: null,
      },
    ]);
  });

  it('a sandbox payment succeeds, settling the purchase and opening the store', async () => {
    const merchant = await storeMerchant(testApp);
    const { purchase } = await openStore(testApp, merchant);
    const store = await storeOf(merchant.id);
    const byProvider = { actorKind: 'provider', actorId: 'sandbox' };
    expect(await history('payment', purchase.payment.id)).toEqual([
      { from: 'pending', to: 'succeeded', ...byProvider, reason: null },
    ]);
    expect(await history('store_purchase', store.purchase_id)).toEqual([
      { from: 'pending_payment', to: 'paid', ...byProvider, reason: null },
    ]);
    expect(await history('store', store.id)).toEqual([
      { from: 'pending_payment', to: 'active', ...byProvider, reason: 'open' },
    ]);
  });

  it('the lifecycle job moves a store to expiring, grace and suspended, each recorded', async () => {
    clock.set('2026-01-10T00:00:00Z');
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const store = await storeOf(merchant.id);
    const end = new Date('2027-01-10T00:00:00Z');
    for (const moment of [end.getTime() - 30 * DAY, end.getTime(), end.getTime() + 15 * DAY]) {
      clock.set(new Date(moment));
      await scheduler.runAll();
      await scheduler.runAll();
    }
    const byJob = { actorKind: 'system', actorId: 'stores.lifecycle', reason: 'service_end' };
    expect((await history('store', store.id)).slice(1)).toEqual([
      { from: 'active', to: 'expiring', ...byJob },
      { from: 'expiring', to: 'grace', ...byJob },
      { from: 'grace', to: 'suspended', ...byJob },
    ]);
  });
});
