import { $api, inLanguage, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { hasCode } from '../../ui/errors';
import { useAuth } from '../auth/session';
import type { MyStore } from './types';

// The store's answers in the one query cache, by the server's own paths: a path, parameter, body
// or answer that no longer matches the server's schemas fails the web type-check.

/** Store types, packages and the store's own type and package are named in the page's language. */
export function useLanguageKey() {
  return inLanguage(useI18n().language);
}

/**
 * The merchant's store: `data` is null before one was bought (the session says so, or the server
 * answers store.not_found), undefined while it is asked for.
 */
export function useMyStore(): {
  data: MyStore | null | undefined;
  error: unknown;
  refetch: () => unknown;
} {
  // A new account's session says it has no store: nothing to ask for.
  const { hasNo } = useAuth();
  const none = hasNo('store');
  const query = $api.useQuery('get', '/api/v1/me/store', useLanguageKey(), { enabled: !none });
  if (none || hasCode(query.error, 'store.not_found')) {
    return { data: null, error: null, refetch: query.refetch };
  }
  return { data: query.data, error: query.error, refetch: query.refetch };
}

/** After anything that changes the store (a purchase, a payment, a publication, a new address). */
export const storeChanged = () =>
  queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/store'] });

/** After a payment that moves money into (or out of) the deposit. */
export const depositChanged = () =>
  queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/deposit'] });

/** The draft storefront, rendered by the server (shown in an iframe). */
export const designPreviewUrl = (version: number) => `/api/v1/me/store/design/preview?v=${version}`;

/** One of the merchant's own uploads (a logo or banner saved in the draft). */
export const ownUploadUrl = (uploadId: string) =>
  `/api/v1/uploads/${encodeURIComponent(uploadId)}/file`;
