import { client, dataOf } from '../../api/client';
import type { RequestOf } from '../../api/contract';
import { hasCode } from '../../ui/errors';
import type { MyStore, PaymentProvider, StoreDesign } from './types';

// The store calls of the public API, by the server's own paths: a path, parameter, body or
// answer that no longer matches the server's schemas fails the web type-check.

/** The merchant's store, or null before one was bought (404 store.not_found). */
export async function fetchMyStore(signal?: AbortSignal): Promise<MyStore | null> {
  try {
    return await dataOf(client.GET('/api/v1/me/store', { signal }));
  } catch (error) {
    if (hasCode(error, 'store.not_found')) return null;
    throw error;
  }
}

export const fetchStoreTypes = (signal?: AbortSignal) =>
  dataOf(client.GET('/api/v1/store-types', { signal }));

export const fetchEligibility = (
  query: { storeTypeId?: string | undefined; trademarkUploadId?: string | undefined },
  signal?: AbortSignal,
) =>
  dataOf(
    client.GET('/api/v1/me/store/eligibility', {
      // Blank ones are left out, as the page has not picked them yet.
      params: {
        query: {
          ...(query.storeTypeId ? { storeTypeId: query.storeTypeId } : {}),
          ...(query.trademarkUploadId ? { trademarkUploadId: query.trademarkUploadId } : {}),
        },
      },
      signal,
    }),
  );

export const purchaseStore = (body: RequestOf<'postMeStorePurchase'>) =>
  dataOf(client.POST('/api/v1/me/store/purchase', { body }));

export const renewStore = (provider: PaymentProvider) =>
  dataOf(client.POST('/api/v1/me/store/renew', { body: { provider } }));

/** The ways the merchant can pay now (bank transfer only once the platform has its account). */
export const fetchPaymentProviders = (signal?: AbortSignal) =>
  dataOf(client.GET('/api/v1/me/payment-providers', { signal }));

export const fetchPayment = (id: string, signal?: AbortSignal) =>
  dataOf(client.GET('/api/v1/me/payments/{id}', { params: { path: { id } }, signal }));

export const settleSandboxPayment = (id: string, outcome: 'succeed' | 'fail') =>
  dataOf(
    client.POST('/api/v1/me/payments/{id}/sandbox', {
      params: { path: { id } },
      body: { outcome },
    }),
  );

export const saveDesign = (design: StoreDesign) =>
  dataOf(client.PUT('/api/v1/me/store/design', { body: design }));

export const publishDesign = () => dataOf(client.POST('/api/v1/me/store/design/publish'));

export const changeSlug = (slug: string) =>
  dataOf(client.PUT('/api/v1/me/store/slug', { body: { slug } }));

/** The draft storefront, rendered by the server (shown in an iframe). */
export const designPreviewUrl = (version: number) => `/api/v1/me/store/design/preview?v=${version}`;

/** One of the merchant's own uploads (a logo or banner saved in the draft). */
export const ownUploadUrl = (uploadId: string) =>
  `/api/v1/uploads/${encodeURIComponent(uploadId)}/file`;
