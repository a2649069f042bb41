import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, dataOf } from '../../api/client';
import { queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { hasCode } from '../../ui/errors';
import { useAuth } from '../auth/session';
import type { Verification } from './types';

// The signed-in merchant's latest verification, one cached answer shared by the seller header
// (the verified badge), the account page and the verification page, so a submission or a fresh
// load shows in all of them at once.

/**
 * GET /api/v1/me/verification for one merchant, in one language (its reasons are labelled in the
 * language of the request); null when nothing was submitted yet (404 kyc.not_found).
 */
export const verificationQuery = (merchantId: string, language: Language) =>
  queryOptions({
    queryKey: ['get', '/api/v1/me/verification', { merchantId, language }] as const,
    queryFn: ({ signal }): Promise<Verification | null> =>
      dataOf(client.GET('/api/v1/me/verification', { signal })).catch((error: unknown) => {
        if (hasCode(error, 'kyc.not_found')) return null;
        throw error;
      }),
  });

/**
 * The merchant's verification: undefined while not known, null when there is none. A new
 * account's session says it has none: then nothing is asked (and no 404 is got).
 */
export function useVerification(merchantId: string | null) {
  const { language } = useI18n();
  const knownNone = useAuth().hasNo('verification');
  return useQuery({
    ...verificationQuery(merchantId ?? '', language),
    enabled: merchantId !== null && !knownNone,
    // A language switch keeps showing the answer (and the form being filled in) until the
    // relabelled one arrives; another merchant's never shows.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].merchantId === merchantId ? previous : undefined,
  });
}

/** The merchant's verification for views that only glance at it (the badge): undefined until known. */
export function useMerchantVerification(merchantId: string | null) {
  const knownNone = useAuth().hasNo('verification');
  const { data } = useVerification(merchantId);
  if (merchantId === null) return undefined;
  return knownNone ? null : data;
}

/**
 * A submission's answer is the merchant's verification now. (An answer in the other language is
 * asked again when next shown: every answer is stale at once.)
 */
export function showVerification(
  merchantId: string,
  language: Language,
  verification: Verification,
) {
  queryClient.setQueryData(verificationQuery(merchantId, language).queryKey, verification);
}
