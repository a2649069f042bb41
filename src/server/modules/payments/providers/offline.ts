import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { payments } from '../schema.ts';
import { bankAccount } from '../settings.ts';
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
  async instructions(db, payment) {
    return payment.reference
      ? { reference: payment.reference, bankAccount: await bankAccount(db) }
      : null;
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
