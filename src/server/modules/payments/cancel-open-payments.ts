import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Payment, payments, type SubjectType } from './schema.ts';
import { OPEN_PAYMENT_STATUSES } from './status.ts';

/**
 * Cancel the unsettled payments of a subject (a purchase replaced by a new one). A cancelled
 * payment can no longer be confirmed or called back into success.
 */
export async function cancelOpenPayments(
  tx: Executor,
  subject: { type: SubjectType; id: string },
  now: Date,
): Promise<Payment[]> {
  return tx
    .update(payments)
    .set({ status: 'cancelled', settledAt: now, updatedAt: now })
    .where(
      and(
        eq(payments.subjectType, subject.type),
        eq(payments.subjectId, subject.id),
        inArray(payments.status, [...OPEN_PAYMENT_STATUSES]),
      ),
    )
    .returning();
}
