import { type Column, not, type SQL } from 'drizzle-orm';
import { hasApprovedIdentity, hasVerificationCase } from '../kyc/index.ts';

/**
 * The directory's verification filter. `verified`: an approved identity stands (even while a
 * change is under review); the others name the state of the merchant's newest case, `none`
 * meaning they never submitted one.
 */
export const VERIFICATION_FILTERS = [
  'verified',
  'unverified',
  'pending',
  'changes_requested',
  'rejected',
  'none',
] as const;
export type VerificationFilter = (typeof VERIFICATION_FILTERS)[number];

/**
 * The filter as a condition on the merchant's id, from the kyc module's own conditions: the
 * accounts query filters on it directly, however many merchants match. Only an approved case is
 * ever followed by another, so a pending, rejected or changes-requested case is always the
 * merchant's newest.
 */
export function verificationCondition(filter: VerificationFilter): (merchantId: Column) => SQL {
  switch (filter) {
    case 'verified':
      return (merchantId) => hasApprovedIdentity(merchantId);
    case 'unverified':
      return (merchantId) => not(hasApprovedIdentity(merchantId));
    case 'none':
      return (merchantId) => not(hasVerificationCase(merchantId));
    default:
      return (merchantId) => hasVerificationCase(merchantId, filter);
  }
}
