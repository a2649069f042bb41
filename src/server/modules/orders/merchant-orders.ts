import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/paging.ts';
import { orderLifecycle } from './lifecycle.ts';
import { ORDER_STATUSES, type Order, type OrderStatus, orders } from './schema.ts';

/** Carriers a merchant picks from (SPEC §7: a list plus "other"). */
export const CARRIERS = [
  'sf',
  'jd',
  'ems',
  'zto',
  'yto',
  'sto',
  'yunda',
  'dhl',
  'fedex',
  'ups',
  'other',
] as const;
export type Carrier = (typeof CARRIERS)[number];

const createdMicros = sql<number>`(extract(epoch from ${orders.createdAt}) * 1000000)::bigint`;
const fromMicros = (micros: number) =>
  sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/** The merchant's orders, newest first, a page at a time, with a count per status for the tabs. */
export async function listMerchantOrders(
  db: Executor,
  merchantId: string,
  query: { status?: OrderStatus; cursor?: string; limit: number },
) {
  const after = query.cursor ? decodeCursor(query.cursor, ['number', 'uuid'] as const) : null;
  const conditions: (SQL | undefined)[] = [
    eq(orders.merchantId, merchantId),
    query.status ? eq(orders.status, query.status) : undefined,
    after
      ? sql`(${orders.createdAt}, ${orders.id}) < (${fromMicros(after[0])}, ${after[1]}::uuid)`
      : undefined,
  ];
  const rows = await db
    .select({ order: orders, micros: createdMicros })
    .from(orders)
    .where(and(...conditions))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(query.limit + 1);
  const counted = await db
    .select({ status: orders.status, n: count() })
    .from(orders)
    .where(eq(orders.merchantId, merchantId))
    .groupBy(orders.status);
  const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const row of counted) counts[row.status] = Number(row.n);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.order),
    counts,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([Number(last.micros), last.order.id]) : null,
  };
}

/** The merchant's own order, locked for a move; someone else's is answered as no order. */
export async function lockMerchantOrder(
  tx: Tx,
  merchantId: string,
  orderId: string,
): Promise<Order> {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.merchantId, merchantId)))
    .for('update');
  if (!order) throw new AppError('orders.not_found');
  return order;
}

const merchantActor = (merchantId: string) => ({ kind: 'merchant' as const, id: merchantId });

export async function confirmOrder(tx: Tx, merchantId: string, orderId: string, now: Date) {
  const order = await lockMerchantOrder(tx, merchantId, orderId);
  return orderLifecycle.transition(tx, {
    id: order.id,
    from: order.status,
    to: 'confirmed',
    actor: merchantActor(merchantId),
    at: now,
    set: { confirmedAt: now, updatedAt: now },
  });
}

export async function shipOrder(
  tx: Tx,
  merchantId: string,
  orderId: string,
  input: { carrier: Carrier; carrierName?: string; trackingNumber: string },
  now: Date,
) {
  const order = await lockMerchantOrder(tx, merchantId, orderId);
  return orderLifecycle.transition(tx, {
    id: order.id,
    from: order.status,
    to: 'shipped',
    actor: merchantActor(merchantId),
    at: now,
    set: {
      shippedAt: now,
      carrier: input.carrier,
      carrierName: input.carrier === 'other' ? (input.carrierName?.trim() ?? null) : null,
      trackingNumber: input.trackingNumber.trim(),
      updatedAt: now,
    },
  });
}

export async function markDelivered(tx: Tx, merchantId: string, orderId: string, now: Date) {
  const order = await lockMerchantOrder(tx, merchantId, orderId);
  return orderLifecycle.transition(tx, {
    id: order.id,
    from: order.status,
    to: 'delivered',
    actor: merchantActor(merchantId),
    at: now,
    set: { deliveredAt: now, updatedAt: now },
  });
}
