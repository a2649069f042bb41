import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import {
  latestPaymentOf,
  type Payment,
  paymentDetails,
  refundedAmount,
} from '../payments/index.ts';
import { storeSummariesOf } from '../stores/index.ts';
import { orderLifecycle } from './lifecycle.ts';
import { hashOrderKey } from './place-orders.ts';
import { type Order, type OrderLine, type OrderStatus, orderLines, orders } from './schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BuyerOrder {
  order: Order;
  lines: OrderLine[];
  payment: Payment | null;
  /** What refunds of its payment gave back. */
  refunded: number;
  store: { slug: string | null; name: string | null };
  timeline: { status: OrderStatus; at: Date }[];
}

/**
 * The order its key opens (the buyer's e-mail link), or null for a wrong key exactly as for an
 * order that does not exist; the key's hash is compared in constant time.
 */
export async function openedOrder(
  db: Executor,
  orderId: string,
  key: string,
): Promise<Order | null> {
  if (!UUID.test(orderId) || key.length === 0 || key.length > 100) return null;
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId.toLowerCase()));
  return order && timingSafeEqual(order.keyHash, hashOrderKey(key)) ? order : null;
}

/** openedOrder, or `orders.not_found`. */
export async function orderByKey(db: Executor, orderId: string, key: string): Promise<Order> {
  const order = await openedOrder(db, orderId, key);
  if (!order) throw new AppError('orders.not_found');
  return order;
}

/** What the buyer's order page shows. */
export async function buyerOrder(db: Executor, orderId: string, key: string): Promise<BuyerOrder> {
  return orderDetails(db, await orderByKey(db, orderId, key));
}

/** The merchant's own order; someone else's is answered as no order. */
export async function merchantOrder(
  db: Executor,
  merchantId: string,
  orderId: string,
): Promise<BuyerOrder> {
  const [order] = UUID.test(orderId)
    ? await db
        .select()
        .from(orders)
        .where(and(eq(orders.id, orderId.toLowerCase()), eq(orders.merchantId, merchantId)))
    : [];
  if (!order) throw new AppError('orders.not_found');
  return orderDetails(db, order);
}

async function orderDetails(db: Executor, order: Order): Promise<BuyerOrder> {
  const lines = await db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.position));
  const payment = await latestPaymentOf(db, { type: 'order', id: order.id });
  const details = payment ? (await paymentDetails(db, [payment.id])).get(payment.id) : undefined;
  const summary = (await storeSummariesOf(db, [order.merchantId])).get(order.merchantId);
  const history = await orderLifecycle.history(db, order.id);
  return {
    order,
    lines,
    payment,
    refunded: details ? refundedAmount(details) : 0,
    store: { slug: summary?.slug ?? null, name: summary?.name ?? null },
    timeline: history.map((row) => ({ status: row.toStatus as OrderStatus, at: row.at })),
  };
}
