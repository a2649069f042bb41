import { and, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { outboxMessages } from './schema.ts';

/** How many messages wait in each state (the /metrics outbox depth). */
export async function outboxDepth(
  db: Executor,
): Promise<Record<'pending' | 'sent' | 'failed', number>> {
  const rows = await db
    .select({ status: outboxMessages.status, count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .groupBy(outboxMessages.status);
  const depth = { pending: 0, sent: 0, failed: 0 };
  for (const row of rows) depth[row.status] = row.count;
  return depth;
}

export async function listFailedMessages(db: Executor, limit = 100) {
  return db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.status, 'failed'))
    .orderBy(desc(outboxMessages.processedAt))
    .limit(limit);
}

/** Give a failed message a fresh set of attempts, starting now. */
export async function retryFailedMessage(db: Executor, id: number, clock: Clock): Promise<void> {
  const updated = await db
    .update(outboxMessages)
    .set({ status: 'pending', attempts: 0, runAt: clock.now(), processedAt: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'failed')))
    .returning({ id: outboxMessages.id });
  if (updated.length === 0) throw new AppError('outbox.not_failed', undefined, { id });
}
