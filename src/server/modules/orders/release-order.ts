import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../lifecycle/define-lifecycle.ts';
import { cancelOpenPayments } from '../payments/index.ts';
import { releaseStock } from '../products/index.ts';
import { orderLifecycle } from './lifecycle.ts';
import { type Order, orderLines, orders } from './schema.ts';

/** The order, locked for the caller's transaction; null when there is none. */
export async function lockOrder(tx: Tx, orderId: string): Promise<Order | null> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  return order ?? null;
}

/**
 * Cancels an unpaid order: its stock goes back and its open payment is cancelled. The status
 * move is made first and only once (the lifecycle refuses a second move from pending_payment),
 * so a retry or a race never gives the stock back twice.
 */
export async function cancelUnpaidOrder(
  tx: Tx,
  order: Order,
  input: { actor: Actor; reason: string; now: Date; cancelPayment: boolean },
): Promise<void> {
  await orderLifecycle.transition(tx, {
    id: order.id,
    from: 'pending_payment',
    to: 'cancelled',
    actor: input.actor,
    reason: input.reason,
    at: input.now,
    set: { cancelReason: input.reason, updatedAt: input.now },
  });
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  await releaseStock(tx, lines);
  if (input.cancelPayment) {
    await cancelOpenPayments(tx, { type: 'order', id: order.id }, input.now, input.actor);
  }
}
