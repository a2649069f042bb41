import { and, asc, eq, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { systemActor } from '../../lifecycle/define-lifecycle.ts';
import { cancelUnpaidOrder } from './release-order.ts';
import { orders } from './schema.ts';

/** Orders cancelled per run; the next run takes the rest. */
const BATCH = 200;

/**
 * Cancels the orders whose payment deadline passed, giving their stock back. SKIP LOCKED: an
 * order being paid or cancelled right now is left to that transaction (and to the next run).
 */
export async function expireUnpaidOrders(tx: Tx, now: Date): Promise<number> {
  const due = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), lte(orders.payBy, now)))
    .orderBy(asc(orders.payBy))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  for (const order of due) {
    await cancelUnpaidOrder(tx, order, {
      actor: systemActor('orders.expire-unpaid'),
      reason: 'unpaid',
      now,
      cancelPayment: true,
    });
  }
  return due.length;
}
