import { choiceParam, pagesParam, textParam } from '../../ui/list/search';
import {
  type MerchantStatus,
  merchantStatuses,
  type VerificationFilter,
  verificationFilters,
} from './types';

// The directory's filters, shown pages and open merchant, as search params of /admin/merchants.

export type MerchantsSearch = {
  q?: string;
  status?: MerchantStatus;
  verification?: VerificationFilter;
  /** The merchant whose detail drawer is open. */
  merchant?: string;
  pages?: number;
};

export function validateMerchantsSearch(search: Record<string, unknown>): MerchantsSearch {
  return {
    q: textParam(search.q, 100),
    status: choiceParam(search.status, merchantStatuses),
    verification: choiceParam(search.verification, verificationFilters),
    merchant: textParam(search.merchant, 100),
    pages: pagesParam(search.pages),
  };
}
