import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Clock } from '../clock.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../errors.ts';

export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Count one hit against `key` in the current fixed window; throws `http.rate_limited` (429 with
 * Retry-After) past the limit. Kept in the database so every app instance shares the count.
 */
export async function enforceRateLimit(
  db: Executor,
  key: string,
  rule: RateLimitRule,
  clock: Clock,
): Promise<void> {
  const now = clock.now().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  if ((row?.count ?? 0) > rule.limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
    throw new AppError('http.rate_limited', undefined, { retryAfter });
  }
}

/** Old windows are useless; the outbox's periodic jobs call this to keep the table small. */
export async function pruneRateLimitCounters(db: Executor, clock: Clock): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limit_counters WHERE window_start < ${new Date(clock.now().getTime() - 2 * 24 * 3600 * 1000)}`,
  );
}
