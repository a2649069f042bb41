/** The sessions module's public surface. */
import { defineModule } from '../../module.ts';
import { sessionErrors } from './errors.ts';
import { sessionCacheOfApp } from './session-cache.ts';

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
export { SESSIONS_LISTENER_NAME } from './session-cache.ts';

export const sessionsModule = defineModule({
  name: 'sessions',
  // No routes of its own: what it opens with each app instance (its cache of live sessions).
  routes: [sessionCacheOfApp],
  errors: sessionErrors,
});
