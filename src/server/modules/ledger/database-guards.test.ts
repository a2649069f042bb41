import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { accountBalance, verifyBalances } from './balances.ts';
import { ensurePlatformAccount } from './ensure-account.ts';
import { type DepositAccounts, deductPenalty, depositAccounts, payDeposit } from './testing.ts';

// What the database refuses on its own, whatever code (or person with psql) talks to it.
describe('the ledger tables guard themselves', () => {
  let database: TestDatabase;
  let accounts: DepositAccounts;
  let transferId: number;
  const query = (text: string, values: unknown[] = []) => database.pool.query(text, values);

  beforeAll(async () => {
    database = await createTestDatabase();
    accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 1_000);
    transferId = (await deductPenalty(database.db, accounts, 400)).id;
  });
  afterAll(() => database.drop());

  it('refuses to edit, delete or truncate a transfer', async () => {
    await expect(
      query('UPDATE ledger_transfers SET amount = 1 WHERE id = $1', [transferId]),
    ).rejects.toThrow(/immutable/);
    await expect(query('DELETE FROM ledger_transfers WHERE id = $1', [transferId])).rejects.toThrow(
      /immutable/,
    );
    await expect(query('TRUNCATE ledger_transfers CASCADE')).rejects.toThrow(/immutable/);
    const { rows } = await query('SELECT amount FROM ledger_transfers WHERE id = $1', [transferId]);
    expect(rows).toEqual([{ amount: 400 }]);
  });

  it('refuses a deposit balance below zero', async () => {
    await expect(
      query('UPDATE ledger_accounts SET balance = -1 WHERE id = $1', [accounts.deposit.id]),
    ).rejects.toMatchObject({ constraint: 'ledger_accounts_balance_not_negative' });
    expect((await accountBalance(database.db, accounts.deposit.id)).amount).toBe(600);
  });

  it('lets platform accounts go negative: that is how cash shows', async () => {
    expect((await accountBalance(database.db, accounts.cash.id)).amount).toBeLessThan(0);
  });

  it('refuses to change what an account is, or to delete it', async () => {
    for (const change of [
      "code = 'platform:cash'",
      'must_not_go_negative = false',
      "currency = 'USD'",
      'owner_id = NULL',
    ]) {
      await expect(
        query(`UPDATE ledger_accounts SET ${change} WHERE id = $1`, [accounts.deposit.id]),
      ).rejects.toThrow(/only the balance/);
    }
    await expect(
      query('DELETE FROM ledger_accounts WHERE id = $1', [accounts.deposit.id]),
    ).rejects.toThrow(/cannot be deleted/);
  });

  it('refuses a transfer whose currency is not its accounts', async () => {
    const usdIncome = await ensurePlatformAccount(database.db, 'platform_fee_income', 'USD');
    const insert = (credit: string, currency: string) =>
      query(
        `INSERT INTO ledger_transfers
           (idempotency_key, debit_account_id, credit_account_id, amount, currency, kind)
         VALUES (gen_random_uuid()::text, $1, $2, 10, $3, 'penalty')`,
        [accounts.deposit.id, credit, currency],
      );
    await expect(insert(usdIncome.id, 'USD')).rejects.toMatchObject({
      constraint: 'ledger_transfers_debit_account',
    });
    await expect(insert(usdIncome.id, 'CNY')).rejects.toMatchObject({
      constraint: 'ledger_transfers_credit_account',
    });
    await expect(insert(accounts.deposit.id, 'CNY')).rejects.toMatchObject({
      constraint: 'ledger_transfers_distinct_accounts',
    });
  });

  it('refuses a second reversal of one transfer', async () => {
    const reverse = (key: string) =>
      query(
        `INSERT INTO ledger_transfers (idempotency_key, debit_account_id, credit_account_id,
           amount, currency, kind, reverses_transfer_id)
         VALUES ($1, $2, $3, 400, 'CNY', 'reversal', $4)`,
        [key, accounts.penaltyIncome.id, accounts.deposit.id, transferId],
      );
    await reverse('raw-reversal-1');
    await expect(reverse('raw-reversal-2')).rejects.toMatchObject({
      constraint: 'ledger_transfers_reverses_transfer_id_key',
    });
  });

  it('verifyBalances names the accounts a transfer written behind its back left out of step', async () => {
    // The raw reversal above skipped postTransfer(), so no cached balance moved.
    const mismatches = await verifyBalances(database.db);
    expect(
      mismatches.map(({ accountId, cached, recomputed }) => ({ accountId, cached, recomputed })),
    ).toEqual(
      expect.arrayContaining([
        { accountId: accounts.deposit.id, cached: 600, recomputed: 1_000 },
        { accountId: accounts.penaltyIncome.id, cached: 400, recomputed: 0 },
      ]),
    );
    expect(mismatches).toHaveLength(2);
  });
});
