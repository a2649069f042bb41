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
import type { Operator } from './operator';

export type OperatorAuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'unavailable';

type OperatorAuth = {
  status: OperatorAuthStatus;
  /** The signed-in operator; null unless `status` is 'signedIn'. */
  operator: Operator | null;
  error: ApiError | null;
  refresh: () => Promise<void>;
  signedIn: (operator: Operator) => void;
  signOut: () => Promise<void>;
};

type State = { status: OperatorAuthStatus; operator: Operator | null; error: ApiError | null };

const OperatorAuthContext = createContext<OperatorAuth | null>(null);

/**
 * The operator signed in to the console, from GET /admin/me. Separate from the merchant's
 * session (its own cookie): one browser can be both, and neither sees the other's pages.
 */
export function OperatorAuthProvider({ children }: { children: ReactNode }) {
  const { navigate } = useRouter();
  const [state, setState] = useState<State>({ status: 'loading', operator: null, error: null });

  const refresh = useCallback(async () => {
    try {
      const { operator } = await api.get<{ operator: Operator }>('/admin/me');
      setState({ status: 'signedIn', operator, error: null });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setState({ status: 'signedOut', operator: null, error: null });
      } else {
        const failure =
          error instanceof ApiError
            ? error
            : new ApiError({ status: 0, code: 'network.unreachable', message: String(error) });
        setState({ status: 'unavailable', operator: null, error: failure });
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((operator: Operator) => {
    setState({ status: 'signedIn', operator, error: null });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/admin/auth/logout');
    } finally {
      setState({ status: 'signedOut', operator: null, error: null });
      navigate('/admin/login');
    }
  }, [navigate]);

  const value = useMemo<OperatorAuth>(
    () => ({ ...state, refresh, signedIn, signOut }),
    [state, refresh, signedIn, signOut],
  );
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
