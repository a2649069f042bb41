import type { Executor } from '../../db/client.ts';
import type { KycStatus } from '../kyc/index.ts';
import { listVerifications } from '../kyc/list-verifications.ts';

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

const PAGE = 500;

/** Merchants with a verification case in this status, through the kyc module's own listing. */
async function merchantsWithCases(db: Executor, status?: KycStatus): Promise<string[]> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await listVerifications(db, { status, limit: PAGE, offset });
    for (const item of page.items) ids.add(item.merchant.id);
    if (page.items.length < PAGE || offset + PAGE >= page.total) return [...ids];
  }
}

/**
 * The filter as merchant ids to keep or to leave out. Only an approved case is ever followed by
 * another, so a pending, rejected or changes-requested case is always the merchant's newest.
 */
export async function verificationScope(
  db: Executor,
  filter: VerificationFilter,
): Promise<{ ids?: string[]; excludeIds?: string[] }> {
  switch (filter) {
    case 'verified':
      return { ids: await merchantsWithCases(db, 'approved') };
    case 'unverified':
      return { excludeIds: await merchantsWithCases(db, 'approved') };
    case 'none':
      return { excludeIds: await merchantsWithCases(db) };
    default:
      return { ids: await merchantsWithCases(db, filter) };
  }
}
