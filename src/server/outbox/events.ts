import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { insertUnnest } from '../db/insert-unnest.ts';
import { enqueue } from './enqueue.ts';
import { type OutboxMessage, outboxMessages } from './schema.ts';
import { OUTBOX_CHANNEL, type OutboxHandlers } from './worker.ts';

/** Something that happened in a module, as its subscribers in other modules see it. */
export interface DomainEvent<T = Record<string, unknown>> {
  topic: string;
  occurredAt: Date;
  data: T;
}

/** What one module does when an event happens. It runs from the outbox worker, once per event. */
export type EventSubscriber = (tx: Tx, event: DomainEvent<never>) => Promise<void>;

interface StoredEvent {
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * Record what happened, in the caller's transaction: an event of a change that rolls back is
 * never delivered. The key makes it once: recording the same key again does nothing. The
 * workers are woken at commit (NOTIFY is transactional), so subscribers follow within moments.
 */
export async function recordEvent(
  tx: Executor,
  event: { topic: string; key: string; occurredAt: Date; data: Record<string, unknown> },
): Promise<void> {
  const payload: StoredEvent = { occurredAt: event.occurredAt.toISOString(), data: event.data };
  await enqueue(tx, { topic: event.topic, key: `event:${event.key}`, payload });
  await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/**
 * recordEvent for many events at once, as a bulk change records them: one INSERT (one array per
 * column) and one NOTIFY, whatever their number.
 */
export async function recordEvents(
  tx: Executor,
  events: readonly {
    topic: string;
    key: string;
    occurredAt: Date;
    data: Record<string, unknown>;
  }[],
): Promise<void> {
  if (events.length === 0) return;
  await insertUnnest(
    tx,
    outboxMessages,
    events.map((event) => ({
      topic: event.topic,
      idempotencyKey: `event:${event.key}`,
      payload: {
        occurredAt: event.occurredAt.toISOString(),
        data: event.data,
      } satisfies StoredEvent,
    })),
    { onConflictDoNothing: true },
  );
  await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/** The outbox topic of one subscriber's delivery of an event. */
export function deliveryTopic(topic: string, subscriber: string): string {
  return `${topic}>${subscriber}`;
}

/**
 * The worker's handlers for events: an event row fans out into one delivery row per subscribing
 * module, each then retried with the outbox's backoff on its own, so a failing subscriber neither
 * holds up nor re-runs the others. Both rows are claimed with SKIP LOCKED and keyed, so every
 * subscriber handles an event once even with several workers.
 */
export function eventHandlers(
  published: readonly string[],
  subscribers: Record<string, { module: string; subscriber: EventSubscriber }[]>,
): OutboxHandlers {
  const handlers: OutboxHandlers = {};
  for (const topic of published) {
    const subscribed = subscribers[topic] ?? [];
    handlers[topic] = async (tx, message) => {
      for (const { module } of subscribed) {
        await enqueue(tx, {
          topic: deliveryTopic(topic, module),
          key: `${message.idempotencyKey}>${module}`,
          payload: message.payload,
        });
      }
    };
    for (const { module, subscriber } of subscribed) {
      handlers[deliveryTopic(topic, module)] = (tx, message) =>
        subscriber(tx, eventOf(topic, message) as DomainEvent<never>);
    }
  }
  return handlers;
}

function eventOf(topic: string, message: OutboxMessage): DomainEvent {
  const stored = message.payload as StoredEvent;
  return { topic, occurredAt: new Date(stored.occurredAt), data: stored.data };
}
