import type { Executor } from '../db/client.ts';
import { outboxMessages } from './schema.ts';

export interface OutboxEntry {
  topic: string;
  /** Same key, same message: enqueueing it again does nothing, so it is delivered once. */
  key: string;
  payload: unknown;
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Write a message in the caller's transaction. It is delivered only if that transaction
 * commits — never for a change that was rolled back.
 */
export async function enqueue(tx: Executor, entry: OutboxEntry): Promise<void> {
  await tx
    .insert(outboxMessages)
    .values({
      topic: entry.topic,
      idempotencyKey: entry.key,
      payload: entry.payload,
      ...(entry.runAt ? { runAt: entry.runAt } : {}),
      ...(entry.maxAttempts ? { maxAttempts: entry.maxAttempts } : {}),
    })
    .onConflictDoNothing({ target: outboxMessages.idempotencyKey });
}
