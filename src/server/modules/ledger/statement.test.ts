import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { withTx } from '../../db/client.ts';
import { reverseTransfer } from './reverse-transfer.ts';
import { accountStatement } from './statement.ts';
import { deductPenalty, depositAccounts, payDeposit } from './testing.ts';

describe('account statements', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('lists every movement newest first with the balance each one left', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 10_000);
    const penalty = await deductPenalty(database.db, accounts, 1_500);
    await deductPenalty(database.db, accounts, 500);
    await withTx(database.db, (tx) =>
      reverseTransfer(tx, { transferId: penalty.id, key: `appeal:${penalty.id}` }),
    );

    const statement = await accountStatement(database.db, accounts.deposit.id, { limit: 10 });

    expect(
      statement.map(({ kind, direction, amount, balanceAfter, counterpartyCode }) => ({
        kind,
        direction,
        amount,
        balanceAfter,
        counterpartyCode,
      })),
    ).toEqual([
      {
        kind: 'reversal',
        direction: 'in',
        amount: 1_500,
        balanceAfter: 9_500,
        counterpartyCode: 'platform:penalty_income',
      },
      {
        kind: 'penalty',
        direction: 'out',
        amount: -500,
        balanceAfter: 8_000,
        counterpartyCode: 'platform:penalty_income',
      },
      {
        kind: 'penalty',
        direction: 'out',
        amount: -1_500,
        balanceAfter: 8_500,
        counterpartyCode: 'platform:penalty_income',
      },
      {
        kind: 'deposit_payment',
        direction: 'in',
        amount: 10_000,
        balanceAfter: 10_000,
        counterpartyCode: 'platform:cash',
      },
    ]);
    expect(statement[0]?.reversesTransferId).toBe(penalty.id);
  });

  it('pages back through older movements with the same running balances', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 1_000);
    for (let i = 1; i <= 6; i += 1) await deductPenalty(database.db, accounts, i * 10);
    const whole = await accountStatement(database.db, accounts.deposit.id, { limit: 100 });

    const pages = [];
    let before: number | undefined;
    for (;;) {
      const page = await accountStatement(database.db, accounts.deposit.id, { limit: 3, before });
      if (page.length === 0) break;
      pages.push(...page);
      before = page.at(-1)?.transferId;
    }

    expect(whole).toHaveLength(7);
    expect(pages).toEqual(whole);
    expect(whole[0]?.balanceAfter).toBe(1_000 - 210);
  });
});
