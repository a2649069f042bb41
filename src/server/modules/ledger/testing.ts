import { randomUUID } from 'node:crypto';
import { type Db, withTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { ensureMerchantDepositAccount, ensurePlatformAccount } from './ensure-account.ts';
import { postTransfer } from './post-transfer.ts';
import type { LedgerAccount, Transfer } from './schema.ts';

// Fixtures shared by the ledger's tests: the accounts of one merchant's deposit flows.

export interface DepositAccounts {
  merchantId: string;
  deposit: LedgerAccount;
  cash: LedgerAccount;
  penaltyIncome: LedgerAccount;
}

export function depositAccounts(db: Db, merchantId = randomUUID()): Promise<DepositAccounts> {
  return withTx(db, async (tx) => ({
    merchantId,
    deposit: await ensureMerchantDepositAccount(tx, merchantId),
    cash: await ensurePlatformAccount(tx, 'platform_cash'),
    penaltyIncome: await ensurePlatformAccount(tx, 'platform_penalty_income'),
  }));
}

/** The merchant pays `amount` into the deposit: platform cash in, the deposit owed back. */
export function payDeposit(
  db: Db,
  accounts: DepositAccounts,
  amount: number,
  key: string = randomUUID(),
) {
  return withTx(db, (tx) =>
    postTransfer(tx, {
      key,
      debit: accounts.cash.id,
      credit: accounts.deposit.id,
      amount,
      currency: 'CNY',
      kind: 'deposit_payment',
    }),
  );
}

/** A penalty taken from the deposit into the platform's penalty income. */
export function deductPenalty(
  db: Db,
  accounts: DepositAccounts,
  amount: number,
  key: string = randomUUID(),
): Promise<Transfer> {
  return withTx(db, (tx) =>
    postTransfer(tx, {
      key,
      debit: accounts.deposit.id,
      credit: accounts.penaltyIncome.id,
      amount,
      currency: 'CNY',
      kind: 'penalty',
    }),
  );
}

/** The error code a promise rejected with, or `ok` — so a test can tally outcomes. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
