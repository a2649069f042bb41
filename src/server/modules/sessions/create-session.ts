import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import type { SettingsReader } from '../settings/index.ts';
import { sessionPolicy } from './policy.ts';
import { type Session, type SubjectType, sessions } from './schema.ts';
import { hashToken, newSessionToken } from './tokens.ts';

export interface NewSession {
  subjectType: SubjectType;
  subjectId: string;
  userAgent?: string | undefined;
  ip?: string | undefined;
}

/** Sign someone in: a new session whose token goes into the cookie and nowhere else. */
export async function createSession(
  tx: Executor,
  input: NewSession,
  clock: Clock,
  settings: SettingsReader,
): Promise<{ token: string; session: Session }> {
  const policy = sessionPolicy(settings, input.subjectType);
  const now = clock.now();
  const token = newSessionToken();
  const [session] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteMs),
      idleTimeoutSeconds: Math.round(policy.idleMs / 1000),
      reauthenticatedAt: now,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip ?? null,
    })
    .returning();
  if (!session) throw new Error('session insert returned nothing');
  return { token, session };
}
