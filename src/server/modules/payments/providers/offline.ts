import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { payments } from '../schema.ts';
import { isValidSignature } from '../signature.ts';
import type { PaymentProvider } from './provider.ts';
import { newReferenceCode } from './reference-code.ts';

/**
 * Bank transfer: the merchant transfers the amount quoting the reference code, and a finance
 * operator confirms the receipt (or a bank integration reports it through the signed callback).
 */
export const offlineProvider: PaymentProvider = {
  code: 'offline',
  testMode: false,
  async initiate(db) {
    return { status: 'awaiting_confirmation', reference: await unusedReference(db) };
  },
  instructions: (payment, platformAccount) =>
    payment.reference ? { reference: payment.reference, bankAccount: platformAccount } : null,
  /**
   * The platform cannot move money out of its bank account by itself: finance sends the money
   * back by bank transfer first, then records the refund with that transfer's reference. So the
   * refund is booked when the money has really left, once, and statements show the reference.
   */
  async refund(_payment, order) {
    if (!order.bankReference) throw new AppError('payment.refund_bank_reference_required');
    return { reference: order.bankReference };
  },
  verifyCallback: isValidSignature,
};

async function unusedReference(db: Executor): Promise<string> {
  for (;;) {
    const reference = newReferenceCode();
    const [taken] = await db
      .select({ id: payments.id })
      .from(payments)
      .where(eq(payments.reference, reference));
    if (!taken) return reference;
  }
}
