import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { adoptVerifiedName } from '../accounts/index.ts';
import { currentApprovedSubmission } from './approved-identity.ts';

/**
 * What else happens, in the approving transaction, when a merchant's identity is approved: an
 * account without a real name takes the verified legal or company name. (The growth plan learns
 * of it from the `kyc.approved` event.)
 */
export async function afterVerificationApproved(
  tx: Executor,
  merchantId: string,
  clock: Clock,
): Promise<void> {
  const approved = await currentApprovedSubmission(tx, merchantId);
  if (approved) await adoptVerifiedName(tx, merchantId, approved.subjectName, clock);
}
