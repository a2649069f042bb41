/** The sessions module's public surface. */
import { defineModule } from '../../module.ts';
import { sessionErrors } from './errors.ts';

export { createSession } from './create-session.ts';
export {
  assertRecentlyAuthenticated,
  listLiveSessions,
  markReauthenticated,
  revokeAllSessions,
  revokeSession,
} from './manage-sessions.ts';
export { reauthWindowMs, SESSION_POLICIES, sessionPolicy } from './policy.ts';
export {
  isSessionLive,
  resolveSession,
  resolveSessionWithSubject,
  type SessionLiveness,
  type SessionSubject,
} from './resolve-session.ts';
export type { Session, SubjectType } from './schema.ts';

export const sessionsModule = defineModule({ name: 'sessions', errors: sessionErrors });
