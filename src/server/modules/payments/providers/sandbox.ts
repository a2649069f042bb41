import { isValidSignature } from '../signature.ts';
import type { PaymentProvider } from './provider.ts';

/** Instant test payments: the merchant picks the outcome (POST /api/v1/payments/{id}/sandbox). */
export const sandboxProvider: PaymentProvider = {
  code: 'sandbox',
  testMode: true,
  initiate: async () => ({ status: 'pending', reference: null }),
  instructions: () => null,
  // No money moved in, none moves out: the refund is booked at once under a test reference.
  refund: async (_payment, order) => ({
    reference: `SANDBOX-RF-${order.refundId.slice(0, 8).toUpperCase()}`,
  }),
  verifyCallback: isValidSignature,
};
