import type { QueryOf, ResponseOf } from '../../api/contract';

// The merchant directory as GET /api/v1/admin/merchants and /admin/merchants/{id} answer it (the
// server's own shapes: api/contract.ts).

export type Directory = ResponseOf<'getAdminMerchants'>;
export type DirectoryEntry = Directory['items'][number];
export type MerchantDetail = ResponseOf<'getAdminMerchantsId'>;

export type MerchantStatus = DirectoryEntry['status'];
export const merchantStatuses: readonly MerchantStatus[] = ['active', 'suspended', 'closed'];

/** The newest verification case's status; `none` before the merchant submitted one. */
export type VerificationState = DirectoryEntry['verification']['status'];

export type VerificationFilter = NonNullable<QueryOf<'getAdminMerchants'>['verification']>;
export const verificationFilters: readonly VerificationFilter[] = [
  'verified',
  'unverified',
  'pending',
  'changes_requested',
  'rejected',
  'none',
];
