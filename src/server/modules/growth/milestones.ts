import { eq } from 'drizzle-orm';
import { type Clock, systemClock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { merchantMilestones } from './schema.ts';

/**
 * Milestones other modules record; a growth task names the one that completes it. The list is
 * open (operators may tie new tasks to new milestones), these are the ones the code knows.
 */
export type KnownMilestone =
  | 'email_verified'
  | 'phone_verified'
  | 'profile_completed'
  | 'kyc_approved'
  | 'package_purchased'
  | 'store_published'
  | 'first_product_published'
  | 'products_published_10'
  | 'products_imported'
  | 'first_order';

/**
 * Record that something happened to a merchant, in the caller's transaction (so it is recorded
 * exactly when the change commits). Recording it again does nothing: the first time counts.
 */
export async function recordMilestone(
  tx: Executor,
  merchantId: string,
  milestone: KnownMilestone | (string & {}),
  clock: Clock = systemClock,
): Promise<void> {
  await tx
    .insert(merchantMilestones)
    .values({ merchantId, milestone, reachedAt: clock.now() })
    .onConflictDoNothing();
}

export async function listMilestones(db: Executor, merchantId: string) {
  return db
    .select({ milestone: merchantMilestones.milestone, reachedAt: merchantMilestones.reachedAt })
    .from(merchantMilestones)
    .where(eq(merchantMilestones.merchantId, merchantId));
}
