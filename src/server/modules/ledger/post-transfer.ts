import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordEvent } from '../../outbox/events.ts';
import { parseAccountId } from './account-id.ts';
import { replay } from './idempotency.ts';
import { assertAmount, assertCurrency, invalidTransfer } from './money.ts';
import {
  type LedgerAccount,
  ledgerAccounts,
  ledgerTransfers,
  type NewTransfer,
  type Transfer,
  type TransferKind,
} from './schema.ts';

// As the database's CHECK has it: dotted lower-case words, `payment.fee`.
const MEMO_CODE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export interface TransferInput {
  /** Same key, same transfer: posting it again returns the first one and moves nothing. */
  key: string;
  /** Account id whose balance goes down by `amount`. */
  debit: string;
  /** Account id whose balance goes up by `amount`. */
  credit: string;
  amount: number;
  currency: string;
  kind: TransferKind;
  /** What the transfer is for, as a code readers' languages render: `payment.deposit`. */
  memoCode?: string | null;
  /** Values the memo's message needs, such as `{ testMode: true }`. */
  memoParams?: Record<string, unknown>;
  /** Free text; transfers before memo codes hold English sentences here. */
  memo?: string | null;
  reference?: string | null;
  metadata?: Record<string, unknown>;
}

/**
 * Move `amount` from the debit account to the credit account, once per key. Refuses a movement
 * that would take a must-not-go-negative account (a merchant deposit) below zero.
 */
export function postTransfer(tx: Tx, input: TransferInput): Promise<Transfer> {
  return recordTransfer(tx, toNewTransfer(input, null));
}

export function toNewTransfer(
  input: TransferInput,
  reversesTransferId: number | null,
): NewTransfer {
  if (typeof input.key !== 'string' || input.key.length === 0 || input.key.length > 200) {
    throw invalidTransfer('key', 'length_1_200');
  }
  const debitAccountId = parseAccountId(input.debit);
  const creditAccountId = parseAccountId(input.credit);
  if (debitAccountId === creditAccountId) throw invalidTransfer('credit', 'distinct_accounts');
  assertAmount(input.amount);
  assertCurrency(input.currency);
  if (input.memoCode != null && !MEMO_CODE.test(input.memoCode)) {
    throw invalidTransfer('memoCode', 'memo_code');
  }
  return {
    idempotencyKey: input.key,
    debitAccountId,
    creditAccountId,
    amount: input.amount,
    currency: input.currency,
    kind: input.kind,
    reversesTransferId,
    memo: input.memo ?? null,
    memoCode: input.memoCode ?? null,
    memoParams: JSON.parse(JSON.stringify(input.memoParams ?? {})),
    reference: input.reference ?? null,
    // What jsonb will store: a JSON round trip drops undefined and turns dates into strings.
    metadata: JSON.parse(JSON.stringify(input.metadata ?? {})),
  };
}

/** The one writer of transfers and balances; reversals come through here too. */
export async function recordTransfer(tx: Tx, wanted: NewTransfer): Promise<Transfer> {
  const earlier = await findTransferByKey(tx, wanted.idempotencyKey);
  if (earlier) return replay(earlier, wanted);

  const { debit, credit } = await lockAccounts(tx, wanted.debitAccountId, wanted.creditAccountId);
  // A call with the same key may have committed while this one waited for the locks.
  const committed = await findTransferByKey(tx, wanted.idempotencyKey);
  if (committed) return replay(committed, wanted);
  if (wanted.reversesTransferId !== null) await assertNotReversed(tx, wanted.reversesTransferId);
  if (debit.currency !== wanted.currency || credit.currency !== wanted.currency) {
    throw new AppError('ledger.currency_mismatch', {
      currency: wanted.currency,
      debitCurrency: debit.currency,
      creditCurrency: credit.currency,
    });
  }
  if (debit.mustNotGoNegative && debit.balance < wanted.amount) {
    throw new AppError('ledger.insufficient_funds', {
      accountId: debit.id,
      balance: debit.balance,
      amount: wanted.amount,
      currency: debit.currency,
    });
  }

  // DO NOTHING rather than a unique-violation error, which would abort the caller's transaction:
  // the same key posted on other accounts, or a second reversal, can still race past the checks.
  const [inserted] = await tx
    .insert(ledgerTransfers)
    .values(wanted)
    .onConflictDoNothing()
    .returning();
  if (!inserted) {
    const winner = await findTransferByKey(tx, wanted.idempotencyKey);
    if (winner) return replay(winner, wanted);
    if (wanted.reversesTransferId !== null) await assertNotReversed(tx, wanted.reversesTransferId);
    throw new Error(`ledger transfer ${wanted.idempotencyKey} conflicted with an unknown transfer`);
  }
  // A breach of the balance CHECK here would mean the check above is wrong: let it fail loudly.
  await moveBalance(tx, wanted.debitAccountId, -wanted.amount);
  await moveBalance(tx, wanted.creditAccountId, wanted.amount);
  for (const account of [debit, credit]) {
    if (account.kind === 'merchant_deposit' && account.ownerId) {
      await recordEvent(tx, {
        topic: 'ledger.deposit_moved',
        key: `ledger.deposit_moved:${inserted.id}:${account.id}`,
        occurredAt: inserted.createdAt,
        data: { merchantId: account.ownerId, transferId: inserted.id },
      });
    }
  }
  return inserted;
}

async function moveBalance(tx: Tx, accountId: string, delta: number): Promise<void> {
  await tx
    .update(ledgerAccounts)
    .set({ balance: sql`${ledgerAccounts.balance} + ${delta}::bigint` })
    .where(eq(ledgerAccounts.id, accountId));
}

/**
 * Lock both accounts in id order, so two transfers between the same pair of accounts in opposite
 * directions queue up instead of deadlocking. Postgres locks rows as they leave the sort.
 */
async function lockAccounts(
  tx: Tx,
  debitId: string,
  creditId: string,
): Promise<{ debit: LedgerAccount; credit: LedgerAccount }> {
  const rows = await tx
    .select()
    .from(ledgerAccounts)
    .where(inArray(ledgerAccounts.id, [debitId, creditId]))
    .orderBy(ledgerAccounts.id)
    .for('update');
  const debit = rows.find((row) => row.id === debitId);
  const credit = rows.find((row) => row.id === creditId);
  if (!debit) throw new AppError('ledger.account_not_found', undefined, { id: debitId });
  if (!credit) throw new AppError('ledger.account_not_found', undefined, { id: creditId });
  return { debit, credit };
}

export async function findTransferByKey(tx: Tx, key: string): Promise<Transfer | undefined> {
  const [transfer] = await tx
    .select()
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.idempotencyKey, key));
  return transfer;
}

async function assertNotReversed(tx: Tx, transferId: number): Promise<void> {
  const [reversal] = await tx
    .select({ id: ledgerTransfers.id })
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.reversesTransferId, transferId));
  if (reversal) {
    throw new AppError(
      'ledger.already_reversed',
      { transferId, reversalId: reversal.id },
      { id: transferId },
    );
  }
}
