import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import createQueryHooks from 'openapi-react-query';
import type { Language } from '../i18n/language';
import { isSignedOutError } from '../ui/errors';
import { ApiError, client } from './client';

// Server state of the web app: every answer of the API is kept in one TanStack Query cache,
// keyed by its operation (method, path, parameters), so pages share answers, a mutation
// invalidates what it changed, and nothing reloads by hand.
//
//   const store = $api.useQuery('get', '/api/v1/store');
//   const save = $api.useMutation('put', '/api/v1/store/design', {
//     onSuccess: () => queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/store'] }),
//   });

type SignedOutListener = () => void;
const signedOutListeners = new Map<'merchant' | 'operator', SignedOutListener>();

/**
 * The session provider of each side (seller center, console) says what to do when one of its
 * answers says the session has ended: ask the session probe again, which sends the person to sign in.
 */
export function onSessionEnded(side: 'merchant' | 'operator', listener: SignedOutListener) {
  signedOutListeners.set(side, listener);
  return () => {
    if (signedOutListeners.get(side) === listener) signedOutListeners.delete(side);
  };
}

/** Which side's session a query key's path belongs to (`['get', '/api/v1/admin/…', …]`). */
function sideOf(queryKey: readonly unknown[]): 'merchant' | 'operator' {
  const path = typeof queryKey[1] === 'string' ? queryKey[1] : '';
  return path.startsWith('/api/v1/admin/') ? 'operator' : 'merchant';
}

export function reportSessionEnded(error: unknown, queryKey: readonly unknown[]) {
  if (isSignedOutError(error)) signedOutListeners.get(sideOf(queryKey))?.();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => reportSessionEnded(error, query.queryKey),
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) =>
      reportSessionEnded(error, mutation.options.mutationKey ?? []),
  }),
  defaultOptions: {
    queries: {
      // An answer is shown from the cache at once and asked again when a page mounts.
      staleTime: 0,
      // A person retries a failure (ErrorNotice has a button); a 4xx never changes by retrying.
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The part of a query's key that says which language its answer is in, for answers the server
 * words in the request's language (names, reasons, task titles): each language is an answer of
 * its own in the cache, so a language switch asks again instead of showing the other language.
 * fetch ignores it; the server reads the language from the cookie the switch sets.
 */
export const inLanguage = (language: Language) => ({ language });

/** Typed query and mutation hooks by operation: paths, parameters and answers from openapi.d.ts. */
export const $api = createQueryHooks(client);
