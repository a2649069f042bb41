import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { recordMilestone } from '../growth/index.ts';

/**
 * What else happens, in the approving transaction, when a merchant's identity is approved: the
 * growth plan's "pass real-name verification" task completes.
 */
export async function afterVerificationApproved(
  tx: Executor,
  merchantId: string,
  clock: Clock,
): Promise<void> {
  await recordMilestone(tx, merchantId, 'kyc_approved', clock);
}
