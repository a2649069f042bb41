import type { DomainEvent, EventSubscriber } from '../../outbox/events.ts';
import { type KnownMilestone, recordMilestone } from './milestones.ts';

type MerchantEvent<T = object> = DomainEvent<{ merchantId: string } & T>;

/** The event's merchant reaches a milestone, dated when it happened (not when it was delivered). */
function reaches<T>(milestone: (event: MerchantEvent<T>) => KnownMilestone): EventSubscriber {
  return (tx, event: MerchantEvent<T>) =>
    recordMilestone(tx, event.data.merchantId, milestone(event), { now: () => event.occurredAt });
}

/** The facts of other modules that complete growth-plan tasks, by event topic. */
export const growthSubscribers: Record<string, EventSubscriber> = {
  'account.contact_verified': reaches<{ channel: 'email' | 'phone' }>((event) =>
    event.data.channel === 'email' ? 'email_verified' : 'phone_verified',
  ),
  'kyc.approved': reaches(() => 'kyc_approved'),
  'store.opened': reaches(() => 'package_purchased'),
  'store.renewed': reaches(() => 'package_purchased'),
  'store.design_published': reaches(() => 'store_published'),
};
