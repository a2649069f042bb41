import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0004_ledger.sql (and 0010's memo codes), which is what the database runs;
// keep the two in step.
// Balances follow one convention for every account: credits − debits (see the migration).

export const accountKinds = [
  'platform_cash',
  'platform_fee_income',
  'platform_penalty_income',
  'buyer_compensation_payable',
  'payout_clearing',
  'merchant_deposit',
  // Buyers' money for orders not yet completed (SPEC §7: held by the platform until completion).
  'order_funds_held',
] as const;
export type AccountKind = (typeof accountKinds)[number];
export type PlatformAccountKind = Exclude<AccountKind, 'merchant_deposit'>;

export type TransferKind =
  | 'deposit_payment'
  | 'fee_payment'
  | 'order_payment'
  | 'penalty'
  | 'penalty_reversal'
  | 'compensation'
  | 'refund'
  | 'payout'
  | 'reversal';

export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique('ledger_accounts_code_key'),
    kind: text('kind').$type<AccountKind>().notNull(),
    ownerId: uuid('owner_id'),
    currency: text('currency').notNull().default('CNY'),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    mustNotGoNegative: boolean('must_not_go_negative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('ledger_accounts_kind_check', sql`${table.kind} ~ '^[a-z][a-z_]*$'`),
    check('ledger_accounts_currency_check', sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check(
      'ledger_accounts_balance_not_negative',
      sql`NOT ${table.mustNotGoNegative} OR ${table.balance} >= 0`,
    ),
    check(
      'ledger_accounts_merchant_deposit_shape',
      sql`${table.kind} <> 'merchant_deposit' OR (${table.ownerId} IS NOT NULL AND ${table.mustNotGoNegative})`,
    ),
    unique('ledger_accounts_id_currency').on(table.id, table.currency),
    index('ledger_accounts_owner').on(table.ownerId).where(sql`${table.ownerId} IS NOT NULL`),
  ],
);

export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    idempotencyKey: text('idempotency_key')
      .notNull()
      .unique('ledger_transfers_idempotency_key_key'),
    debitAccountId: uuid('debit_account_id').notNull(),
    creditAccountId: uuid('credit_account_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    kind: text('kind').$type<TransferKind>().notNull(),
    reversesTransferId: bigint('reverses_transfer_id', { mode: 'number' }).unique(
      'ledger_transfers_reverses_transfer_id_key',
    ),
    /** Text of transfers from before memo codes (0010); new transfers carry memoCode instead. */
    memo: text('memo'),
    /** What the transfer is for, as a code each reader's language renders (see memo.ts). */
    memoCode: text('memo_code'),
    memoParams: jsonb('memo_params').$type<Record<string, unknown>>().notNull().default({}),
    reference: text('reference'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('ledger_transfers_amount_check', sql`${table.amount} > 0`),
    check('ledger_transfers_kind_check', sql`${table.kind} ~ '^[a-z][a-z_]*$'`),
    check(
      'ledger_transfers_memo_code_check',
      sql`${table.memoCode} ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'`,
    ),
    check(
      'ledger_transfers_distinct_accounts',
      sql`${table.debitAccountId} <> ${table.creditAccountId}`,
    ),
    foreignKey({
      name: 'ledger_transfers_reverses_transfer_id_fkey',
      columns: [table.reversesTransferId],
      foreignColumns: [table.id],
    }),
    foreignKey({
      name: 'ledger_transfers_debit_account',
      columns: [table.debitAccountId, table.currency],
      foreignColumns: [ledgerAccounts.id, ledgerAccounts.currency],
    }),
    foreignKey({
      name: 'ledger_transfers_credit_account',
      columns: [table.creditAccountId, table.currency],
      foreignColumns: [ledgerAccounts.id, ledgerAccounts.currency],
    }),
    index('ledger_transfers_debit').on(table.debitAccountId, table.id),
    index('ledger_transfers_credit').on(table.creditAccountId, table.id),
    index('ledger_transfers_reference')
      .on(table.reference)
      .where(sql`${table.reference} IS NOT NULL`),
  ],
);

export type LedgerAccount = typeof ledgerAccounts.$inferSelect;
export type Transfer = typeof ledgerTransfers.$inferSelect;
/** A transfer as written: the database assigns the id and the time. */
export type NewTransfer = Omit<Transfer, 'id' | 'createdAt'>;
