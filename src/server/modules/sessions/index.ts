/** The sessions module's public surface. */
export { createSession } from './create-session.ts';
export {
  assertRecentlyAuthenticated,
  listLiveSessions,
  markReauthenticated,
  revokeAllSessions,
  revokeSession,
} from './manage-sessions.ts';
export { REAUTH_WINDOW_MS, SESSION_POLICIES } from './policy.ts';
export { isSessionLive, resolveSession } from './resolve-session.ts';
export type { Session, SubjectType } from './schema.ts';
