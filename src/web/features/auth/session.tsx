import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type ApiError, client, dataOf } from '../../api/client';
import { onSessionEnded } from '../../api/query';
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
  /**
   * True when the session said the account has no such thing yet, so a page shows its empty
   * state without asking (and getting a 404). False when it has one, or nobody said.
   */
  hasNo: (holding: Holding) => boolean;
  /** A page made one (submitted a verification, bought a store, saved the profile). */
  nowHas: (holding: Holding) => void;
};

/** What the session probe (GET /auth/session's `has`) says an account has yet. */
export type Holding = 'verification' | 'store' | 'businessProfile';

const AuthContext = createContext<Auth | null>(null);

const logOut = () => client.POST('/api/v1/auth/logout');

/** The current merchant, from GET /auth/session: every page that needs to know asks this, not the server. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [has, setHas] = useState<Partial<Record<Holding, boolean>>>({});
  const loadAccount = useCallback(async () => {
    const answer = await dataOf(client.GET('/api/v1/auth/session'));
    if (!answer.signedIn) {
      setHas({});
      return null;
    }
    setHas(answer.has);
    return answer.account;
  }, []);
  const session = useSession({ load: loadAccount, logout: logOut, signInPath: '/login' });
  const { signedIn, refresh } = session;
  // An answer saying the session has ended asks the probe again, which sends the merchant to sign in.
  useEffect(() => onSessionEnded('merchant', () => void refresh()), [refresh]);
  const value = useMemo<Auth>(
    () => ({
      ...session,
      account: session.subject,
      // Signed in just now (a login or sign-up page): what the account has is not known.
      signedIn: (account: Account) => {
        setHas({});
        signedIn(account);
      },
      hasNo: (holding) => has[holding] === false,
      nowHas: (holding) => setHas((known) => ({ ...known, [holding]: true })),
    }),
    [session, signedIn, has],
  );
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
