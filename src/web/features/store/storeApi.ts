import { api } from '../../api';
import { hasCode } from '../../ui/errors';
import type {
  Eligibility,
  MyStore,
  Payment,
  PaymentProvider,
  Purchase,
  StoreDesign,
  StoreType,
} from './types';

// The store calls of the public API, typed; each page reads and writes through these.

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The merchant's store, or null before one was bought (404 store.not_found). */
export async function fetchMyStore(signal?: AbortSignal): Promise<MyStore | null> {
  try {
    return await api.get<MyStore>('/me/store', withSignal(signal));
  } catch (error) {
    if (hasCode(error, 'store.not_found')) return null;
    throw error;
  }
}

export const fetchStoreTypes = (signal?: AbortSignal) =>
  api.get<StoreType[]>('/store-types', withSignal(signal));

export function fetchEligibility(
  query: { storeTypeId?: string | undefined; trademarkUploadId?: string | undefined },
  signal?: AbortSignal,
) {
  const params = new URLSearchParams();
  if (query.storeTypeId) params.set('storeTypeId', query.storeTypeId);
  if (query.trademarkUploadId) params.set('trademarkUploadId', query.trademarkUploadId);
  const search = params.toString() ? `?${params}` : '';
  return api.get<Eligibility>(`/me/store/eligibility${search}`, withSignal(signal));
}

export const purchaseStore = (body: {
  storeTypeId: string;
  packageId: string;
  provider: PaymentProvider;
  trademarkUploadId?: string;
}) => api.post<Purchase>('/me/store/purchase', body);

export const renewStore = (provider: PaymentProvider) =>
  api.post<Purchase>('/me/store/renew', { provider });

/** The ways the merchant can pay now (bank transfer only once the platform has its account). */
export const fetchPaymentProviders = (signal?: AbortSignal) =>
  api.get<{ items: { provider: PaymentProvider; testMode: boolean }[] }>(
    '/me/payment-providers',
    withSignal(signal),
  );

export const fetchPayment = (id: string, signal?: AbortSignal) =>
  api.get<Payment>(`/me/payments/${encodeURIComponent(id)}`, withSignal(signal));

export const settleSandboxPayment = (id: string, outcome: 'succeed' | 'fail') =>
  api.post<Payment>(`/me/payments/${encodeURIComponent(id)}/sandbox`, { outcome });

export const saveDesign = (design: StoreDesign) => api.put<StoreDesign>('/me/store/design', design);

export const publishDesign = () => api.post<{ slug: string }>('/me/store/design/publish');

export const changeSlug = (slug: string) => api.put<{ slug: string }>('/me/store/slug', { slug });

/** The draft storefront, rendered by the server (shown in an iframe). */
export const designPreviewUrl = (version: number) => `/api/v1/me/store/design/preview?v=${version}`;

/** One of the merchant's own uploads (a logo or banner saved in the draft). */
export const ownUploadUrl = (uploadId: string) =>
  `/api/v1/uploads/${encodeURIComponent(uploadId)}/file`;
