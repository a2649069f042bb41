import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { withTx } from '../../db/client.ts';
import { accountBalance, verifyBalances } from './balances.ts';
import { postTransfer } from './post-transfer.ts';
import { ledgerTransfers } from './schema.ts';
import { deductPenalty, depositAccounts, outcome, payDeposit } from './testing.ts';

describe('the ledger under concurrent transfers', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('20 deductions that together exceed the deposit: some succeed, none overdraw', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 10_000);
    const amounts = Array.from({ length: 20 }, (_, i) => 700 + (i % 5) * 100); // 18,000 in all

    // Each deduction in its own transaction on its own connection, all in flight together.
    const outcomes = await Promise.all(
      amounts.map((amount) => outcome(deductPenalty(database.db, accounts, amount))),
    );

    const taken = amounts.filter((_, i) => outcomes[i] === 'ok').reduce((a, b) => a + b, 0);
    expect(outcomes.filter((result) => result === 'ok').length).toBeGreaterThan(0);
    expect(
      outcomes.filter((result) => result === 'ledger.insufficient_funds').length,
    ).toBeGreaterThan(0);
    expect(
      outcomes.every((result) => result === 'ok' || result === 'ledger.insufficient_funds'),
    ).toBe(true);
    const balance = (await accountBalance(database.db, accounts.deposit.id)).amount;
    expect(balance).toBe(10_000 - taken);
    expect(balance).toBeGreaterThanOrEqual(0);
    // Refusals came only when what was left was really too little for them.
    const smallestRefused = Math.min(...amounts.filter((_, i) => outcomes[i] !== 'ok'));
    expect(balance).toBeLessThan(smallestRefused);
    expect(await verifyBalances(database.db)).toEqual([]);
  });

  it('the same key posted from 10 connections at once moves the money once', async () => {
    const accounts = await depositAccounts(database.db);
    const key = `payment:${accounts.merchantId}`;

    const transfers = await Promise.all(
      Array.from({ length: 10 }, () => payDeposit(database.db, accounts, 5_000, key)),
    );

    expect(new Set(transfers.map((transfer) => transfer.id)).size).toBe(1);
    expect((await accountBalance(database.db, accounts.deposit.id)).amount).toBe(5_000);
    expect(await database.db.$count(ledgerTransfers, eq(ledgerTransfers.idempotencyKey, key))).toBe(
      1,
    );
  });

  it('transfers in opposite directions between one pair of accounts do not deadlock', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 100_000);
    const refund = () =>
      withTx(database.db, (tx) =>
        postTransfer(tx, {
          key: randomUUID(),
          debit: accounts.penaltyIncome.id,
          credit: accounts.deposit.id,
          amount: 100,
          currency: 'CNY',
          kind: 'penalty_reversal',
        }),
      );
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 2 === 0 ? deductPenalty(database.db, accounts, 100) : refund(),
      ),
    );
    expect((await accountBalance(database.db, accounts.deposit.id)).amount).toBe(100_000);
  });
});
