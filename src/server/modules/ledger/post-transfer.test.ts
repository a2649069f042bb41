import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { withTx } from '../../db/client.ts';
import { errorLookup } from '../../errors.ts';
import { accountBalance, merchantDepositBalance, verifyBalances } from './balances.ts';
import { ensureMerchantDepositAccount, ensurePlatformAccount } from './ensure-account.ts';
import { ledgerErrors } from './errors.ts';
import { postTransfer } from './post-transfer.ts';
import { ledgerTransfers } from './schema.ts';
import { deductPenalty, depositAccounts, outcome, payDeposit } from './testing.ts';

describe('posting ledger transfers', () => {
  let database: TestDatabase;
  const balanceOf = (accountId: string) =>
    accountBalance(database.db, accountId).then((balance) => balance.amount);
  const transferCount = () => database.db.$count(ledgerTransfers).then((count) => Number(count));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('a deposit payment moves money from platform cash into the merchant deposit', async () => {
    const accounts = await depositAccounts(database.db);
    const cashBefore = await balanceOf(accounts.cash.id);

    await payDeposit(database.db, accounts, 500_000);

    expect(await merchantDepositBalance(database.db, accounts.merchantId)).toEqual({
      amount: 500_000,
      currency: 'CNY',
    });
    // Credits − debits: the platform's cash, an asset, moves the other way.
    expect(await balanceOf(accounts.cash.id)).toBe(cashBefore - 500_000);
    expect(await verifyBalances(database.db)).toEqual([]);
  });

  it('a merchant who never paid has a zero deposit', async () => {
    expect(await merchantDepositBalance(database.db, randomUUID())).toEqual({
      amount: 0,
      currency: 'CNY',
    });
  });

  it('refuses a deduction beyond the deposit and writes nothing', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 1_000);
    const transfersBefore = await transferCount();

    await expect(deductPenalty(database.db, accounts, 1_001)).rejects.toMatchObject({
      code: 'ledger.insufficient_funds',
      details: { balance: 1_000, amount: 1_001 },
    });

    expect(await balanceOf(accounts.deposit.id)).toBe(1_000);
    expect(await transferCount()).toBe(transfersBefore);
    // Taking exactly what is there is fine: the deposit may reach zero.
    await deductPenalty(database.db, accounts, 1_000);
    expect(await balanceOf(accounts.deposit.id)).toBe(0);
  });

  it('the same key posted twice moves the money once and returns the first transfer', async () => {
    const accounts = await depositAccounts(database.db);
    const first = await payDeposit(database.db, accounts, 2_000, 'payment:42');
    const again = await payDeposit(database.db, accounts, 2_000, 'payment:42');

    expect(again).toEqual(first);
    expect(await balanceOf(accounts.deposit.id)).toBe(2_000);
  });

  it('metadata written in another key order is still the same request', async () => {
    const accounts = await depositAccounts(database.db);
    const post = (metadata: Record<string, unknown>) =>
      withTx(database.db, (tx) =>
        postTransfer(tx, {
          key: `fee:${accounts.merchantId}`,
          debit: accounts.cash.id,
          credit: accounts.deposit.id,
          amount: 300,
          currency: 'CNY',
          kind: 'deposit_payment',
          metadata,
        }),
      );
    const first = await post({ packageId: 'p1', storeTypeId: 's1' });
    expect(await post({ storeTypeId: 's1', packageId: 'p1' })).toEqual(first);
    await expect(post({ storeTypeId: 's2', packageId: 'p1' })).rejects.toMatchObject({
      code: 'ledger.idempotency_conflict',
    });
  });

  it('the same key with a different amount is a conflict and moves nothing', async () => {
    const accounts = await depositAccounts(database.db);
    await payDeposit(database.db, accounts, 2_000, `payment:${accounts.merchantId}`);

    await expect(
      payDeposit(database.db, accounts, 2_500, `payment:${accounts.merchantId}`),
    ).rejects.toMatchObject({ code: 'ledger.idempotency_conflict' });
    expect(await balanceOf(accounts.deposit.id)).toBe(2_000);
  });

  it('refuses amounts that are not whole positive minor units', async () => {
    const accounts = await depositAccounts(database.db);
    for (const amount of [0, -5, 1.5, Number.NaN, 2 ** 53]) {
      expect(await outcome(payDeposit(database.db, accounts, amount))).toBe(
        'ledger.invalid_transfer',
      );
    }
    expect(await balanceOf(accounts.deposit.id)).toBe(0);
  });

  it('refuses a transfer between accounts of different currencies', async () => {
    const accounts = await depositAccounts(database.db);
    const usdCash = await ensurePlatformAccount(database.db, 'platform_cash', 'USD');
    expect(usdCash.code).toBe('platform:cash:USD');

    for (const currency of ['CNY', 'USD']) {
      const attempt = withTx(database.db, (tx) =>
        postTransfer(tx, {
          key: randomUUID(),
          debit: usdCash.id,
          credit: accounts.deposit.id,
          amount: 100,
          currency,
          kind: 'deposit_payment',
        }),
      );
      expect(await outcome(attempt)).toBe('ledger.currency_mismatch');
    }
  });

  it('keeps a merchant to the currency of the deposit account first opened', async () => {
    const merchantId = randomUUID();
    const deposit = await ensureMerchantDepositAccount(database.db, merchantId);
    expect(await ensureMerchantDepositAccount(database.db, merchantId)).toEqual(deposit);
    expect(await outcome(ensureMerchantDepositAccount(database.db, merchantId, 'USD'))).toBe(
      'ledger.currency_mismatch',
    );
  });

  it('creates an account once even when asked for it concurrently', async () => {
    const merchantId = randomUUID();
    const accounts = await Promise.all(
      Array.from({ length: 5 }, () =>
        withTx(database.db, (tx) => ensureMerchantDepositAccount(tx, merchantId)),
      ),
    );
    expect(new Set(accounts.map((account) => account.id)).size).toBe(1);
  });

  it('names an unknown account', async () => {
    const accounts = await depositAccounts(database.db);
    const missing = randomUUID();
    await expect(
      withTx(database.db, (tx) =>
        postTransfer(tx, {
          key: randomUUID(),
          debit: missing,
          credit: accounts.deposit.id,
          amount: 1,
          currency: 'CNY',
          kind: 'deposit_payment',
        }),
      ),
    ).rejects.toMatchObject({ code: 'ledger.account_not_found', params: { id: missing } });
    expect(await outcome(accountBalance(database.db, 'not-an-id'))).toBe(
      'ledger.account_not_found',
    );
  });

  it('speaks both languages about insufficient funds', () => {
    const errors = errorLookup(ledgerErrors);
    expect(errors.message('ledger.insufficient_funds', 'en')).toMatch(/not enough/);
    expect(errors.message('ledger.insufficient_funds', 'zh-CN')).toMatch(/余额不足/);
  });
});
