import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.ts';
import { recordEvent, recordEvents } from '../../outbox/events.ts';

/** What the products module tells the others (payload: productId, storeId, merchantId). */
export const PRODUCT_EVENTS = [
  'product.published',
  'product.unpublished',
  'product.updated',
  'product.submitted_for_review',
  'product.archived',
] as const;
export type ProductEvent = (typeof PRODUCT_EVENTS)[number];

/** One of the product's domain events, in the caller's transaction. */
export async function recordProductEvent(
  tx: Executor,
  topic: ProductEvent,
  product: { id: string; storeId: string; merchantId: string },
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    topic,
    // Every change is its own event, even two within one clock tick.
    key: `${topic}:${product.id}:${randomUUID()}`,
    occurredAt: now,
    data: { productId: product.id, storeId: product.storeId, merchantId: product.merchantId },
  });
}

/** recordProductEvent for many products at once (one INSERT, one NOTIFY). */
export async function recordProductEvents(
  tx: Executor,
  events: readonly {
    topic: ProductEvent;
    product: { id: string; storeId: string; merchantId: string };
  }[],
  now: Date,
): Promise<void> {
  await recordEvents(
    tx,
    events.map(({ topic, product }) => ({
      topic,
      key: `${topic}:${product.id}:${randomUUID()}`,
      occurredAt: now,
      data: { productId: product.id, storeId: product.storeId, merchantId: product.merchantId },
    })),
  );
}
