import type { Tx } from '../../db/client.ts';
import {
  ensureMerchantDepositAccount,
  ensurePlatformAccount,
  postTransfer,
} from '../ledger/index.ts';
import type { Payment } from './schema.ts';

/**
 * Book a succeeded payment: the fee is the platform's income, the deposit is held for the
 * merchant. Both come in as platform cash. Keys derive from the payment, so booking it twice
 * books it once.
 */
export async function postPaymentTransfers(tx: Tx, payment: Payment): Promise<void> {
  const cash = await ensurePlatformAccount(tx, 'platform_cash', payment.currency);
  const common = {
    currency: payment.currency,
    reference: payment.id,
    metadata: { provider: payment.provider, testMode: payment.testMode },
    // A code, not a sentence: the statement renders it in its reader's language.
    memoParams: { testMode: payment.testMode },
  };
  if (payment.feeAmount > 0) {
    const feeIncome = await ensurePlatformAccount(tx, 'platform_fee_income', payment.currency);
    await postTransfer(tx, {
      ...common,
      key: `payment:${payment.id}:fee`,
      debit: cash.id,
      credit: feeIncome.id,
      amount: payment.feeAmount,
      kind: 'fee_payment',
      memoCode: 'payment.fee',
    });
  }
  if (payment.depositAmount > 0) {
    const deposit = await ensureMerchantDepositAccount(tx, payment.merchantId, payment.currency);
    await postTransfer(tx, {
      ...common,
      key: `payment:${payment.id}:deposit`,
      debit: cash.id,
      credit: deposit.id,
      amount: payment.depositAmount,
      kind: 'deposit_payment',
      memoCode: 'payment.deposit',
    });
  }
}
