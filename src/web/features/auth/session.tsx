import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type ApiError, api } from '../../api';
import { type SessionStatus, useSession } from '../../ui/useSession';
import type { Account } from './account';

export type AuthStatus = SessionStatus;

type Auth = {
  status: AuthStatus;
  /** The signed-in merchant; null unless `status` is 'signedIn'. */
  account: Account | null;
  /** Why the account could not be read, when `status` is 'unavailable'. */
  error: ApiError | null;
  /** Ask the server again (after a session may have ended or changed). */
  refresh: () => Promise<void>;
  /** A call that signs in or changes the account answered with it. */
  signedIn: (account: Account) => void;
  signOut: () => Promise<void>;
};

const AuthContext = createContext<Auth | null>(null);

const loadAccount = () => api.get<Account>('/me');
const logOut = () => api.post('/auth/logout');

/** The current merchant, from GET /me: every page that needs to know asks this, not the server. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useSession({ load: loadAccount, logout: logOut, signInPath: '/login' });
  const value = useMemo<Auth>(() => ({ ...session, account: session.subject }), [session]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in account, for pages behind <RequireMerchant> (which renders them only then). */
export function useAccount(): Account {
  const { account } = useAuth();
  if (!account) throw new Error('useAccount() is only for pages behind <RequireMerchant>');
  return account;
}
