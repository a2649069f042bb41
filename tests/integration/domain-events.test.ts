import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composition, outboxHandlers } from '../../src/server/app-modules.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { listMilestones } from '../../src/server/modules/growth/index.ts';
import {
  deliveryTopic,
  type EventSubscriber,
  eventHandlers,
  recordEvent,
} from '../../src/server/outbox/events.ts';
import { outboxMessages } from '../../src/server/outbox/schema.ts';
import { createOutboxWorker, type OutboxHandlers } from '../../src/server/outbox/worker.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { api, merchantCookie, storeMerchant } from '../support/stores.ts';

const quietLog = { info: () => undefined, warn: () => undefined };

describe('domain events', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-05-01T08:00:00Z');

  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  const workerWith = (handlers: OutboxHandlers) =>
    createOutboxWorker({ db: testApp.database.db, handlers, clock, log: quietLog });

  const identityTaskDone = async (merchantId: string) => {
    const cookie = await merchantCookie(testApp, merchantId);
    const plan = await api(testApp, 'GET', '/api/v1/me/growth-plan', { cookie });
    const tasks: { key: string; done: boolean }[] = plan.json().tasks;
    return tasks.find((task) => task.key === 'verify_identity')?.done;
  };

  const deliveriesOf = (topic: string) =>
    testApp.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, deliveryTopic(topic, 'growth')));

  it('approving a verification completes its growth task through the kyc.approved event', async () => {
    const merchant = await storeMerchant(testApp);
    // Recorded with the approval, handled by growth only once the worker delivers it.
    const [event] = await testApp.database.db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.topic, 'kyc.approved'),
          sql`${outboxMessages.payload} -> 'data' ->> 'merchantId' = ${merchant.id}`,
        ),
      );
    expect(event).toMatchObject({ status: 'pending' });
    expect(await identityTaskDone(merchant.id)).toBe(false);

    await testApp.worker.drain();

    expect(await identityTaskDone(merchant.id)).toBe(true);
    const milestones = await listMilestones(testApp.database.db, merchant.id);
    expect(milestones).toContainEqual({ milestone: 'kyc_approved', reachedAt: clock.now() });
  });

  it('completes the task when the growth subscriber first fails and is retried, without re-running the others', async () => {
    const merchant = await storeMerchant(testApp);
    const growth = composition.subscribers['kyc.approved']?.find((s) => s.module === 'growth');
    if (!growth) throw new Error('growth does not subscribe to kyc.approved');
    let growthCalls = 0;
    const otherCalls: string[] = [];
    const flakyGrowth: EventSubscriber = async (tx, event) => {
      growthCalls += 1;
      if (growthCalls === 1) throw new Error('growth is briefly unavailable');
      await growth.subscriber(tx, event);
    };
    const other: EventSubscriber = async (_tx, event: { data: { merchantId: string } }) => {
      otherCalls.push(event.data.merchantId);
    };
    const worker = workerWith({
      ...outboxHandlers({ email: testApp.deps.email, sms: testApp.deps.sms, publicUrl: '' }),
      ...eventHandlers(['kyc.approved'], {
        'kyc.approved': [
          { module: 'growth', subscriber: flakyGrowth },
          { module: 'search', subscriber: other },
        ],
      }),
    });

    await worker.drain();
    expect(growthCalls).toBe(1);
    expect(otherCalls).toEqual([merchant.id]);
    expect(await identityTaskDone(merchant.id)).toBe(false);
    const [failed] = await deliveriesOf('kyc.approved').then((rows) =>
      rows.filter((row) => row.status === 'pending'),
    );
    expect(failed).toMatchObject({ attempts: 1, lastError: 'growth is briefly unavailable' });

    // Not before its backoff; then it is retried on its own.
    expect(await worker.drain()).toBe(0);
    clock.advance(60 * 60 * 1000);
    expect(await worker.drain()).toBe(1);

    expect(growthCalls).toBe(2);
    expect(otherCalls).toEqual([merchant.id]);
    expect(await identityTaskDone(merchant.id)).toBe(true);
  });

  it('never delivers an event recorded in a transaction that rolled back', async () => {
    const merchant = await storeMerchant(testApp, { identityName: null });
    await expect(
      withTx(testApp.database.db, async (tx) => {
        await recordEvent(tx, {
          topic: 'kyc.approved',
          key: `kyc.approved:rolled-back:${merchant.id}`,
          occurredAt: clock.now(),
          data: { merchantId: merchant.id },
        });
        throw new Error('the approval failed');
      }),
    ).rejects.toThrow('the approval failed');

    await testApp.worker.drain();
    expect(await identityTaskDone(merchant.id)).toBe(false);
    expect(await listMilestones(testApp.database.db, merchant.id)).not.toContainEqual(
      expect.objectContaining({ milestone: 'kyc_approved' }),
    );
  });

  it('wakes a listening worker when an event commits: its subscriber runs at once, not at the next poll', async () => {
    let delivered: (n: number) => void = () => undefined;
    const handled = new Promise<number>((resolve) => {
      delivered = resolve;
    });
    const worker = createOutboxWorker({
      db: testApp.database.db,
      handlers: eventHandlers(['test.woken'], {
        'test.woken': [
          {
            module: 'first',
            subscriber: async (_tx, event: { data: { n: number } }) => delivered(event.data.n),
          },
        ],
      }),
      clock,
      log: quietLog,
      pollIntervalMs: 60_000,
      listenUrl: testApp.database.url,
    });
    worker.start();
    try {
      // Once its first poll found nothing and its listener is up, only a notification wakes it.
      for (let tries = 0; tries < 100; tries += 1) {
        const { rows } = await testApp.database.pool.query(
          `SELECT 1 FROM pg_stat_activity
            WHERE application_name = 'kaidian-outbox-listener' AND query LIKE 'LISTEN%'
              AND datname = current_database()`,
        );
        if (rows.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await recordEvent(testApp.database.db, {
        topic: 'test.woken',
        key: 'test.woken:1',
        occurredAt: clock.now(),
        data: { n: 1 },
      });
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
      expect(await Promise.race([handled, timeout])).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it('two workers deliver each event to each subscriber once', async () => {
    await testApp.worker.drain();
    const handled: string[] = [];
    const slow =
      (module: string): EventSubscriber =>
      async (_tx, event: { data: { n: number } }) => {
        // Make the race real: each delivery holds its row for a moment.
        await new Promise((resolve) => setTimeout(resolve, 3));
        handled.push(`${module}:${event.data.n}`);
      };
    const handlers = eventHandlers(['test.happened'], {
      'test.happened': [
        { module: 'first', subscriber: slow('first') },
        { module: 'second', subscriber: slow('second') },
      ],
    });
    await withTx(testApp.database.db, async (tx) => {
      for (let n = 0; n < 20; n += 1) {
        await recordEvent(tx, {
          topic: 'test.happened',
          key: `test.happened:${n}`,
          occurredAt: clock.now(),
          data: { n },
        });
      }
    });

    const [a, b] = [workerWith(handlers), workerWith(handlers)];
    const [countA, countB] = await Promise.all([a.drain(), b.drain()]);

    // 20 events, each fanned out to 2 deliveries.
    expect(countA + countB).toBe(60);
    expect(countA).toBeGreaterThan(0);
    expect(countB).toBeGreaterThan(0);
    expect(handled).toHaveLength(40);
    expect(new Set(handled).size).toBe(40);
  });
});
