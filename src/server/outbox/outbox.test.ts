import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { ManualClock } from '../clock.ts';
import { withTx } from '../db/client.ts';
import { enqueue } from './enqueue.ts';
import { listFailedMessages, outboxDepth, retryFailedMessage } from './manage.ts';
import { outboxMessages } from './schema.ts';
import { createOutboxWorker, type OutboxHandlers } from './worker.ts';

const quietLog = { info: () => undefined, warn: () => undefined };

describe('transactional outbox', () => {
  let database: TestDatabase;
  const clock = new ManualClock('2026-03-01T00:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(outboxMessages);
  });

  function recordingWorker(delivered: string[], handlers?: OutboxHandlers) {
    return createOutboxWorker({
      db: database.db,
      clock,
      log: quietLog,
      handlers: handlers ?? {
        test: async (_tx, message) => {
          delivered.push(message.idempotencyKey);
        },
      },
    });
  }

  it('never sends a message written in a transaction that rolled back', async () => {
    await expect(
      withTx(database.db, async (tx) => {
        await enqueue(tx, { topic: 'test', key: 'rolled-back', payload: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const delivered: string[] = [];
    expect(await recordingWorker(delivered).drain()).toBe(0);
    expect(delivered).toEqual([]);
  });

  it('sends a committed message exactly once even when two workers run at once', async () => {
    await withTx(database.db, async (tx) => {
      for (let i = 0; i < 40; i += 1)
        await enqueue(tx, { topic: 'test', key: `m${i}`, payload: { i } });
    });
    const delivered: string[] = [];
    const slowHandlers: OutboxHandlers = {
      test: async (_tx, message) => {
        // Make the race real: each delivery holds its row for a moment.
        await new Promise((resolve) => setTimeout(resolve, 5));
        delivered.push(message.idempotencyKey);
      },
    };
    const [a, b] = [
      recordingWorker(delivered, slowHandlers),
      recordingWorker(delivered, slowHandlers),
    ];
    const [countA, countB] = await Promise.all([a.drain(), b.drain()]);

    expect(countA + countB).toBe(40);
    expect(countA).toBeGreaterThan(0);
    expect(countB).toBeGreaterThan(0);
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered).size).toBe(40);
    expect((await outboxDepth(database.db)).sent).toBe(40);
  });

  it('enqueueing the same key twice delivers once', async () => {
    await enqueue(database.db, { topic: 'test', key: 'same', payload: { n: 1 } });
    await enqueue(database.db, { topic: 'test', key: 'same', payload: { n: 2 } });
    const delivered: string[] = [];
    await recordingWorker(delivered).drain();
    expect(delivered).toEqual(['same']);
  });

  it('retries with growing delays, then marks the message failed and lets an operator retry it', async () => {
    await database.db
      .insert(outboxMessages)
      .values({ topic: 'test', idempotencyKey: 'flaky', payload: {}, maxAttempts: 3 });
    let calls = 0;
    const worker = recordingWorker([], {
      test: async () => {
        calls += 1;
        throw new Error(`smtp down (${calls})`);
      },
    });

    expect(await worker.processNext()).toBe(true);
    const [afterFirst] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.idempotencyKey, 'flaky'));
    expect(afterFirst).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'smtp down (1)',
    });
    // Not due again until its backoff has passed.
    expect(await worker.processNext()).toBe(false);
    expect(afterFirst!.runAt!.getTime()).toBeGreaterThan(clock.now().getTime());

    clock.advance(60 * 60 * 1000);
    await worker.processNext();
    clock.advance(60 * 60 * 1000);
    await worker.processNext();
    const failed = await listFailedMessages(database.db);
    expect(failed.map((m) => [m.idempotencyKey, m.attempts, m.lastError])).toEqual([
      ['flaky', 3, 'smtp down (3)'],
    ]);
    clock.advance(60 * 60 * 1000);
    expect(await worker.processNext()).toBe(false);

    await retryFailedMessage(database.db, failed[0]!.id, clock);
    expect(await worker.processNext()).toBe(true);
    expect(calls).toBe(4);
  });

  it("undoes a failed handler's own writes but keeps the attempt", async () => {
    await enqueue(database.db, { topic: 'test', key: 'writes-then-fails', payload: {} });
    const worker = recordingWorker([], {
      test: async (tx) => {
        await enqueue(tx, { topic: 'test', key: 'side-effect', payload: {} });
        throw new Error('failed after writing');
      },
    });
    await worker.processNext();
    const keys = (await database.db.select().from(outboxMessages)).map((m) => m.idempotencyKey);
    expect(keys).toEqual(['writes-then-fails']);
  });
});
