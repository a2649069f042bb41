import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { parseAccountId } from './account-id.ts';
import { findAccountByCode, merchantDepositCode } from './ensure-account.ts';
import { DEFAULT_CURRENCY, type Money } from './money.ts';
import { ledgerAccounts } from './schema.ts';

/** Credits − debits, the one sign convention of every ledger balance. */
export async function accountBalance(tx: Executor, accountId: string): Promise<Money> {
  const [account] = await tx
    .select({ amount: ledgerAccounts.balance, currency: ledgerAccounts.currency })
    .from(ledgerAccounts)
    .where(eq(ledgerAccounts.id, parseAccountId(accountId)));
  if (!account) throw new AppError('ledger.account_not_found', undefined, { id: accountId });
  return account;
}

/** A merchant who never paid a deposit has none yet: zero, in the default currency. */
export async function merchantDepositBalance(tx: Executor, merchantId: string): Promise<Money> {
  const account = await findAccountByCode(tx, merchantDepositCode(merchantId));
  return account
    ? { amount: account.balance, currency: account.currency }
    : { amount: 0, currency: DEFAULT_CURRENCY };
}

export interface BalanceMismatch {
  accountId: string;
  code: string;
  cached: number;
  recomputed: number;
}

/**
 * Recompute every balance from the transfers and list the accounts whose cached balance
 * disagrees: the operator's check that the ledger is whole. Empty means it is.
 */
export async function verifyBalances(tx: Executor): Promise<BalanceMismatch[]> {
  const result = await tx.execute<{
    accountId: string;
    code: string;
    cached: number;
    recomputed: number;
  }>(sql`
    WITH movements AS (
      SELECT credit_account_id AS account_id, amount FROM ledger_transfers
      UNION ALL
      SELECT debit_account_id, -amount FROM ledger_transfers
    ), sums AS (
      SELECT account_id, sum(amount)::bigint AS total FROM movements GROUP BY account_id
    )
    SELECT a.id AS "accountId", a.code, a.balance AS cached, coalesce(s.total, 0) AS recomputed
    FROM ledger_accounts a LEFT JOIN sums s ON s.account_id = a.id
    WHERE a.balance <> coalesce(s.total, 0)
    ORDER BY a.code`);
  return result.rows;
}

/** The deposit balances of a page of merchants, in one query, by merchant id. */
export async function merchantDepositBalances(
  tx: Executor,
  merchantIds: readonly string[],
): Promise<Map<string, Money>> {
  const balances = new Map<string, Money>(
    merchantIds.map((id) => [id, { amount: 0, currency: DEFAULT_CURRENCY }]),
  );
  if (merchantIds.length === 0) return balances;
  const rows = await tx
    .select({
      merchantId: ledgerAccounts.ownerId,
      amount: ledgerAccounts.balance,
      currency: ledgerAccounts.currency,
    })
    .from(ledgerAccounts)
    .where(
      and(
        inArray(ledgerAccounts.ownerId, [...merchantIds]),
        eq(ledgerAccounts.kind, 'merchant_deposit'),
      ),
    );
  for (const row of rows) {
    if (row.merchantId)
      balances.set(row.merchantId, { amount: row.amount, currency: row.currency });
  }
  return balances;
}
