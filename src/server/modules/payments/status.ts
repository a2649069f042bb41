import { type Actor, defineLifecycle } from '../../lifecycle/define-lifecycle.ts';
import { type Payment, type PaymentStatus, payments } from './schema.ts';

/** A payment settles once: succeeded, failed and cancelled are final. */
export const paymentLifecycle = defineLifecycle<PaymentStatus, typeof payments>('payment', {
  table: payments,
  transitions: {
    pending: ['succeeded', 'failed', 'cancelled'],
    awaiting_confirmation: ['succeeded', 'failed', 'cancelled'],
    succeeded: [],
    failed: [],
    cancelled: [],
  },
  refusedParams: (from) => ({ status: from }),
});

export const OPEN_PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'awaiting_confirmation'];

export const transition = paymentLifecycle.assert;

/** Who settled a payment: the operator who confirmed the transfer, else its provider. */
export function paymentActor(payment: Pick<Payment, 'confirmedBy' | 'provider'>): Actor {
  return payment.confirmedBy
    ? { kind: 'operator', id: payment.confirmedBy }
    : { kind: 'provider', id: payment.provider };
}
