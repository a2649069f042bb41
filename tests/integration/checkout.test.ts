import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { verifyBalances } from '../../src/server/modules/ledger/index.ts';
import { ordersModule } from '../../src/server/modules/orders/index.ts';
import { defaultSettings } from '../../src/server/modules/settings/index.ts';
import { inbox } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount, operatorCookie } from '../support/stores.ts';

// Checkout (SPEC §7, API shape "Cart and checkout"): a guest's cart becomes one order per store,
// all or nothing, with its stock reserved in the same transaction so concurrent buyers never
// oversell; an order not paid in time is cancelled and gives its stock back exactly once.

const buyer = {
  buyer: { name: '王小明', email: 'Buyer@Example.com', phone: '138 0013 8000' },
  shippingAddress: {
    country: 'CN',
    region: '浙江省',
    city: '杭州市',
    line1: '西湖区文三路 100 号',
    postalCode: '310000',
  },
  provider: 'sandbox',
};

describe('checkout', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const sql = async <T>(text: string, values: unknown[] = []) =>
    (await testApp.database.pool.query(text, values)).rows as T[];
  const stockOf = async (sku: string) =>
    Number(
      (await sql<{ stock: number }>('SELECT stock FROM product_variants WHERE sku = $1', [sku]))[0]
        ?.stock,
    );
  const cartWith = async (lines: { productId: string; sku: string; quantity: number }[]) => {
    const cart = (await api(testApp, 'POST', '/api/v1/carts')).json();
    for (const line of lines) {
      const put = await api(testApp, 'PUT', `/api/v1/carts/${cart.id}/items`, { body: line });
      expect(put.statusCode, put.body).toBe(200);
    }
    return cart.id as string;
  };
  const checkout = (cartId: string, body: Record<string, unknown> = buyer, locale = 'en') =>
    api(testApp, 'POST', `/api/v1/carts/${cartId}/checkout`, {
      body,
      headers: { 'accept-language': locale },
    });
  const runExpiry = async () => {
    const job = ordersModule.jobs.find((candidate) => candidate.name === 'orders.expire-unpaid');
    if (!job) throw new Error('no expiry job');
    await withTx(testApp.database.db, (tx) => job.run(tx, clock.now(), defaultSettings));
  };

  it('makes one order per store with the stock taken, a payment each, and empties the cart', async () => {
    const teaShop = await storefrontMerchant(testApp);
    const cupShop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const tea = await publishedProduct(testApp, teaShop, {
      variants: [{ sku: `T-${tag}`, stock: 300 }],
    });
    const cup = await publishedProduct(testApp, cupShop, {
      variants: [{ sku: `C-${tag}`, stock: 10 }],
    });
    const cartId = await cartWith([
      { productId: tea, sku: `T-${tag}`, quantity: 120 },
      { productId: cup, sku: `C-${tag}`, quantity: 2 },
    ]);

    const response = await checkout(cartId);
    expect(response.statusCode, response.body).toBe(201);
    const { orders } = response.json();
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({
      number: expect.stringMatching(/^260601-\d{6}$/),
      key: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      status: 'pending_payment',
      storeSlug: teaShop.slug,
      // 120 pieces at the 100-piece tier, ¥9.00.
      total: { amount: 108_000, currency: 'CNY' },
      payBy: '2026-06-01T08:30:00.000Z',
      payment: { provider: 'sandbox', amount: { amount: 108_000, currency: 'CNY' } },
    });
    expect(orders[1]).toMatchObject({ storeSlug: cupShop.slug, total: { amount: 2000 } });
    expect(orders[0].number).not.toBe(orders[1].number);
    expect(await stockOf(`T-${tag}`)).toBe(180);
    expect(await stockOf(`C-${tag}`)).toBe(8);

    const [row] = await sql<Record<string, unknown>>(
      `SELECT o.*, encode(o.key_hash, 'hex') AS hash FROM orders o WHERE o.id = $1`,
      [orders[0].id],
    );
    // Only the key's hash is kept; the e-mail is kept as the buyer will be written to.
    expect(row?.hash).not.toContain(orders[0].key);
    expect(row).toMatchObject({
      buyer_email: 'buyer@example.com',
      buyer_phone: '+8613800138000',
      locale: 'en',
      merchant_id: teaShop.id,
    });
    const lines = await sql(
      'SELECT sku, title, quantity, unit_amount, line_amount FROM order_lines WHERE order_id = $1',
      [orders[0].id],
    );
    expect(lines).toEqual([
      {
        sku: `T-${tag}`,
        title: '夏季新款连衣裙女 Summer Dress',
        quantity: 120,
        unit_amount: 900,
        line_amount: 108_000,
      },
    ]);
    const history = await sql(
      'SELECT from_status, to_status FROM status_history WHERE entity_id = $1',
      [orders[0].id],
    );
    expect(history).toEqual([{ from_status: null, to_status: 'pending_payment' }]);
    expect((await api(testApp, 'GET', `/api/v1/carts/${cartId}`)).json().items).toEqual([]);
    // The same cart again: nothing left to order.
    const again = await checkout(cartId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('orders.cart_empty');
  });

  it('orders nothing when one SKU is short, names it, and keeps the cart', async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      options: [{ name: 'Size', values: ['S', 'L'] }],
      variants: [
        { sku: `S-${tag}`, options: { Size: 'S' }, stock: 5 },
        { sku: `L-${tag}`, options: { Size: 'L' }, stock: 2 },
      ],
    });
    const cartId = await cartWith([
      { productId: product, sku: `S-${tag}`, quantity: 4 },
      { productId: product, sku: `L-${tag}`, quantity: 2 },
    ]);
    // Someone else buys one L first.
    const other = await cartWith([{ productId: product, sku: `L-${tag}`, quantity: 1 }]);
    expect((await checkout(other)).statusCode).toBe(201);

    const response = await checkout(cartId, buyer, 'zh-CN');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'orders.out_of_stock',
      details: { skus: [`L-${tag}`] },
    });
    expect(response.json().error.message).toContain(`L-${tag}`);
    expect(await stockOf(`S-${tag}`)).toBe(5);
    expect(await stockOf(`L-${tag}`)).toBe(1);
    expect((await api(testApp, 'GET', `/api/v1/carts/${cartId}`)).json().items).toHaveLength(2);
  });

  it('refuses a bad phone, address or provider on its field, before anything is reserved', async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `P-${tag}`, stock: 5 }],
    });
    const cartId = await cartWith([{ productId: product, sku: `P-${tag}`, quantity: 1 }]);
    const phone = await checkout(
      cartId,
      { ...buyer, buyer: { ...buyer.buyer, phone: '12345' } },
      'zh-CN',
    );
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error).toMatchObject({
      code: 'validation.failed',
      details: [{ field: 'buyer.phone', rule: 'phone' }],
    });
    expect(phone.json().error.details[0].message).toMatch(/电话号码/);
    for (const body of [
      { ...buyer, provider: 'cash' },
      { ...buyer, shippingAddress: { ...buyer.shippingAddress, country: 'China' } },
      { ...buyer, buyer: { ...buyer.buyer, email: 'not-an-address' } },
      { ...buyer, buyer: { ...buyer.buyer, name: '' } },
    ]) {
      const response = await checkout(cartId, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation.failed');
    }
    expect(await stockOf(`P-${tag}`)).toBe(5);
    expect(
      await sql(
        'SELECT 1 FROM orders WHERE store_id = (SELECT store_id FROM products WHERE id = $1)',
        [product],
      ),
    ).toEqual([]);
  });

  it('gives 200 concurrent buyers of a SKU with stock 20 exactly 20 orders, and the rest a clear 409', async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `HOT-${tag}`, stock: 20 }],
    });
    const carts = await Promise.all(
      Array.from({ length: 200 }, () =>
        cartWith([{ productId: product, sku: `HOT-${tag}`, quantity: 1 }]),
      ),
    );
    const answers = await Promise.all(carts.map((cartId) => checkout(cartId)));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 409)).toHaveLength(180);
    expect(
      new Set(answers.filter((a) => a.statusCode === 409).map((a) => a.json().error.code)),
    ).toEqual(new Set(['orders.out_of_stock']));
    expect(await stockOf(`HOT-${tag}`)).toBe(0);
    const [count] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM order_lines WHERE sku = $1`,
      [`HOT-${tag}`],
    );
    expect(Number(count?.n)).toBe(20);
  });

  it('cancels an order not paid in time, gives its stock back once, and cancels its payment', async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `E-${tag}`, stock: 10 }],
    });
    const cartId = await cartWith([{ productId: product, sku: `E-${tag}`, quantity: 4 }]);
    const placed = (await checkout(cartId)).json().orders[0];
    expect(await stockOf(`E-${tag}`)).toBe(6);

    clock.advance(29 * 60_000);
    await runExpiry();
    expect(
      (await sql<{ status: string }>('SELECT status FROM orders WHERE id = $1', [placed.id]))[0]
        ?.status,
    ).toBe('pending_payment');
    clock.advance(2 * 60_000);
    await Promise.all([runExpiry(), runExpiry(), runExpiry()]);
    await runExpiry();
    const [order] = await sql<{ status: string; cancel_reason: string }>(
      'SELECT status, cancel_reason FROM orders WHERE id = $1',
      [placed.id],
    );
    expect(order).toEqual({ status: 'cancelled', cancel_reason: 'unpaid' });
    expect(await stockOf(`E-${tag}`)).toBe(10);
    const [payment] = await sql<{ status: string }>('SELECT status FROM payments WHERE id = $1', [
      placed.payment.id,
    ]);
    expect(payment?.status).toBe('cancelled');
  });

  it('lets finance confirm a bank transfer for an order: the order is paid and the money held', async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `B-${tag}`, stock: 10 }],
    });
    const cartId = await cartWith([{ productId: product, sku: `B-${tag}`, quantity: 3 }]);
    const response = await checkout(cartId, { ...buyer, provider: 'offline' });
    expect(response.statusCode, response.body).toBe(201);
    const [placed] = response.json().orders;
    // Three days to transfer the money.
    expect(new Date(placed.payBy).getTime() - clock.now().getTime()).toBe(3 * 86_400_000);

    const finance = await operatorCookie(testApp, ['finance']);
    const queue = await api(testApp, 'GET', '/api/v1/admin/payments?status=awaiting_confirmation', {
      cookie: finance.cookie,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(JSON.stringify(queue.json())).toContain(placed.payment.id);
    const confirm = await api(
      testApp,
      'POST',
      `/api/v1/admin/payments/${placed.payment.id}/confirm`,
      {
        cookie: finance.cookie,
        body: { amountReceived: { amount: 3000, currency: 'CNY' }, bankReference: `ICBC-${tag}` },
      },
    );
    expect(confirm.statusCode, confirm.body).toBe(200);
    const [order] = await sql<{ status: string }>('SELECT status FROM orders WHERE id = $1', [
      placed.id,
    ]);
    expect(order?.status).toBe('paid');
    const [held] = await sql<{ balance: string }>(
      `SELECT coalesce(sum(CASE WHEN t.credit_account_id = a.id THEN t.amount ELSE -t.amount END), 0) AS balance
       FROM ledger_accounts a JOIN ledger_transfers t ON a.id IN (t.credit_account_id, t.debit_account_id)
       WHERE a.kind = 'order_funds_held'`,
    );
    expect(Number(held?.balance)).toBe(3000);
    expect(await verifyBalances(testApp.database.db)).toEqual([]);
    // Paid in time: the expiry leaves it alone, and its stock stays sold.
    clock.advance(4 * 86_400_000);
    await runExpiry();
    expect(
      (await sql<{ status: string }>('SELECT status FROM orders WHERE id = $1', [placed.id]))[0]
        ?.status,
    ).toBe('paid');
    expect(await stockOf(`B-${tag}`)).toBe(7);
  });

  it("opens the buyer's order with its key only, and lets the buyer pay it in the sandbox", async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `K-${tag}`, stock: 10 }],
    });
    const place = async (quantity: number) =>
      (await checkout(await cartWith([{ productId: product, sku: `K-${tag}`, quantity }]))).json()
        .orders[0];
    const paid = await place(2);
    const declined = await place(3);
    expect(await stockOf(`K-${tag}`)).toBe(5);

    const view = await api(testApp, 'GET', `/api/v1/orders/${paid.id}?key=${paid.key}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      number: paid.number,
      status: 'pending_payment',
      store: { slug: shop.slug },
      items: [
        { sku: `K-${tag}`, quantity: 2, unitPrice: { amount: 1000 }, lineTotal: { amount: 2000 } },
      ],
      total: { amount: 2000, currency: 'CNY' },
      refunded: { amount: 0 },
      buyer: { name: '王小明', email: 'buyer@example.com', phone: '+8613800138000' },
      payment: { id: paid.payment.id, provider: 'sandbox', testMode: true },
      timeline: [{ status: 'pending_payment' }],
    });
    // Another order's key, a made-up key, no order: the same 404.
    for (const url of [
      `/api/v1/orders/${paid.id}?key=${declined.key}`,
      `/api/v1/orders/${paid.id}?key=guess`,
      `/api/v1/orders/00000000-0000-4000-8000-000000000000?key=${paid.key}`,
    ]) {
      const response = await api(testApp, 'GET', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('orders.not_found');
    }
    const sandbox = (payment: string, key: string, outcome: string) =>
      api(testApp, 'POST', `/api/v1/payments/${payment}/sandbox?key=${key}`, { body: { outcome } });
    expect((await sandbox(paid.payment.id, declined.key, 'succeed')).statusCode).toBe(404);

    const order = async (placed: { id: string; key: string }) =>
      (await api(testApp, 'GET', `/api/v1/orders/${placed.id}?key=${placed.key}`)).json();
    const succeeded = await sandbox(paid.payment.id, paid.key, 'succeed');
    expect(succeeded.statusCode, succeeded.body).toBe(200);
    expect(succeeded.json()).toMatchObject({ status: 'succeeded' });
    expect(await order(paid)).toMatchObject({ status: 'paid', payment: { status: 'succeeded' } });
    expect((await order(paid)).timeline.map((step: { status: string }) => step.status)).toEqual([
      'pending_payment',
      'paid',
    ]);
    // The same answer again changes nothing; a failure after success is refused.
    expect((await sandbox(paid.payment.id, paid.key, 'succeed')).statusCode).toBe(200);
    expect((await sandbox(paid.payment.id, paid.key, 'fail')).statusCode).toBe(409);

    const failed = await sandbox(declined.payment.id, declined.key, 'fail');
    expect(failed.statusCode, failed.body).toBe(200);
    expect(await order(declined)).toMatchObject({
      status: 'cancelled',
      payment: { status: 'failed' },
    });
    // Without a key the old path wants a merchant's session, as it did.
    expect(
      (
        await api(testApp, 'POST', `/api/v1/payments/${paid.payment.id}/sandbox`, {
          body: { outcome: 'succeed' },
        })
      ).statusCode,
    ).toBe(401);
    expect(await stockOf(`K-${tag}`)).toBe(8);
    expect(await verifyBalances(testApp.database.db)).toEqual([]);
    const [event] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM outbox_messages WHERE topic = 'order.paid' AND payload->'data'->>'orderId' = $1`,
      [paid.id],
    );
    expect(Number(event?.n)).toBe(1);
  });

  it("mails the buyer a confirmation with the order's link, and the merchant's registered address the paid order", async () => {
    const shop = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      title: '狮峰龙井 250克',
      options: [{ name: '包装', values: ['罐装'] }],
      variants: [{ sku: `MAIL-${tag}`, options: { 包装: '罐装' }, stock: 10 }],
    });
    const email = `buyer-${tag}@example.com`;
    const cartId = await cartWith([{ productId: product, sku: `MAIL-${tag}`, quantity: 2 }]);
    const placed = (
      await checkout(cartId, { ...buyer, buyer: { ...buyer.buyer, email }, locale: 'zh-CN' })
    ).json().orders[0];

    const [confirmation] = await inbox(testApp, email);
    expect(confirmation?.subject).toBe(`开店：您的订单 ${placed.number}（¥20.00）`);
    expect(confirmation?.text).toContain('狮峰龙井 250克 (罐装) · 货号 MAIL-');
    expect(confirmation?.text).toContain(`/orders/${placed.id}?key=${placed.key}`);
    // Nothing goes to the merchant before the buyer pays.
    expect(
      (await inbox(testApp, shop.email)).filter((mail) => mail.subject?.includes(placed.number)),
    ).toEqual([]);

    await api(testApp, 'POST', `/api/v1/payments/${placed.payment.id}/sandbox?key=${placed.key}`, {
      body: { outcome: 'succeed' },
    });
    await api(testApp, 'POST', `/api/v1/payments/${placed.payment.id}/sandbox?key=${placed.key}`, {
      body: { outcome: 'succeed' },
    });
    const toMerchant = (await inbox(testApp, shop.email)).filter((mail) =>
      mail.subject?.includes(placed.number),
    );
    expect(toMerchant).toHaveLength(1);
    expect(toMerchant[0]?.subject).toMatch(
      new RegExp(`order ${placed.number} is paid \\(¥20\\.00\\)|订单 ${placed.number} 已付款`),
    );
    const text = toMerchant[0]?.text ?? '';
    expect(text).toContain(`MAIL-${tag}`);
    expect(text).toMatch(/2 × ¥10\.00 = ¥20\.00/);
    expect(text).toContain('王小明');
    expect(text).toContain('+8613800138000');
    expect(text).toContain(email);
    expect(text).toMatch(/西湖区文三路 100 号/);
  });
});
