import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { verifyBalances } from '../../src/server/modules/ledger/index.ts';
import { callbackSecret, signCallback } from '../../src/server/modules/payments/index.ts';
import { inbox } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  buyStore,
  enterBankAccount,
  offer,
  operatorCookie,
  PLATFORM_BANK_ACCOUNT,
  storeMerchant,
} from '../support/stores.ts';

describe('store payments: offline bank transfers and provider callbacks', () => {
  const clock = new ManualClock('2026-04-01T02:00:00Z');
  let testApp: TestApp;
  let finance: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    finance = await operatorCookie(testApp, ['finance']);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  async function offlinePurchase(typeCode = 'personal', packageCode = 'standard') {
    const accountType = typeCode === 'personal' ? 'personal' : 'enterprise';
    const merchant = await storeMerchant(testApp, { accountType });
    const purchase = await buyStore(
      testApp,
      merchant,
      await offer(testApp, typeCode, packageCode),
      'offline',
    );
    return { merchant, purchase, payment: purchase.payment };
  }

  const storeOf = async (merchant: { cookie: string }) =>
    (await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })).json();

  const transfersOf = async (paymentId: string) =>
    (
      await testApp.database.db.execute<{ kind: string; amount: number }>(
        sql`SELECT kind, amount FROM ledger_transfers WHERE reference = ${paymentId} ORDER BY kind`,
      )
    ).rows;

  const confirm = (paymentId: string, body: unknown, cookie = finance.cookie) =>
    api(testApp, 'POST', `/api/v1/admin/payments/${paymentId}/confirm`, { cookie, body });

  it('gives the merchant a reference code and the bank details, and queues it for finance', async () => {
    const { merchant, payment } = await offlinePurchase();
    expect(payment).toMatchObject({
      provider: 'offline',
      status: 'awaiting_confirmation',
      testMode: false,
      amount: { amount: 398_000, currency: 'CNY' },
    });
    expect(payment.reference).toMatch(/^KD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(payment.instructions).toMatchObject({
      reference: payment.reference,
      amount: { amount: 398_000, currency: 'CNY' },
      bankAccount: PLATFORM_BANK_ACCOUNT,
    });
    const mail = await inbox(testApp, merchant.email);
    expect(mail.some((message) => message.text.includes(payment.reference))).toBe(true);

    const queue = await api(testApp, 'GET', '/api/v1/admin/payments?status=awaiting_confirmation', {
      cookie: finance.cookie,
    });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items).toContainEqual(
      expect.objectContaining({
        id: payment.id,
        reference: payment.reference,
        merchantId: merchant.id,
        // Finance sees who pays, not just an id.
        merchant: expect.objectContaining({ email: merchant.email }),
      }),
    );
  });

  it('refuses a partial or wrong amount with a clear message, and changes nothing', async () => {
    const { merchant, payment } = await offlinePurchase();
    const partial = await confirm(payment.id, {
      amountReceived: { amount: 300_000, currency: 'CNY' },
      bankReference: 'ICBC-0001',
    });
    expect(partial.statusCode).toBe(422);
    expect(partial.json().error).toMatchObject({
      code: 'payment.amount_mismatch',
      details: { due: { amount: 398_000 }, received: { amount: 300_000 } },
    });
    expect(partial.json().error.message).toContain('¥3,000.00');
    expect(partial.json().error.message).toContain('¥3,980.00');
    expect(partial.json().error.message).not.toContain('CN¥');
    const wrongCurrency = await confirm(payment.id, {
      amountReceived: { amount: 398_000, currency: 'USD' },
      bankReference: 'ICBC-0001',
    });
    expect(wrongCurrency.json().error.code).toBe('payment.amount_mismatch');

    expect((await storeOf(merchant)).status).toBe('pending_payment');
    expect(await transfersOf(payment.id)).toEqual([]);
    // The right amount still confirms afterwards.
    const exact = await confirm(payment.id, {
      amountReceived: { amount: 398_000, currency: 'CNY' },
      bankReference: 'ICBC-0001',
    });
    expect(exact.statusCode).toBe(200);
    expect((await storeOf(merchant)).status).toBe('active');
  });

  it('activates the store once when the same confirmation is submitted twice at once', async () => {
    const { merchant, payment } = await offlinePurchase('enterprise', 'premium');
    const body = {
      amountReceived: { amount: payment.amount.amount, currency: 'CNY' },
      bankReference: 'CMB-20260401-77',
    };
    const answers = await Promise.all([confirm(payment.id, body), confirm(payment.id, body)]);

    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.json().status)).toEqual(['succeeded', 'succeeded']);
    expect(await transfersOf(payment.id)).toEqual([
      { kind: 'deposit_payment', amount: 5_000_000 },
      { kind: 'fee_payment', amount: 2_980_000 },
    ]);
    const store = await storeOf(merchant);
    expect(store).toMatchObject({ status: 'active', testMode: false });
    const deposit = (
      await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie })
    ).json();
    expect(deposit.balance.amount).toBe(5_000_000);

    const audit = await testApp.database.db.execute<{ count: number }>(
      sql`SELECT count(*)::int AS count FROM audit_log WHERE action = 'payment.confirmed' AND target_id = ${payment.id}`,
    );
    expect(audit.rows[0]?.count).toBe(1);
    const receipts = (await inbox(testApp, merchant.email)).filter((message) =>
      message.subject?.includes('payment receipt'),
    );
    expect(receipts).toHaveLength(1);
    const confirmed = (
      await api(testApp, 'GET', `/api/v1/admin/payments?merchantId=${merchant.id}`, {
        cookie: finance.cookie,
      })
    ).json().items[0];
    expect(confirmed).toMatchObject({
      status: 'succeeded',
      bankReference: 'CMB-20260401-77',
      amountReceived: { amount: payment.amount.amount },
      confirmedBy: finance.id,
    });
  });

  it('lets only finance operators confirm transfers', async () => {
    const { payment } = await offlinePurchase();
    const admin = await operatorCookie(testApp, ['admin', 'reviewer']);
    const body = { amountReceived: payment.amount, bankReference: 'X-1' };
    expect((await confirm(payment.id, body, admin.cookie)).statusCode).toBe(403);
    expect((await confirm(payment.id, body, '')).statusCode).toBe(401);
  });

  describe('provider callbacks', () => {
    const post = (provider: string, rawBody: string, signature?: string) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/v1/payments/callbacks/${provider}`,
        headers: {
          'content-type': 'application/json',
          // A provider's server is another site: the CSRF check must not stop it.
          origin: 'https://bank.example',
          ...(signature ? { 'x-kaidian-signature': signature } : {}),
        },
        payload: rawBody,
      });

    const succeededEvent = (
      payment: { id: string; amount: { amount: number } },
      id: string = randomUUID(),
    ) =>
      JSON.stringify({
        id,
        type: 'payment.succeeded',
        paymentId: payment.id,
        amount: { amount: payment.amount.amount, currency: 'CNY' },
      });

    it('refuses a callback whose signature is missing or wrong, and changes nothing', async () => {
      const { merchant, payment } = await offlinePurchase();
      const body = succeededEvent(payment);
      const unsigned = await post('offline', body);
      expect(unsigned.statusCode).toBe(401);
      expect(unsigned.json().error.code).toBe('payment.bad_signature');
      const forged = await post('offline', body, signCallback(body, 'not-the-secret'));
      expect(forged.statusCode).toBe(401);
      // Signed over other bytes than were sent (the amount was changed on the way).
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const tampered = body.replace(String(payment.amount.amount), '1');
      expect((await post('offline', tampered, signCallback(body, secret))).statusCode).toBe(401);

      expect((await storeOf(merchant)).status).toBe('pending_payment');
      expect(await transfersOf(payment.id)).toEqual([]);
    });

    it('settles on a signed callback; a replayed one changes nothing', async () => {
      const { merchant, payment } = await offlinePurchase();
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const body = succeededEvent(payment, 'evt_001');

      const first = await post('offline', body, signCallback(body, secret));
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({
        duplicate: false,
        payment: { id: payment.id, status: 'succeeded' },
      });
      const endsAt = (await storeOf(merchant)).serviceEndsAt;

      clock.advance(60_000);
      const replayed = await post('offline', body, signCallback(body, secret));
      expect(replayed.statusCode).toBe(200);
      expect(replayed.json().duplicate).toBe(true);
      // The same success reported under a new event id changes nothing either.
      const other = succeededEvent(payment, 'evt_002');
      expect((await post('offline', other, signCallback(other, secret))).json().duplicate).toBe(
        true,
      );

      expect((await storeOf(merchant)).serviceEndsAt).toBe(endsAt);
      expect(await transfersOf(payment.id)).toHaveLength(2);
    });

    it('applies duplicated deliveries arriving together once', async () => {
      const { payment } = await offlinePurchase();
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const body = succeededEvent(payment);
      const answers = await Promise.all(
        [1, 2, 3].map(() => post('offline', body, signCallback(body, secret))),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
      expect(answers.filter((answer) => !answer.json().duplicate)).toHaveLength(1);
      expect(await transfersOf(payment.id)).toHaveLength(2);
    });

    it('queues ten callbacks with different event ids arriving together: all answered, every event kept, settled once', async () => {
      const { merchant, payment } = await offlinePurchase('enterprise', 'premium');
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const bodies = Array.from({ length: 10 }, () => succeededEvent(payment));
      const started = Date.now();
      const answers = await Promise.all(
        bodies.map((body) => post('offline', body, signCallback(body, secret))),
      );

      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(10).fill(200));
      // Queued on the payment's lock, not resolved by deadlock detection and retries.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(answers.filter((answer) => !answer.json().duplicate)).toHaveLength(1);
      const events = await testApp.database.db.execute<{ count: number }>(
        sql`SELECT count(*)::int AS count FROM payment_events WHERE payment_id = ${payment.id}`,
      );
      expect(events.rows[0]?.count).toBe(10);
      expect(await transfersOf(payment.id)).toEqual([
        { kind: 'deposit_payment', amount: 5_000_000 },
        { kind: 'fee_payment', amount: 2_980_000 },
      ]);
      // Balanced: every cached balance matches its transfers, and all balances sum to zero.
      expect(await verifyBalances(testApp.database.db)).toEqual([]);
      const total = await testApp.database.db.execute<{ sum: number }>(
        sql`SELECT coalesce(sum(balance), 0)::int AS sum FROM ledger_accounts`,
      );
      expect(total.rows[0]?.sum).toBe(0);
      const deposit = (
        await api(testApp, 'GET', '/api/v1/me/deposit', { cookie: merchant.cookie })
      ).json();
      expect(deposit.balance.amount).toBe(5_000_000);
      expect((await storeOf(merchant)).status).toBe('active');
    });

    it('refuses a callback with the wrong amount and one for another provider', async () => {
      const { payment } = await offlinePurchase();
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const short = JSON.stringify({
        id: randomUUID(),
        type: 'payment.succeeded',
        paymentId: payment.id,
        amount: { amount: 100, currency: 'CNY' },
      });
      const response = await post('offline', short, signCallback(short, secret));
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('payment.amount_mismatch');

      const sandboxSecret = await callbackSecret(testApp.database.db, 'sandbox');
      const body = succeededEvent(payment);
      const wrongProvider = await post('sandbox', body, signCallback(body, sandboxSecret));
      expect(wrongProvider.statusCode).toBe(409);
      expect((await post('paypal', body, 'sha256=00')).statusCode).toBe(404);
      expect(await transfersOf(payment.id)).toEqual([]);
    });

    it('marks the payment failed on a failure callback, activating nothing', async () => {
      const { merchant, payment } = await offlinePurchase();
      const secret = await callbackSecret(testApp.database.db, 'offline');
      const body = JSON.stringify({
        id: randomUUID(),
        type: 'payment.failed',
        paymentId: payment.id,
        reason: 'transfer returned by the bank',
      });
      const response = await post('offline', body, signCallback(body, secret));
      expect(response.json().payment.status).toBe('failed');
      const store = await storeOf(merchant);
      expect(store.status).toBe('pending_payment');
      expect(store.latestPurchase.payment.failureReason).toBe('transfer returned by the bank');
    });
  });

  it('cancels the earlier unpaid purchase when the merchant buys again', async () => {
    const { merchant, payment } = await offlinePurchase();
    const again = await buyStore(
      testApp,
      merchant,
      await offer(testApp, 'personal', 'basic'),
      'sandbox',
    );
    expect(again.payment.id).not.toBe(payment.id);
    const old = await confirm(payment.id, {
      amountReceived: payment.amount,
      bankReference: 'LATE-1',
    });
    expect(old.statusCode).toBe(409);
    expect(old.json().error.code).toBe('payment.invalid_transition');
    expect((await storeOf(merchant)).status).toBe('pending_payment');
  });

  describe('before an admin enters the bank account', () => {
    let fresh: TestApp;
    beforeAll(async () => {
      fresh = await createOperatorTestApp(clock);
    });
    afterAll(() => fresh.close());

    it('does not offer bank transfer, says why in the console, and never shows a placeholder account', async () => {
      // Installations seeded before 0009 held a placeholder account; the migration removed it.
      const stored = await fresh.database.db.execute(
        sql`SELECT value FROM payment_settings WHERE key = 'bank_account'`,
      );
      expect(stored.rows).toEqual([]);

      const merchant = await storeMerchant(fresh, { locale: 'zh-CN' });
      const offered = await api(fresh, 'GET', '/api/v1/me/payment-providers', {
        cookie: merchant.cookie,
      });
      expect(offered.json()).toEqual({ items: [{ provider: 'sandbox', testMode: true }] });

      const chosen = await offer(fresh, 'personal', 'standard');
      const refused = await api(fresh, 'POST', '/api/v1/me/store/purchase', {
        cookie: merchant.cookie,
        body: { ...chosen, provider: 'offline' },
        headers: { 'accept-language': 'zh-CN' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'payment.offline_unavailable',
        message: '暂不支持银行转账：平台尚未填写收款银行账户。请选择其他付款方式，或稍后再试。',
      });
      // Nothing was bought: the merchant can still choose the sandbox.
      expect((await buyStore(fresh, merchant, chosen, 'sandbox')).payment.provider).toBe('sandbox');

      const admin = await operatorCookie(fresh, ['admin']);
      const settings = await api(fresh, 'GET', '/api/v1/admin/payment-settings', {
        cookie: admin.cookie,
      });
      expect(settings.json()).toMatchObject({ bankAccount: null, offeredProviders: ['sandbox'] });

      // A placeholder restored from an old backup is still not an account to pay into.
      await fresh.database.db.execute(
        sql`INSERT INTO payment_settings (key, value) VALUES ('bank_account', '{"accountName": "Kaidian Platform Ltd. (change me in the operator console)", "bankName": "Example Bank, Shanghai Branch", "accountNumber": "6222000000000000000", "swift": null}')`,
      );
      const stillNone = await api(fresh, 'GET', '/api/v1/me/payment-providers', {
        cookie: merchant.cookie,
      });
      expect(stillNone.json().items.map((item: { provider: string }) => item.provider)).toEqual([
        'sandbox',
      ]);

      // Once the real account is entered, bank transfer is offered with that account only.
      await enterBankAccount(fresh);
      const nowOffered = await api(fresh, 'GET', '/api/v1/me/payment-providers', {
        cookie: merchant.cookie,
      });
      expect(nowOffered.json().items.map((item: { provider: string }) => item.provider)).toEqual([
        'sandbox',
        'offline',
      ]);
      const other = await storeMerchant(fresh);
      const transfer = await buyStore(fresh, other, chosen, 'offline');
      expect(transfer.payment.instructions.bankAccount).toEqual(PLATFORM_BANK_ACCOUNT);
      const mail = await inbox(fresh, other.email);
      expect(
        mail.some((message) => message.text.includes(PLATFORM_BANK_ACCOUNT.accountNumber)),
      ).toBe(true);
      expect(mail.some((message) => message.text.includes('6222000000000000000'))).toBe(false);
    });
  });

  describe('finance rejects a transfer', () => {
    const reject = (paymentId: string, body: unknown, cookie = finance.cookie) =>
      api(testApp, 'POST', `/api/v1/admin/payments/${paymentId}/reject`, { cookie, body });

    it('fails the payment with the reason, tells the merchant, lets them pay again, and audits it', async () => {
      const { merchant, payment } = await offlinePurchase();
      const rejected = await reject(payment.id, {
        reason: 'wrong_payer',
        note: 'Paid from an account in the name of Wang Wu',
      });
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json()).toMatchObject({
        status: 'failed',
        failureCode: 'transfer_wrong_payer',
        failureReason: 'Paid from an account in the name of Wang Wu',
        instructions: null,
      });

      // The seller center shows the failed payment with its reason.
      const store = await storeOf(merchant);
      expect(store.status).toBe('pending_payment');
      expect(store.latestPurchase).toMatchObject({
        status: 'failed',
        payment: { id: payment.id, status: 'failed', failureCode: 'transfer_wrong_payer' },
      });
      const [mail] = await inbox(testApp, merchant.email);
      expect(mail?.subject).toBe(
        `Kaidian: your bank transfer (${payment.reference}) could not be confirmed`,
      );
      expect(mail?.text).toContain(
        'the transfer did not come from the account holder (Paid from an account in the name of Wang Wu)',
      );

      // Final: it can be neither confirmed nor rejected again, and nothing was booked.
      const late = await confirm(payment.id, {
        amountReceived: payment.amount,
        bankReference: 'LATE-2',
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('payment.invalid_transition');
      expect(await transfersOf(payment.id)).toEqual([]);
      const twice = await reject(payment.id, { reason: 'not_received' });
      expect(twice.json()).toMatchObject({ status: 'failed', failureCode: 'transfer_wrong_payer' });

      // The purchase can be paid again.
      const again = await buyStore(
        testApp,
        merchant,
        await offer(testApp, 'personal', 'standard'),
        'offline',
      );
      expect(again.payment).toMatchObject({ status: 'awaiting_confirmation' });
      expect(again.payment.id).not.toBe(payment.id);
      const paid = await confirm(again.payment.id, {
        amountReceived: again.payment.amount,
        bankReference: 'ICBC-RETRY',
      });
      expect(paid.statusCode).toBe(200);
      expect((await storeOf(merchant)).status).toBe('active');

      const admin = await operatorCookie(testApp, ['admin']);
      const log = await api(
        testApp,
        'GET',
        `/api/v1/admin/audit-log?targetType=payment&targetId=${payment.id}`,
        { cookie: admin.cookie },
      );
      expect(log.json().entries).toEqual([
        expect.objectContaining({
          action: 'payment.rejected',
          actor: expect.objectContaining({ id: finance.id }),
          before: { status: 'awaiting_confirmation' },
          after: {
            status: 'failed',
            reason: 'wrong_payer',
            note: 'Paid from an account in the name of Wang Wu',
          },
        }),
      ]);
    });

    it("tells a Chinese-speaking merchant in Chinese, in finance's own words for a reason they wrote", async () => {
      const merchant = await storeMerchant(testApp, { locale: 'zh-CN' });
      const { payment } = await buyStore(
        testApp,
        merchant,
        await offer(testApp, 'personal', 'standard'),
        'offline',
      );
      const withoutWords = await reject(payment.id, { reason: 'other', note: '  ' });
      expect(withoutWords.statusCode).toBe(400);
      expect(withoutWords.json().error.code).toBe('payment.rejection_note_required');

      const rejected = await reject(payment.id, { reason: 'other', note: '转账附言未填写参考码' });
      expect(rejected.json()).toMatchObject({ status: 'failed', failureCode: 'transfer_rejected' });
      const [mail] = await inbox(testApp, merchant.email);
      expect(mail?.subject).toBe(`开店：您的银行转账（${payment.reference}）未能确认`);
      expect(mail?.text).toContain('原因：转账附言未填写参考码。');
    });

    it('is for finance, and for bank transfers only', async () => {
      const { payment } = await offlinePurchase();
      const admin = await operatorCookie(testApp, ['admin', 'reviewer']);
      const forbidden = await reject(payment.id, { reason: 'not_received' }, admin.cookie);
      expect(forbidden.statusCode).toBe(403);
      const unknownReason = await reject(payment.id, { reason: 'looked_odd' });
      expect(unknownReason.statusCode).toBe(400);
      expect(unknownReason.json().error.code).toBe('validation.failed');

      const merchant = await storeMerchant(testApp);
      const sandbox = await buyStore(testApp, merchant, await offer(testApp, 'personal', 'basic'));
      const wrongProvider = await reject(sandbox.payment.id, { reason: 'not_received' });
      expect(wrongProvider.statusCode).toBe(409);
      expect(wrongProvider.json().error.code).toBe('payment.wrong_provider');
      expect((await api(testApp, 'GET', `/api/v1/me/payments/${payment.id}`, {})).statusCode).toBe(
        401,
      );
    });
  });

  it('refuses a second store once one is open', async () => {
    const { merchant, payment } = await offlinePurchase();
    await confirm(payment.id, { amountReceived: payment.amount, bankReference: 'B-1' });
    const response = await api(testApp, 'POST', '/api/v1/me/store/purchase', {
      cookie: merchant.cookie,
      body: { ...(await offer(testApp, 'personal', 'basic')), provider: 'sandbox' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('store.already_exists');
  });
});
