import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lifecycle/define-lifecycle.ts';
import { type Payment, payments, type SubjectType } from './schema.ts';
import { OPEN_PAYMENT_STATUSES, paymentLifecycle } from './status.ts';

/**
 * Cancel the unsettled payments of a subject (a purchase replaced by a new one). A cancelled
 * payment can no longer be confirmed or called back into success.
 */
export async function cancelOpenPayments(
  tx: Executor,
  subject: { type: SubjectType; id: string },
  now: Date,
  actor: Actor = { kind: 'system', id: null },
): Promise<Payment[]> {
  const open = await tx
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.subjectType, subject.type),
        eq(payments.subjectId, subject.id),
        inArray(payments.status, [...OPEN_PAYMENT_STATUSES]),
      ),
    )
    .for('update');
  const cancelled: Payment[] = [];
  for (const payment of open) {
    cancelled.push(
      await paymentLifecycle.transition(tx, {
        id: payment.id,
        from: payment.status,
        to: 'cancelled',
        actor,
        reason: 'replaced',
        at: now,
        set: { settledAt: now, updatedAt: now },
      }),
    );
  }
  return cancelled;
}
