import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import pg from 'pg';
import type { Clock } from '../clock.ts';
import { type Db, type Tx, withTx } from '../db/client.ts';
import { pollRetryDelayMs, retryDelayMs } from './backoff.ts';
import { type OutboxMessage, outboxMessages } from './schema.ts';

/** Delivers one message. It runs inside the claim's transaction (in a savepoint). */
export type OutboxHandler = (tx: Tx, message: OutboxMessage) => Promise<void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

export interface OutboxWorkerOptions {
  db: Db;
  handlers: OutboxHandlers;
  clock: Clock;
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  pollIntervalMs?: number;
  /**
   * Listen on this database for recorded events (NOTIFY at their commit), so that a subscriber
   * runs at once rather than at the next poll. Without it, or while that connection is down,
   * the worker polls.
   */
  listenUrl?: string;
}

/** The channel a committed event is announced on (see recordEvent). */
export const OUTBOX_CHANNEL = 'kaidian_outbox';

export interface OutboxWorker {
  start(): void;
  /** Finish the message in hand, then stop. */
  stop(): Promise<void>;
  /** Claim and deliver one due message; false when none is due. */
  processNext(): Promise<boolean>;
  /** Deliver everything due now (tests, CLI). */
  drain(): Promise<number>;
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, handlers, clock, log } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let listener: pg.Client | null = null;

  async function listen(url: string): Promise<void> {
    const client = new pg.Client({
      connectionString: url,
      application_name: 'kaidian-outbox-listener',
      connectionTimeoutMillis: 5_000,
    });
    // A lost connection only slows delivery down to the poll; it must never crash the process.
    client.on('error', (error) => {
      log.warn({ error: error.message }, 'outbox listener lost; polling');
      if (listener === client) listener = null;
      client.end().catch(() => undefined);
    });
    client.on('notification', () => wake?.());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      log.warn({ error: (error as Error).message }, 'outbox listener not started; polling');
      await client.end().catch(() => undefined);
      return;
    }
    if (!running) await client.end().catch(() => undefined);
    else listener = client;
  }

  async function processNext(): Promise<boolean> {
    return withTx(db, async (tx) => {
      // SKIP LOCKED: several workers (or app instances) share the table; each row is held by
      // exactly one of them until its transaction ends, so no message is delivered twice.
      const [message] = await tx
        .select()
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.status, 'pending'),
            or(isNull(outboxMessages.runAt), lte(outboxMessages.runAt, clock.now())),
          ),
        )
        .orderBy(sql`${outboxMessages.runAt} ASC NULLS FIRST`, asc(outboxMessages.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return false;

      const attempts = message.attempts + 1;
      try {
        const handler = handlers[message.topic];
        if (!handler) throw new Error(`no handler for outbox topic "${message.topic}"`);
        // A savepoint: a handler that fails leaves none of its writes behind, yet the attempt
        // itself is still recorded below.
        await tx.transaction((savepoint) => handler(savepoint, message));
        await tx
          .update(outboxMessages)
          .set({ status: 'sent', attempts, processedAt: clock.now(), lastError: null })
          .where(eq(outboxMessages.id, message.id));
      } catch (error) {
        const lastError = error instanceof Error ? error.message : String(error);
        const failed = attempts >= message.maxAttempts;
        await tx
          .update(outboxMessages)
          .set({
            attempts,
            lastError: lastError.slice(0, 2000),
            status: failed ? 'failed' : 'pending',
            runAt: new Date(clock.now().getTime() + retryDelayMs(attempts)),
            processedAt: failed ? clock.now() : null,
          })
          .where(eq(outboxMessages.id, message.id));
        log.warn(
          { outboxId: message.id, topic: message.topic, attempts, failed, error: lastError },
          failed ? 'outbox message failed for good' : 'outbox delivery failed; will retry',
        );
      }
      return true;
    });
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      let worked = false;
      try {
        worked = await processNext();
        failures = 0;
      } catch (error) {
        // Database unreachable or similar: wait longer after each failure rather than spin, and
        // pick up again at the normal pace once it answers.
        failures += 1;
        log.warn(
          { error: (error as Error).message, failures },
          'outbox worker could not claim a message',
        );
      }
      if (!worked && running) {
        const delayMs =
          failures === 0 ? pollIntervalMs : pollRetryDelayMs(failures, pollIntervalMs);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delayMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  }

  return {
    processNext,
    start() {
      if (running) return;
      running = true;
      loop = run();
      if (options.listenUrl) void listen(options.listenUrl);
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
      await listener?.end().catch(() => undefined);
      listener = null;
    },
    async drain() {
      let delivered = 0;
      while (await processNext()) delivered += 1;
      return delivered;
    },
  };
}
