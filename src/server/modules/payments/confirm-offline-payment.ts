import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordAudit } from '../audit/index.ts';
import type { Money } from '../ledger/index.ts';
import { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
import { assertExactAmount } from './exact-amount.ts';
import { requirePayment } from './find-payment.ts';

export interface OfflineConfirmation {
  paymentId: string;
  amountReceived: Money;
  bankReference: string;
  operatorId: string;
  ip: string | null;
  now: Date;
  /** Language of the mismatch message. */
  locale: Locale;
}

/**
 * A finance operator confirms that a bank transfer arrived. Only the exact amount due confirms
 * it: a partial or excess transfer is refused, and nothing changes. Submitting the same
 * confirmation twice (even at the same moment) confirms once.
 */
export async function confirmOfflinePayment(
  tx: Tx,
  input: OfflineConfirmation,
): Promise<Settlement> {
  const payment = await requirePayment(tx, input.paymentId);
  if (payment.provider !== 'offline') {
    throw new AppError('payment.wrong_provider', undefined, { provider: 'offline' });
  }
  assertExactAmount(payment, input.amountReceived, input.locale);
  const settlement = await applyPaymentSucceeded(tx, payment.id, `offline:confirm:${payment.id}`, {
    now: input.now,
    payload: {
      operatorId: input.operatorId,
      amountReceived: input.amountReceived,
      bankReference: input.bankReference,
    },
    confirmation: {
      operatorId: input.operatorId,
      amountReceived: input.amountReceived.amount,
      bankReference: input.bankReference,
    },
  });
  if (settlement.applied) {
    await recordAudit(tx, {
      actor: input.operatorId,
      action: 'payment.confirmed',
      target: { type: 'payment', id: payment.id },
      before: { status: payment.status },
      after: {
        status: settlement.payment.status,
        amountReceived: input.amountReceived,
        bankReference: input.bankReference,
      },
      ip: input.ip,
      at: input.now,
    });
  }
  return settlement;
}
