import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import {
  ensureMerchantDepositAccount,
  ensurePlatformAccount,
  postTransfer,
} from '../../src/server/modules/ledger/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  buyStore,
  enterBankAccount,
  offer,
  operatorCookie,
  storeMerchant,
} from '../support/stores.ts';

// What merchants read on their statement and payment: codes their language renders, and the
// references their bank statement shows, never internal ids passed off as references.

describe('statements and payment failures a merchant can read and match', () => {
  const clock = new ManualClock('2026-05-01T02:00:00Z');
  let testApp: TestApp;
  let finance: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    finance = await operatorCookie(testApp, ['finance']);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  it('a confirmed bank transfer shows its memo as a code, the transfer code and the bank reference', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(
      testApp,
      merchant,
      await offer(testApp, 'personal', 'standard'),
      'offline',
    );
    const payment = purchase.payment;
    const confirmed = await api(testApp, 'POST', `/api/v1/admin/payments/${payment.id}/confirm`, {
      cookie: finance.cookie,
      body: { amountReceived: payment.amount, bankReference: 'ICBC-20260501-0042' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const expected = {
      kind: 'deposit_payment',
      memoCode: 'payment.deposit',
      memoParams: { testMode: false },
      memo: null,
      transferCode: payment.reference,
      bankReference: 'ICBC-20260501-0042',
    };
    const own = await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie });
    expect(own.json().transfers).toEqual([expect.objectContaining(expected)]);
    expect(payment.reference).toMatch(/^KD-/);
    // Finance, reading the merchant in the console, sees the same references.
    const seen = await api(testApp, 'GET', `/api/v1/admin/merchants/${merchant.id}/deposit`, {
      cookie: finance.cookie,
    });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().transfers).toEqual([expect.objectContaining(expected)]);
  });

  it('a declined sandbox payment says why as a code, with no English sentence stored', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(testApp, merchant, await offer(testApp, 'personal', 'basic'));
    const declined = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'fail' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'failed',
      failureCode: 'sandbox_declined',
      failureReason: null,
    });
    const store = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(store.latestPurchase.payment).toMatchObject({
      failureCode: 'sandbox_declined',
      failureReason: null,
    });
  });

  it('reads the English memos of earlier transfers as codes, and keeps any other text as it is', async () => {
    const merchant = await storeMerchant(testApp);
    const db = testApp.database.db;
    await withTx(db, async (tx) => {
      const cash = await ensurePlatformAccount(tx, 'platform_cash', 'CNY');
      const deposit = await ensureMerchantDepositAccount(tx, merchant.id, 'CNY');
      const legacy = {
        debit: cash.id,
        credit: deposit.id,
        currency: 'CNY',
        kind: 'deposit_payment' as const,
      };
      await postTransfer(tx, {
        ...legacy,
        key: `legacy:${merchant.id}:1`,
        amount: 100_000,
        memo: 'Deposit (TEST MODE)',
      });
      await postTransfer(tx, {
        ...legacy,
        key: `legacy:${merchant.id}:2`,
        amount: 5_000,
        memo: 'Top-up agreed by phone',
        reference: 'PAYOUT-2026-0007',
      });
    });
    const statement = (
      await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie })
    ).json();
    expect(statement.transfers).toEqual([
      expect.objectContaining({
        memoCode: null,
        memo: 'Top-up agreed by phone',
        reference: 'PAYOUT-2026-0007',
        transferCode: null,
      }),
      expect.objectContaining({
        memoCode: 'payment.deposit',
        memoParams: { testMode: true },
        memo: 'Deposit (TEST MODE)',
      }),
    ]);
  });
});
