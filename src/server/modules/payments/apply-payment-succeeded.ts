import type { Tx } from '../../db/client.ts';
import { requirePayment } from './find-payment.ts';
import { paymentDetails } from './payment-lines.ts';
import { postPaymentTransfers } from './post-payment-transfers.ts';
import { recordPaymentEvent } from './record-event.ts';
import type { Payment } from './schema.ts';
import { paymentActor, paymentLifecycle } from './status.ts';
import { paymentSubject } from './subjects.ts';

export interface SettlementOptions {
  now: Date;
  /** What the event said (callback body, operator's confirmation), kept with the event. */
  payload?: Record<string, unknown>;
  /** An operator's confirmation of a bank transfer. */
  confirmation?: { operatorId: string; amountReceived: number; bankReference: string };
}

export interface Settlement {
  /** False when nothing changed: the event was seen before, or the payment had already succeeded. */
  applied: boolean;
  payment: Payment;
}

/**
 * The ONE way a payment succeeds — sandbox outcome, offline confirmation and provider callback
 * all come here. In the caller's transaction: the payment succeeds, its lines are booked in
 * the ledger where its subject says, and what was paid for (the store) is told. Once per event key, and once
 * per payment whatever the keys.
 */
export async function applyPaymentSucceeded(
  tx: Tx,
  paymentId: string,
  eventKey: string,
  options: SettlementOptions,
): Promise<Settlement> {
  // The payment row is locked first, before the event row (whose foreign key share-locks it)
  // or anything else: concurrent events for one payment queue here instead of deadlocking.
  const current = await requirePayment(tx, paymentId, { forUpdate: true });
  const fresh = await recordPaymentEvent(
    tx,
    { key: eventKey, paymentId, type: 'payment.succeeded', payload: options.payload ?? {} },
    options.now,
  );
  if (!fresh || current.status === 'succeeded') return { applied: false, payment: current };

  const confirmedBy = options.confirmation?.operatorId ?? null;
  const payment = await paymentLifecycle.transition(tx, {
    id: current.id,
    from: current.status,
    to: 'succeeded',
    actor: paymentActor({ confirmedBy, provider: current.provider }),
    at: options.now,
    set: {
      settledAt: options.now,
      updatedAt: options.now,
      ...(options.confirmation
        ? {
            confirmedBy: options.confirmation.operatorId,
            amountReceived: options.confirmation.amountReceived,
            bankReference: options.confirmation.bankReference,
          }
        : {}),
    },
  });
  const details = (await paymentDetails(tx, [payment.id])).get(payment.id);
  await postPaymentTransfers(tx, payment, details?.lines ?? []);
  await paymentSubject(payment.subjectType).succeeded(tx, payment, options.now);
  return { applied: true, payment };
}
