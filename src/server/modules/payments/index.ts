/** The payments module's public surface. Money moves into the ledger only through settlement. */
import { defineModule } from '../../module.ts';
import { paymentErrors } from './errors.ts';
import { paymentRoutes } from './routes/index.ts';

export { applyPaymentFailed } from './apply-payment-failed.ts';
export { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
export { cancelOpenPayments } from './cancel-open-payments.ts';
export { createPayment, type NewPayment, type Payer } from './create-payment.ts';
export { paymentErrors } from './errors.ts';
export { latestPaymentOf, subjectOfPayment } from './find-payment.ts';
export { offeredProviders } from './offered-providers.ts';
export { type PaymentDetails, paymentDetails, refundedAmount } from './payment-lines.ts';
export { type PaymentReferences, paymentReferences } from './payment-references.ts';
export { PaymentViewSchema, paymentView } from './payment-view.ts';
export {
  type PaymentInstructions,
  type PaymentProvider,
  paymentProvider,
} from './providers/index.ts';
export { type RefundOutcome, type RefundRequest, refundPayment } from './refund-payment.ts';
export { paymentRoutes } from './routes/index.ts';
export { type SandboxOutcome, settleSandboxPayment } from './sandbox-outcome.ts';
export type { Payment, PaymentRefund, PaymentStatus, ProviderCode } from './schema.ts';
export { type BankAccount, bankAccount, callbackSecret } from './settings.ts';
export { SIGNATURE_HEADER, signCallback } from './signature.ts';
export { paymentActor } from './status.ts';
export { type LinePosting, type PaymentSubject, registerPaymentSubjects } from './subjects.ts';
export { rejectionText, type TransferRejection } from './transfer-rejections.ts';

export const paymentsModule = defineModule({
  name: 'payments',
  routes: [paymentRoutes],
  errors: paymentErrors,
});
