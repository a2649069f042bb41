import type { DomainEvent, EventSubscriber } from '../../outbox/events.ts';
import { type KnownMilestone, recordMilestone } from './milestones.ts';
import { countPublishedProducts } from './published-products.ts';

type MerchantEvent<T = object> = DomainEvent<{ merchantId: string } & T>;

/** The event's merchant reaches a milestone, dated when it happened (not when it was delivered). */
function reaches<T>(milestone: (event: MerchantEvent<T>) => KnownMilestone): EventSubscriber {
  return (tx, event: MerchantEvent<T>) =>
    recordMilestone(tx, event.data.merchantId, milestone(event), { now: () => event.occurredAt });
}

/** "Publish 10 products" is reached with the tenth product published at the same time. */
const PUBLISHED_PRODUCTS_GOAL = 10;

/** A product published: the first one, and the tenth one (counted when the event is handled). */
const productPublished: EventSubscriber = async (tx, event: MerchantEvent) => {
  const { merchantId } = event.data;
  const clock = { now: () => event.occurredAt };
  await recordMilestone(tx, merchantId, 'first_product_published', clock);
  const published = await countPublishedProducts(tx, merchantId, PUBLISHED_PRODUCTS_GOAL);
  if (published >= PUBLISHED_PRODUCTS_GOAL) {
    await recordMilestone(tx, merchantId, 'products_published_10', clock);
  }
};

/** A CSV import that ended with at least one product row in the catalogue (not all rows failed). */
const productsImported: EventSubscriber = async (
  tx,
  event: MerchantEvent<{ created: number; updated: number; unchanged: number }>,
) => {
  const { merchantId, created, updated, unchanged } = event.data;
  if (created + updated + unchanged === 0) return;
  await recordMilestone(tx, merchantId, 'products_imported', { now: () => event.occurredAt });
};

/** The facts of other modules that complete growth-plan tasks, by event topic. */
export const growthSubscribers: Record<string, EventSubscriber> = {
  'account.contact_verified': reaches<{ channel: 'email' | 'phone' }>((event) =>
    event.data.channel === 'email' ? 'email_verified' : 'phone_verified',
  ),
  'kyc.approved': reaches(() => 'kyc_approved'),
  'store.opened': reaches(() => 'package_purchased'),
  'store.renewed': reaches(() => 'package_purchased'),
  'store.design_published': reaches(() => 'store_published'),
  'product.published': productPublished,
  'product.imported': productsImported,
};
