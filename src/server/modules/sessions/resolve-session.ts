import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { TOUCH_INTERVAL_MS } from './policy.ts';
import { type Session, type SubjectType, sessions } from './schema.ts';
import { hashToken } from './tokens.ts';

export function isSessionLive(session: Session, now: Date): boolean {
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
  const now = clock.now();
  if (!session || !isSessionLive(session, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
    session.lastSeenAt = now;
  }
  return session;
}
