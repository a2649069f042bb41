import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { type ApiError, client, dataOf } from '../../api/client';
import { onSessionEnded } from '../../api/query';
import { type SessionStatus, useSession } from '../../ui/useSession';
import type { Operator } from './operator';

export type OperatorAuthStatus = SessionStatus;

type OperatorAuth = {
  status: OperatorAuthStatus;
  /** The signed-in operator; null unless `status` is 'signedIn'. */
  operator: Operator | null;
  error: ApiError | null;
  refresh: () => Promise<void>;
  signedIn: (operator: Operator) => void;
  signOut: () => Promise<void>;
};

const OperatorAuthContext = createContext<OperatorAuth | null>(null);

const loadOperator = () =>
  dataOf(client.GET('/api/v1/admin/auth/session')).then((session) =>
    session.signedIn ? session.operator : null,
  );
const logOut = () => client.POST('/api/v1/admin/auth/logout');

/**
 * The operator signed in to the console, from GET /admin/auth/session. Separate from the merchant's
 * session (its own cookie): one browser can be both, and neither sees the other's pages.
 */
export function OperatorAuthProvider({ children }: { children: ReactNode }) {
  const session = useSession({ load: loadOperator, logout: logOut, signInPath: '/admin/login' });
  const { refresh } = session;
  useEffect(() => onSessionEnded('operator', () => void refresh()), [refresh]);
  const value = useMemo<OperatorAuth>(() => ({ ...session, operator: session.subject }), [session]);
  return <OperatorAuthContext.Provider value={value}>{children}</OperatorAuthContext.Provider>;
}

export function useOperatorAuth(): OperatorAuth {
  const auth = useContext(OperatorAuthContext);
  if (!auth) throw new Error('useOperatorAuth() must be used inside <OperatorAuthProvider>');
  return auth;
}

/** The signed-in operator, for pages behind <RequireOperator>. */
export function useOperator(): Operator {
  const { operator } = useOperatorAuth();
  if (!operator) throw new Error('useOperator() is only for pages behind <RequireOperator>');
  return operator;
}
