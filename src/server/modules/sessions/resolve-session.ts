import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Clock } from '../../clock.ts';
import type { Db, Executor } from '../../db/client.ts';
import { TOUCH_INTERVAL_MS } from './policy.ts';
import { type Session, type SubjectType, sessions } from './schema.ts';
import { sessionCacheOf } from './session-cache.ts';
import { hashToken } from './tokens.ts';

/** What deciding whether a session is live reads of it. */
export type SessionLiveness = Pick<
  Session,
  'id' | 'subjectId' | 'revokedAt' | 'expiresAt' | 'lastSeenAt' | 'idleTimeoutSeconds'
>;

export function isSessionLive(session: SessionLiveness, now: Date): boolean {
  if (session.revokedAt) return false;
  if (now >= session.expiresAt) return false;
  return now.getTime() - session.lastSeenAt.getTime() < session.idleTimeoutSeconds * 1000;
}

/** The live session a cookie token stands for, or null; using it keeps it from going idle. */
export async function resolveSession(
  db: Executor,
  subjectType: SubjectType,
  token: string | undefined,
  clock: Clock,
): Promise<Session | null> {
  if (!token || token.length > 200) return null;
  const [session] = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        eq(sessions.subjectType, subjectType),
        isNull(sessions.revokedAt),
      ),
    );
  return session ? liveAndTouched(db, session, clock) : null;
}

/** The session if live; seen now (written at most once a TOUCH_INTERVAL, not per request). */
async function liveAndTouched<S extends SessionLiveness>(db: Executor, session: S, clock: Clock) {
  const now = clock.now();
  if (!isSessionLive(session, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
    session.lastSeenAt = now;
  }
  return session;
}

/**
 * Whom a session's subject id names, in the subject's owner module's table (the merchant's
 * account): handed in by that module, so that a hot route reads session and subject in one query.
 */
export interface SessionSubject<Row> {
  /** Names the prepared statement. */
  name: string;
  table: PgTable;
  id: PgColumn;
  /** Only the columns the route answers with, as a select shape: each one is parsed per request. */
  columns: Record<string, PgColumn>;
  /** The row's type (never set). */
  readonly row?: Row;
}

const livenessColumns = {
  id: sessions.id,
  subjectId: sessions.subjectId,
  revokedAt: sessions.revokedAt,
  expiresAt: sessions.expiresAt,
  lastSeenAt: sessions.lastSeenAt,
  idleTimeoutSeconds: sessions.idleTimeoutSeconds,
};

type SubjectLookup = {
  execute(values: { tokenHash: Buffer }): Promise<{ session: SessionLiveness; subject: unknown }[]>;
};
// Prepared once per database and subject: no query building per request.
const subjectLookups = new WeakMap<Db, Map<string, SubjectLookup>>();

function subjectLookup(db: Db, subjectType: SubjectType, subject: SessionSubject<unknown>) {
  const name = `session_${subjectType}_${subject.name}`;
  let lookups = subjectLookups.get(db);
  if (!lookups) {
    lookups = new Map();
    subjectLookups.set(db, lookups);
  }
  let lookup = lookups.get(name);
  if (!lookup) {
    lookup = db
      .select({ session: livenessColumns, subject: subject.columns })
      .from(sessions)
      .innerJoin(subject.table, eq(subject.id, sessions.subjectId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          eq(sessions.subjectType, subjectType),
          isNull(sessions.revokedAt),
        ),
      )
      .prepare(name) as unknown as SubjectLookup;
    lookups.set(name, lookup);
  }
  return lookup;
}

/** resolveSession, with the subject's row read in the same query (null if either is missing). */
export async function resolveSessionWithSubject<Row>(
  db: Db,
  subjectType: SubjectType,
  token: string | undefined,
  clock: Clock,
  subject: SessionSubject<Row>,
): Promise<{ session: SessionLiveness; subject: Row } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  // Held for a few seconds by an app instance, forgotten at any change (session-cache.ts).
  const cache = sessionCacheOf(db);
  const key = `${subjectType}:${subject.name}:${tokenHash.toString('base64')}`;
  let row = cache?.get(key);
  if (!row) {
    const generation = cache?.generation() ?? 0;
    [row] = await subjectLookup(db, subjectType, subject).execute({ tokenHash });
    if (!row) return null;
    cache?.put(key, row, generation);
  }
  const session = await liveAndTouched(db, row.session, clock);
  return session ? { session, subject: row.subject as Row } : null;
}
