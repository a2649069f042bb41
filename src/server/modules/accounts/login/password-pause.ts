import { and, count, eq, gt, lt, lte } from 'drizzle-orm';
import { bigserial, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { durationMs, type SettingsReader } from '../../settings/index.ts';

// Mirrors migrations/0008_password_sign_in_pauses.sql, which is what the database runs.

export const passwordFailures = pgTable('password_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  scope: text('scope').notNull(),
  failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
});

export const passwordSignInPauses = pgTable('password_sign_in_pauses', {
  scope: text('scope').primaryKey(),
  pausedUntil: timestamp('paused_until', { withTimezone: true }).notNull(),
});

const HOUR = 3600 * 1000;

/** SPEC §1: wrong passwords are counted over an hour (the limit and pause are settings). */
const FAILURE_WINDOW_MS = HOUR;

/**
 * What the wrong passwords are counted against: the account when the address has one, so its
 * e-mail and its phone are one count; otherwise the address, paused exactly like a known one.
 */
export const passwordScope = (merchantId: string | null, address: string) =>
  merchantId ? `merchant:${merchantId}` : `address:${address}`;

/** The refusal to answer with while password sign-in is paused for the scope, or null. */
export async function passwordPause(
  db: Executor,
  scope: string,
  clock: Clock,
): Promise<AppError | null> {
  const now = clock.now();
  const [pause] = await db
    .select({ pausedUntil: passwordSignInPauses.pausedUntil })
    .from(passwordSignInPauses)
    .where(and(eq(passwordSignInPauses.scope, scope), gt(passwordSignInPauses.pausedUntil, now)));
  if (!pause) return null;
  const retryAfter = Math.max(1, Math.ceil((pause.pausedUntil.getTime() - now.getTime()) / 1000));
  return new AppError('auth.password_sign_in_paused', undefined, {
    retryAfter,
    minutes: Math.ceil(retryAfter / 60),
  });
}

/**
 * Count one wrong password. The one that reaches the limit pauses password sign-in and answers
 * when it resumes; only that one (not the tries after it, nor a concurrent one) starts a pause,
 * so the owner is told once per pause.
 */
export async function recordPasswordFailure(
  db: Executor,
  scope: string,
  clock: Clock,
  settings: SettingsReader,
): Promise<{ pausedUntil: Date } | null> {
  const now = clock.now();
  await db.insert(passwordFailures).values({ scope, failedAt: now });
  const [row] = await db
    .select({ failures: count() })
    .from(passwordFailures)
    .where(
      and(
        eq(passwordFailures.scope, scope),
        gt(passwordFailures.failedAt, new Date(now.getTime() - FAILURE_WINDOW_MS)),
      ),
    );
  if ((row?.failures ?? 0) < settings.get('login.password_max_failures')) return null;
  const pausedUntil = new Date(
    now.getTime() + durationMs(settings, 'login.password_pause_minutes'),
  );
  // Only a new pause (no row, or one that has ended) returns a row: a running one is left as is.
  const [started] = await db
    .insert(passwordSignInPauses)
    .values({ scope, pausedUntil })
    .onConflictDoUpdate({
      target: passwordSignInPauses.scope,
      set: { pausedUntil },
      setWhere: lte(passwordSignInPauses.pausedUntil, now),
    })
    .returning({ pausedUntil: passwordSignInPauses.pausedUntil });
  return started ?? null;
}

/** A new password ends the pause and forgets the wrong ones that led to it. */
export async function endPasswordPause(db: Executor, merchantId: string): Promise<void> {
  const scope = passwordScope(merchantId, '');
  await db.delete(passwordSignInPauses).where(eq(passwordSignInPauses.scope, scope));
  await db.delete(passwordFailures).where(eq(passwordFailures.scope, scope));
}

/** Periodic clean-up: ended pauses and failures older than the window are only clutter. */
export async function prunePasswordPauses(db: Executor, now: Date): Promise<void> {
  await db.delete(passwordSignInPauses).where(lte(passwordSignInPauses.pausedUntil, now));
  await db
    .delete(passwordFailures)
    .where(lt(passwordFailures.failedAt, new Date(now.getTime() - 2 * FAILURE_WINDOW_MS)));
}
