/** The payments module's public surface. Money moves into the ledger only through settlement. */
export { applyPaymentFailed } from './apply-payment-failed.ts';
export { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
export { paymentErrors } from './errors.ts';
export { paymentRoutes } from './routes/index.ts';
export type { Payment, PaymentStatus, ProviderCode } from './schema.ts';
export { callbackSecret } from './settings.ts';
export { SIGNATURE_HEADER, signCallback } from './signature.ts';
