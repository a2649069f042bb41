import type { Tx } from '../../db/client.ts';
import { ensurePlatformAccount, postTransfer } from '../ledger/index.ts';
import type { PaymentDetails } from './payment-lines.ts';
import type { Payment } from './schema.ts';
import { type LinePosting, paymentSubject } from './subjects.ts';

/**
 * Book a succeeded payment: each line comes in as platform cash and goes where its subject says
 * (a store purchase's fee to the platform's income, its deposit to the merchant's deposit).
 * Keys derive from the payment and the line, so booking it twice books it once.
 */
export async function postPaymentTransfers(
  tx: Tx,
  payment: Payment,
  lines: PaymentDetails['lines'],
): Promise<void> {
  const postings = await paymentSubject(payment.subjectType).linePostings(tx, payment);
  const cash = await ensurePlatformAccount(tx, 'platform_cash', payment.currency);
  for (const line of lines) {
    if (line.amount === 0) continue;
    const posting = postingOf(postings, payment, line.kind);
    await postTransfer(tx, {
      ...transferCommon(payment),
      key: `payment:${payment.id}:${line.kind}`,
      debit: cash.id,
      credit: posting.account,
      amount: line.amount,
      kind: posting.kind,
      memoCode: posting.memoCode,
    });
  }
}

export function postingOf(
  postings: Record<string, LinePosting>,
  payment: Payment,
  kind: string,
): LinePosting {
  const posting = postings[kind];
  if (!posting) throw new Error(`payment subject ${payment.subjectType} posts no "${kind}" line`);
  return posting;
}

export function transferCommon(payment: Payment) {
  return {
    currency: payment.currency,
    // What ties a transfer to its cause: statements look the payment's references up by it.
    reference: payment.id,
    metadata: { provider: payment.provider, testMode: payment.testMode },
    // A code, not a sentence: the statement renders it in its reader's language.
    memoParams: { testMode: payment.testMode },
  };
}
