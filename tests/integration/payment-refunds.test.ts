import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import {
  accountBalance,
  ensurePlatformAccount,
  merchantDepositBalance,
  verifyBalances,
} from '../../src/server/modules/ledger/index.ts';
import {
  applyPaymentSucceeded,
  createPayment,
  registerPaymentSubjects,
} from '../../src/server/modules/payments/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  buyStore,
  enterBankAccount,
  offer,
  openStore,
  operatorCookie,
  storeMerchant,
} from '../support/stores.ts';

describe('refunds of payments, and payments for any payer and purpose', () => {
  const clock = new ManualClock('2026-05-04T03:00:00Z');
  let testApp: TestApp;
  let finance: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    finance = await operatorCookie(testApp, ['finance']);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  /** A merchant whose store was paid for with the sandbox: a succeeded payment to refund. */
  async function paidStore() {
    const merchant = await storeMerchant(testApp);
    const { purchase } = await openStore(testApp, merchant);
    const payment = purchase.payment as {
      id: string;
      amount: { amount: number; currency: string };
      fee: { amount: number };
      deposit: { amount: number };
    };
    return { merchant, payment };
  }

  const refund = (paymentId: string, body: Record<string, unknown>, cookie = finance.cookie) =>
    api(testApp, 'POST', `/api/v1/admin/payments/${paymentId}/refunds`, { cookie, body });

  const db = () => testApp.database.db;

  const refundTransfers = async (paymentId: string) =>
    (
      await db().execute<{ idempotency_key: string; amount: string; kind: string }>(
        sql`SELECT idempotency_key, amount, kind FROM ledger_transfers
            WHERE reference = ${paymentId} AND kind = 'refund' ORDER BY id`,
      )
    ).rows;

  const platformBalance = async (kind: 'platform_cash' | 'platform_fee_income') =>
    (
      await accountBalance(
        db(),
        (
          await withTx(db(), (tx) => ensurePlatformAccount(tx, kind, 'CNY'))
        ).id,
      )
    ).amount;

  it('refunds part and then the rest: the deposit back first, then the fee, ledger balanced', async () => {
    const { merchant, payment } = await paidStore();
    const { amount, currency } = payment.amount;
    const deposit = payment.deposit.amount;
    expect(deposit).toBeGreaterThan(30_000);
    const cashBefore = await platformBalance('platform_cash');
    const feeIncomeBefore = await platformBalance('platform_fee_income');

    const partial = await refund(payment.id, {
      amount: { amount: 30_000 },
      reason: 'Merchant closed the store in the first week',
      idempotencyKey: `partial-${payment.id}`,
    });
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json().refund).toMatchObject({
      amount: { amount: 30_000, currency },
      status: 'succeeded',
      providerReference: expect.stringMatching(/^SANDBOX-RF-/),
    });
    expect(partial.json().payment).toMatchObject({
      status: 'succeeded',
      refunded: { amount: 30_000, currency },
    });
    expect((await merchantDepositBalance(db(), merchant.id)).amount).toBe(deposit - 30_000);

    clock.advance(60_000);
    const rest = await refund(payment.id, {
      amount: { amount: amount - 30_000, currency },
      reason: 'Refund of the rest',
    });
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json().payment.refunded).toEqual({ amount, currency });
    expect((await merchantDepositBalance(db(), merchant.id)).amount).toBe(0);
    // Balances are credits − debits: the payment debited cash, its refunds credit it back.
    expect(await platformBalance('platform_cash')).toBe(cashBefore + amount);
    expect(await platformBalance('platform_fee_income')).toBe(feeIncomeBefore - payment.fee.amount);
    expect(await verifyBalances(db())).toEqual([]);

    // Nothing is left to give back.
    const more = await refund(payment.id, { amount: { amount: 1 }, reason: 'One more' });
    expect(more.statusCode).toBe(409);
    expect(more.json().error).toMatchObject({
      code: 'payment.refund_exceeds_paid',
      details: { remaining: { amount: 0, currency } },
    });

    // Finance and the merchant both see the two refunds.
    const shown = await api(testApp, 'GET', `/api/v1/admin/payments/${payment.id}`, {
      cookie: finance.cookie,
    });
    expect(
      shown.json().refunds.map((r: { amount: { amount: number } }) => r.amount.amount),
    ).toEqual([30_000, amount - 30_000]);
    const mine = await api(testApp, 'GET', `/api/v1/me/payments/${payment.id}`, {
      cookie: merchant.cookie,
    });
    expect(mine.json()).toMatchObject({ refunded: { amount, currency }, status: 'succeeded' });
    expect(mine.json().refunds).toHaveLength(2);
    const audit = await db().execute<{ count: string }>(
      sql`SELECT count(*) FROM audit_log WHERE action = 'payment.refunded' AND target_id = ${payment.id}`,
    );
    expect(Number(audit.rows[0]?.count)).toBe(2);
  });

  it('makes ten concurrent retries of one refund key one refund and one transfer', async () => {
    const { payment } = await paidStore();
    const key = `retry-${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        refund(payment.id, { amount: { amount: 10_000 }, reason: 'Goodwill', idempotencyKey: key }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().refund.id)).size).toBe(1);
    expect(answers.every((answer) => answer.json().payment.refunded.amount === 10_000)).toBe(true);
    const transfers = await refundTransfers(payment.id);
    expect(transfers).toHaveLength(1);
    expect(Number(transfers[0]?.amount)).toBe(10_000);
    expect(await verifyBalances(db())).toEqual([]);

    // The key names that refund: another amount under it is refused, not a second refund.
    const reused = await refund(payment.id, {
      amount: { amount: 20_000 },
      reason: 'Goodwill',
      idempotencyKey: key,
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('payment.refund_key_reused');
  });

  it('lets only the concurrent refunds that fit in what was paid succeed', async () => {
    const { payment } = await paidStore();
    const paid = payment.amount.amount;
    const each = Math.ceil(paid / 4) + 1;
    const fit = Math.floor(paid / each);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        refund(payment.id, {
          amount: { amount: each },
          reason: `Racing refund ${index}`,
          idempotencyKey: `race-${payment.id}-${index}`,
        }),
      ),
    );
    const created = answers.filter((answer) => answer.statusCode === 201);
    const refused = answers.filter((answer) => answer.statusCode === 409);
    expect(created).toHaveLength(fit);
    expect(refused).toHaveLength(10 - fit);
    for (const answer of refused) {
      expect(answer.json().error.code).toBe('payment.refund_exceeds_paid');
    }
    const shown = await api(testApp, 'GET', `/api/v1/admin/payments/${payment.id}`, {
      cookie: finance.cookie,
    });
    expect(shown.json().refunded.amount).toBe(fit * each);
    const booked = (await refundTransfers(payment.id)).reduce(
      (sum, transfer) => sum + Number(transfer.amount),
      0,
    );
    expect(booked).toBe(fit * each);
    expect(await verifyBalances(db())).toEqual([]);
  });

  it('refuses a refund above what was paid, and changes nothing', async () => {
    const { payment } = await paidStore();
    const { amount, currency } = payment.amount;
    const answer = await refund(payment.id, { amount: { amount: amount + 1 }, reason: 'Too much' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toMatchObject({
      code: 'payment.refund_exceeds_paid',
      details: { remaining: { amount, currency }, paid: { amount, currency } },
    });
    expect(answer.json().error.message).toMatch(/at most/);
    const chinese = await api(testApp, 'POST', `/api/v1/admin/payments/${payment.id}/refunds`, {
      cookie: finance.cookie,
      headers: { 'accept-language': 'zh-CN' },
      body: { amount: { amount: amount + 1 }, reason: '金额过大' },
    });
    expect(chinese.json().error.message).toMatch(/最多还可退/);
    expect(await refundTransfers(payment.id)).toEqual([]);
  });

  it('refuses to refund a payment that has not succeeded', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(
      testApp,
      merchant,
      await offer(testApp, 'personal', 'standard'),
    );
    const answer = await refund(purchase.payment.id, { amount: { amount: 100 }, reason: 'Early' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toMatchObject({
      code: 'payment.not_refundable',
      details: { status: 'pending' },
    });
  });

  it('refunds a bank transfer only with the reference of the transfer that sent it back', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(
      testApp,
      merchant,
      await offer(testApp, 'personal', 'standard'),
      'offline',
    );
    const confirmed = await api(
      testApp,
      'POST',
      `/api/v1/admin/payments/${purchase.payment.id}/confirm`,
      {
        cookie: finance.cookie,
        body: { amountReceived: purchase.payment.amount, bankReference: 'BANK-IN-1' },
      },
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const without = await refund(purchase.payment.id, {
      amount: { amount: 5_000 },
      reason: 'Goodwill',
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.code).toBe('payment.refund_bank_reference_required');
    expect(await refundTransfers(purchase.payment.id)).toEqual([]);

    const recorded = await refund(purchase.payment.id, {
      amount: { amount: 5_000 },
      reason: 'Goodwill',
      bankReference: 'BANK-OUT-7',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().refund.providerReference).toBe('BANK-OUT-7');
  });

  it('lets only finance refund', async () => {
    const { payment } = await paidStore();
    const admin = await operatorCookie(testApp, ['admin']);
    const answer = await refund(payment.id, { amount: { amount: 100 }, reason: 'x' }, admin.cookie);
    expect(answer.statusCode).toBe(403);
    const unknown = await refund(randomUUID(), { amount: { amount: 100 }, reason: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('payment.not_found');
  });

  it('takes a guest buyer’s payment for any subject, settles it and refunds it', async () => {
    // A subject only this test knows: an order whose goods are platform income.
    const reacted: string[] = [];
    registerPaymentSubjects({
      test_guest_order: {
        async linePostings(tx, payment) {
          const income = await ensurePlatformAccount(tx, 'platform_fee_income', payment.currency);
          const posting = {
            account: income.id,
            kind: 'fee_payment' as const,
            memoCode: 'test.goods',
            refundMemoCode: 'test.goods_refund',
          };
          return { goods: posting, shipping: posting };
        },
        succeeded: async (_tx, payment) => {
          reacted.push(`succeeded:${payment.payerEmail}`);
        },
        failed: async () => {},
        refunded: async (_tx, _payment, refund) => {
          reacted.push(`refunded:${refund.amount}`);
        },
      },
    });
    const now = clock.now();
    const created = await withTx(db(), (tx) =>
      createPayment(tx, {
        payer: { kind: 'guest', email: 'buyer@example.com', name: 'Li Wei' },
        subject: { type: 'test_guest_order', id: randomUUID() },
        lines: [
          { kind: 'goods', amount: 12_900 },
          { kind: 'shipping', amount: 1_000 },
        ],
        currency: 'CNY',
        provider: 'sandbox',
        now,
      }),
    );
    expect(created).toMatchObject({ payerKind: 'guest', payerMerchantId: null, amount: 13_900 });
    const settled = await withTx(db(), (tx) =>
      applyPaymentSucceeded(tx, created.id, `test:${created.id}`, { now }),
    );
    expect(settled.applied).toBe(true);

    const shown = await api(testApp, 'GET', `/api/v1/admin/payments/${created.id}`, {
      cookie: finance.cookie,
    });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      status: 'succeeded',
      payer: { kind: 'guest', email: 'buyer@example.com', name: 'Li Wei' },
      merchantId: null,
      merchant: null,
      lines: [
        { kind: 'goods', amount: { amount: 12_900, currency: 'CNY' } },
        { kind: 'shipping', amount: { amount: 1_000, currency: 'CNY' } },
      ],
      amount: { amount: 13_900, currency: 'CNY' },
    });
    const listed = await api(testApp, 'GET', '/api/v1/admin/payments?status=succeeded&limit=100', {
      cookie: finance.cookie,
    });
    expect(listed.json().items).toContainEqual(
      expect.objectContaining({
        id: created.id,
        payer: expect.objectContaining({ kind: 'guest' }),
      }),
    );

    // Without a named order, a partial refund gives back the last line first.
    const refunded = await refund(created.id, { amount: { amount: 1_500 }, reason: 'Late' });
    expect(refunded.statusCode, refunded.body).toBe(201);
    const transfers = await db().execute<{ idempotency_key: string; amount: string }>(
      sql`SELECT idempotency_key, amount FROM ledger_transfers
          WHERE reference = ${created.id} AND kind = 'refund' ORDER BY amount`,
    );
    expect(
      transfers.rows.map((row) => [row.idempotency_key.split(':')[2], Number(row.amount)]),
    ).toEqual([
      ['goods', 500],
      ['shipping', 1_000],
    ]);
    expect(reacted).toEqual(['succeeded:buyer@example.com', 'refunded:1500']);
    expect(await verifyBalances(db())).toEqual([]);
  });
});
