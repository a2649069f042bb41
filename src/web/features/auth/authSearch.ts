/** The search of the sign-in and sign-up pages: where to go once signed in. */
export type AuthSearch = { next?: string };

/** Only same-site paths are followed after signing in (never `//host` or `https://…`). */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string') return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

/** validateSearch of /login and /signup: a `next` that is not a same-site path is dropped. */
export function validateAuthSearch(search: Record<string, unknown>): AuthSearch {
  const next = safeNextPath(search.next);
  return next ? { next } : {};
}
