import { isValidSignature } from '../signature.ts';
import type { PaymentProvider } from './provider.ts';

/** Instant test payments: the merchant picks the outcome (POST /api/v1/payments/{id}/sandbox). */
export const sandboxProvider: PaymentProvider = {
  code: 'sandbox',
  testMode: true,
  initiate: async () => ({ status: 'pending', reference: null }),
  instructions: async () => null,
  verifyCallback: isValidSignature,
};
