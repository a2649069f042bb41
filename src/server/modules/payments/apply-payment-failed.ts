import type { Tx } from '../../db/client.ts';
import type { Settlement } from './apply-payment-succeeded.ts';
import { requirePayment } from './find-payment.ts';
import { recordPaymentEvent } from './record-event.ts';
import type { PaymentFailureCode } from './schema.ts';
import { paymentActor, paymentLifecycle } from './status.ts';
import { paymentSubject } from './subjects.ts';

/**
 * A payment failed (sandbox "fail", a provider's failure callback). Nothing is booked and nothing
 * is activated; what was paid for may be paid again with a new payment.
 */
export async function applyPaymentFailed(
  tx: Tx,
  paymentId: string,
  eventKey: string,
  options: {
    now: Date;
    /** Why, as a code each reader's language renders. */
    code?: PaymentFailureCode | null;
    /** Words of the provider's (or an operator's), shown as they are. */
    reason?: string | null;
    payload?: Record<string, unknown>;
    /** The operator who rejected a bank transfer; otherwise the provider failed it. */
    operatorId?: string;
  },
): Promise<Settlement> {
  // The payment row is locked first, before the event row (whose foreign key share-locks it)
  // or anything else: concurrent events for one payment queue here instead of deadlocking.
  const current = await requirePayment(tx, paymentId, { forUpdate: true });
  const fresh = await recordPaymentEvent(
    tx,
    { key: eventKey, paymentId, type: 'payment.failed', payload: options.payload ?? {} },
    options.now,
  );
  if (!fresh || current.status === 'failed') return { applied: false, payment: current };

  const failureReason = options.reason?.slice(0, 500) ?? null;
  const payment = await paymentLifecycle.transition(tx, {
    id: current.id,
    from: current.status,
    to: 'failed',
    actor: options.operatorId
      ? { kind: 'operator', id: options.operatorId }
      : paymentActor(current),
    reason: options.code ?? failureReason,
    at: options.now,
    set: {
      failureCode: options.code ?? null,
      failureReason,
      settledAt: options.now,
      updatedAt: options.now,
    },
  });
  await paymentSubject(payment.subjectType).failed(tx, payment, options.now);
  return { applied: true, payment };
}
