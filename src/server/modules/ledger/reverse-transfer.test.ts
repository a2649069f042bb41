import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { withTx } from '../../db/client.ts';
import { accountBalance, verifyBalances } from './balances.ts';
import { reverseTransfer } from './reverse-transfer.ts';
import { deductPenalty, depositAccounts, outcome, payDeposit } from './testing.ts';

describe('reversing ledger transfers', () => {
  let database: TestDatabase;
  const balanceOf = (accountId: string) =>
    accountBalance(database.db, accountId).then((balance) => balance.amount);
  const reverse = (transferId: number, key: string, memo?: string) =>
    withTx(database.db, (tx) => reverseTransfer(tx, { transferId, key, memo }));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('an upheld appeal gives the penalty back with a new transfer the other way', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 10_000);
    const incomeBefore = await balanceOf(accounts.penaltyIncome.id);
    const penalty = await deductPenalty(database.db, accounts, 3_000);

    const reversal = await withTx(database.db, (tx) =>
      reverseTransfer(tx, {
        transferId: penalty.id,
        key: `appeal:${penalty.id}`,
        kind: 'penalty_reversal',
      }),
    );

    expect(reversal).toMatchObject({
      debitAccountId: accounts.penaltyIncome.id,
      creditAccountId: accounts.deposit.id,
      amount: 3_000,
      kind: 'penalty_reversal',
      reversesTransferId: penalty.id,
    });
    expect(await balanceOf(accounts.deposit.id)).toBe(10_000);
    expect(await balanceOf(accounts.penaltyIncome.id)).toBe(incomeBefore);
    expect(await verifyBalances(database.db)).toEqual([]);
  });

  it('a transfer is reversed once; the same key again returns the first reversal', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 5_000);
    const penalty = await deductPenalty(database.db, accounts, 1_000);
    const first = await reverse(penalty.id, `appeal:${penalty.id}`, 'appeal upheld');

    expect(await reverse(penalty.id, `appeal:${penalty.id}`, 'appeal upheld')).toEqual(first);
    await expect(reverse(penalty.id, `appeal:${penalty.id}:again`)).rejects.toMatchObject({
      code: 'ledger.already_reversed',
      params: { id: penalty.id },
    });
    expect(await outcome(reverse(penalty.id, `appeal:${penalty.id}`, 'another memo'))).toBe(
      'ledger.idempotency_conflict',
    );
    expect(await balanceOf(accounts.deposit.id)).toBe(5_000);
  });

  it('two different reversals racing for one transfer: one wins', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 5_000);
    const penalty = await deductPenalty(database.db, accounts, 1_000);

    const outcomes = await Promise.all(
      Array.from({ length: 4 }, (_, i) => outcome(reverse(penalty.id, `race:${penalty.id}:${i}`))),
    );

    expect(outcomes.filter((result) => result === 'ok')).toHaveLength(1);
    expect(outcomes.filter((result) => result === 'ledger.already_reversed')).toHaveLength(3);
    expect(await balanceOf(accounts.deposit.id)).toBe(5_000);
  });

  it('cannot reverse a deposit payment the deposit no longer holds', async () => {
    const accounts = await depositAccounts(database.db);
    const payment = await payDeposit(database.db, accounts, 5_000);
    await deductPenalty(database.db, accounts, 2_000);

    expect(await outcome(reverse(payment.id, randomUUID()))).toBe('ledger.insufficient_funds');
    expect(await balanceOf(accounts.deposit.id)).toBe(3_000);
  });

  it('a mistaken reversal is itself reversed, never edited', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 5_000);
    const penalty = await deductPenalty(database.db, accounts, 1_000);
    const reversal = await reverse(penalty.id, randomUUID());
    await reverse(reversal.id, randomUUID());

    expect(await balanceOf(accounts.deposit.id)).toBe(4_000);
  });

  it('names a transfer that does not exist', async () => {
    expect(await outcome(reverse(9_999_999, randomUUID()))).toBe('ledger.transfer_not_found');
    expect(await outcome(reverse(1.5, randomUUID()))).toBe('ledger.transfer_not_found');
  });
});
