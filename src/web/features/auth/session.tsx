import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ApiError, api } from '../../api';
import { useRouter } from '../../router';
import type { Account } from './account';

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'unavailable';

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

type State = { status: AuthStatus; account: Account | null; error: ApiError | null };

/** The current merchant, from GET /me: every page that needs to know asks this, not the server. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { navigate } = useRouter();
  const [state, setState] = useState<State>({ status: 'loading', account: null, error: null });

  const refresh = useCallback(async () => {
    try {
      const account = await api.get<Account>('/me');
      setState({ status: 'signedIn', account, error: null });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setState({ status: 'signedOut', account: null, error: null });
      } else {
        const failure =
          error instanceof ApiError
            ? error
            : new ApiError({ status: 0, code: 'network.unreachable', message: String(error) });
        setState({ status: 'unavailable', account: null, error: failure });
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((account: Account) => {
    setState({ status: 'signedIn', account, error: null });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      // Even if the call failed, this tab no longer acts as signed in. Both updates land in one
      // render, so the page being left never sees itself signed out (and asks to come back).
      setState({ status: 'signedOut', account: null, error: null });
      navigate('/login');
    }
  }, [navigate]);

  const value = useMemo<Auth>(
    () => ({ ...state, refresh, signedIn, signOut }),
    [state, refresh, signedIn, signOut],
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
