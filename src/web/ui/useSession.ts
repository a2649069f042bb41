import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'unavailable';

export type Session<T> = {
  status: SessionStatus;
  /** Who is signed in; null unless `status` is 'signedIn'. */
  subject: T | null;
  /** Why the session could not be read, when `status` is 'unavailable'. */
  error: ApiError | null;
  /** Ask the server again (after a session may have ended or changed). */
  refresh: () => Promise<void>;
  /** A call that signs in or changes the subject answered with it. */
  signedIn: (subject: T) => void;
  signOut: () => Promise<void>;
};

type State<T> = { status: SessionStatus; subject: T | null; error: ApiError | null };

/**
 * One signed-in person as the UI knows it — a merchant (GET /auth/session) or an operator
 * (GET /admin/auth/session). `load` answers null for a visitor: a signed-out page learns that
 * from a 200, not a 401. `load` and `logout` must be stable (module-level) functions.
 */
export function useSession<T>(options: {
  load: () => Promise<T | null>;
  logout: () => Promise<unknown>;
  signInPath: '/login' | '/admin/login';
}): Session<T> {
  const { load, logout, signInPath } = options;
  const navigate = useNavigate();
  const [state, setState] = useState<State<T>>({ status: 'loading', subject: null, error: null });

  const refresh = useCallback(async () => {
    try {
      const subject = await load();
      setState(
        subject === null
          ? { status: 'signedOut', subject: null, error: null }
          : { status: 'signedIn', subject, error: null },
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setState({ status: 'signedOut', subject: null, error: null });
      } else {
        const failure =
          error instanceof ApiError
            ? error
            : new ApiError({ status: 0, code: 'network.unreachable', message: String(error) });
        setState({ status: 'unavailable', subject: null, error: failure });
      }
    }
  }, [load]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((subject: T) => {
    setState({ status: 'signedIn', subject, error: null });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // Even if the call failed, this tab no longer acts as signed in. Both updates land in one
      // render, so the page being left never sees itself signed out (and asks to come back).
      setState({ status: 'signedOut', subject: null, error: null });
      void navigate({ to: signInPath });
    }
  }, [logout, navigate, signInPath]);

  return useMemo(
    () => ({ ...state, refresh, signedIn, signOut }),
    [state, refresh, signedIn, signOut],
  );
}
