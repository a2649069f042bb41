import { AppError } from '../../errors.ts';
import type { PaymentStatus } from './schema.ts';

/** A payment settles once: succeeded, failed and cancelled are final. */
const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ['succeeded', 'failed', 'cancelled'],
  awaiting_confirmation: ['succeeded', 'failed', 'cancelled'],
  succeeded: [],
  failed: [],
  cancelled: [],
};

export const OPEN_PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'awaiting_confirmation'];

export function transition(from: PaymentStatus, to: PaymentStatus): PaymentStatus {
  if (!TRANSITIONS[from].includes(to)) {
    throw new AppError('payment.invalid_transition', { from, to }, { status: from });
  }
  return to;
}
