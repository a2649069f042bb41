import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { SettingsReader } from '../settings/index.ts';
import { reauthWindowMs } from './policy.ts';
import { isSessionLive } from './resolve-session.ts';
import { type Session, type SubjectType, sessions } from './schema.ts';

/** Live sessions of one person, newest first (the account page's "where you are signed in"). */
export async function listLiveSessions(
  db: Executor,
  subjectType: SubjectType,
  subjectId: string,
  clock: Clock,
) {
  const now = clock.now();
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.subjectType, subjectType),
        eq(sessions.subjectId, subjectId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.filter((session) => isSessionLive(session, now));
}

/** End one of the person's own sessions; someone else's session id is simply not found. */
export async function revokeSession(
  db: Executor,
  owner: { subjectType: SubjectType; subjectId: string },
  sessionId: string,
  clock: Clock,
): Promise<void> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.subjectType, owner.subjectType),
        eq(sessions.subjectId, owner.subjectId),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ id: sessions.id });
  if (revoked.length === 0) throw new AppError('auth.session_not_found');
}

/** Sign out everywhere else (after a password change or reset), or everywhere when keep is null. */
export async function revokeAllSessions(
  db: Executor,
  subjectType: SubjectType,
  subjectId: string,
  keepSessionId: string | null,
  clock: Clock,
): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(
      and(
        eq(sessions.subjectType, subjectType),
        eq(sessions.subjectId, subjectId),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return revoked.length;
}

export async function markReauthenticated(
  db: Executor,
  sessionId: string,
  clock: Clock,
): Promise<void> {
  await db
    .update(sessions)
    .set({ reauthenticatedAt: clock.now() })
    .where(eq(sessions.id, sessionId));
}

/** Guard for sensitive actions (change e-mail, phone, password, payout account, deposit refund). */
export function assertRecentlyAuthenticated(
  session: Session,
  clock: Clock,
  settings: SettingsReader,
): void {
  if (clock.now().getTime() - session.reauthenticatedAt.getTime() > reauthWindowMs(settings)) {
    throw new AppError('auth.reauth_required');
  }
}
