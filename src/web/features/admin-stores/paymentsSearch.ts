import type { QueryOf } from '../../api/contract';
import { choiceParam, pagesParam } from '../../ui/list/search';

// The finance queue's status filter and shown pages, as search params of /admin/payments.

export type PaymentFilter = NonNullable<QueryOf<'getAdminPayments'>['status']>;

/** In the order the filter offers them: what waits for finance first. */
export const paymentFilters: readonly PaymentFilter[] = [
  'awaiting_confirmation',
  'succeeded',
  'failed',
  'cancelled',
  'pending',
];

export type PaymentsSearch = {
  /** The queue opens on transfers awaiting confirmation (no param); `all` lists every payment. */
  status?: Exclude<PaymentFilter, 'awaiting_confirmation'> | 'all';
  pages?: number;
};

export function validatePaymentsSearch(search: Record<string, unknown>): PaymentsSearch {
  const status = choiceParam(search.status, [...paymentFilters, 'all' as const]);
  return {
    status: status === 'awaiting_confirmation' ? undefined : status,
    pages: pagesParam(search.pages),
  };
}
