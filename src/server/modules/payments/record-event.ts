import type { Executor } from '../../db/client.ts';
import { type PaymentEventType, paymentEvents } from './schema.ts';

/**
 * Record that an event arrived; false when its key was seen before (a replayed or duplicated
 * callback, a confirmation submitted twice). Callers hold the payment's row lock already, so a
 * concurrent twin waits on that lock for the first to commit, then finds the key taken: the two
 * can never both go on to change anything.
 */
export async function recordPaymentEvent(
  tx: Executor,
  event: {
    key: string;
    paymentId: string;
    type: PaymentEventType;
    payload: Record<string, unknown>;
  },
  now: Date,
): Promise<boolean> {
  const inserted = await tx
    .insert(paymentEvents)
    .values({
      eventKey: event.key,
      paymentId: event.paymentId,
      type: event.type,
      payload: event.payload,
      receivedAt: now,
    })
    .onConflictDoNothing({ target: paymentEvents.eventKey })
    .returning({ key: paymentEvents.eventKey });
  return inserted.length > 0;
}
