import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accountBalance } from './balances.ts';
import type { TransferKind } from './schema.ts';

export interface StatementEntry {
  transferId: number;
  createdAt: Date;
  kind: TransferKind;
  /** `in` when the transfer credited this account (its balance went up), `out` when debited. */
  direction: 'in' | 'out';
  /** Signed: positive in, negative out. */
  amount: number;
  currency: string;
  /** The account's balance just after this transfer. */
  balanceAfter: number;
  counterpartyAccountId: string;
  counterpartyCode: string;
  /** Stored text: on transfers from before memo codes, the only memo (see memo.ts). */
  memo: string | null;
  memoCode: string | null;
  memoParams: Record<string, unknown>;
  reference: string | null;
  reversesTransferId: number | null;
}

export interface StatementPage {
  limit: number;
  /** A transferId from the previous page: continue with the transfers older than it. */
  before?: number;
}

const MAX_PAGE = 500;

/** The transfers touching an account, newest first, each with the balance it left behind. */
export async function accountStatement(
  tx: Executor,
  accountId: string,
  page: StatementPage,
): Promise<StatementEntry[]> {
  await accountBalance(tx, accountId); // refuses an unknown account
  const limit = Math.min(Math.max(Math.trunc(page.limit), 1), MAX_PAGE);
  const before = page.before ?? Number.MAX_SAFE_INTEGER;
  // One statement, so the cached balance and the transfers come from the same snapshot. The
  // running balance is counted back from the cached one, so the newest page — the one people
  // read — costs only its own rows: a transfer's id orders one account's transfers by commit.
  const result = await tx.execute<Omit<StatementEntry, 'direction'>>(sql`
    WITH account AS (
      SELECT balance FROM ledger_accounts WHERE id = ${accountId}::uuid
    ), movements AS (
      SELECT id, amount AS signed, debit_account_id AS counterparty
      FROM ledger_transfers WHERE credit_account_id = ${accountId}::uuid
      UNION ALL
      SELECT id, -amount, credit_account_id
      FROM ledger_transfers WHERE debit_account_id = ${accountId}::uuid
    ), newer AS (
      SELECT coalesce(sum(signed), 0) AS total FROM movements WHERE id >= ${before}
    ), page AS (
      SELECT * FROM movements WHERE id < ${before} ORDER BY id DESC LIMIT ${limit}
    )
    SELECT
      p.id AS "transferId",
      t.created_at AS "createdAt",
      t.kind,
      p.signed AS amount,
      t.currency,
      (account.balance - newer.total - coalesce(sum(p.signed) OVER (
        ORDER BY p.id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::bigint
        AS "balanceAfter",
      p.counterparty AS "counterpartyAccountId",
      c.code AS "counterpartyCode",
      t.memo,
      t.memo_code AS "memoCode",
      t.memo_params AS "memoParams",
      t.reference,
      t.reverses_transfer_id AS "reversesTransferId"
    FROM page p
    JOIN ledger_transfers t ON t.id = p.id
    JOIN ledger_accounts c ON c.id = p.counterparty
    CROSS JOIN account
    CROSS JOIN newer
    ORDER BY p.id DESC`);
  // Raw queries through drizzle hand timestamps back as text; the statement promises Dates.
  return result.rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt),
    direction: row.amount > 0 ? 'in' : 'out',
  }));
}
