import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// The merchant's orders (SPEC §7, API shape "Orders (merchant)"): the list by status with counts,
// an order's page, and the workflow paid → confirmed → shipped → delivered, each move once and
// only from where the lifecycle allows it, on the merchant's own orders only.

describe("the merchant's orders", () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const checkoutBody = {
    buyer: { name: '王小明', email: 'buyer@example.com', phone: '13800138000' },
    shippingAddress: {
      country: 'CN',
      region: '浙江省',
      city: '杭州市',
      line1: '文三路 100 号',
      postalCode: '310000',
    },
    provider: 'sandbox',
  };
  /** An order placed (and paid, unless told otherwise) by a guest; its id. */
  const order = async (productId: string, sku: string, paid = true) => {
    const cart = (await api(testApp, 'POST', '/api/v1/carts')).json();
    await api(testApp, 'PUT', `/api/v1/carts/${cart.id}/items`, {
      body: { productId, sku, quantity: 1 },
    });
    const [placed] = (
      await api(testApp, 'POST', `/api/v1/carts/${cart.id}/checkout`, { body: checkoutBody })
    ).json().orders;
    if (paid) {
      await api(
        testApp,
        'POST',
        `/api/v1/payments/${placed.payment.id}/sandbox?key=${placed.key}`,
        {
          body: { outcome: 'succeed' },
        },
      );
    }
    clock.advance(1000);
    return placed.id as string;
  };

  it('lists orders newest first with counts per status, and pages by cursor', async () => {
    const merchant = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, merchant, {
      variants: [{ sku: `L-${tag}`, stock: 50 }],
    });
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await order(product, `L-${tag}`));
    const unpaid = await order(product, `L-${tag}`, false);
    const list = async (query: string) =>
      (await api(testApp, 'GET', `/api/v1/me/orders${query}`, { cookie: merchant.cookie })).json();
    const all = await list('');
    expect(all.items.map((item: { id: string }) => item.id)).toEqual([
      unpaid,
      ...[...ids].reverse(),
    ]);
    expect(all.counts).toMatchObject({ paid: 3, pending_payment: 1, shipped: 0 });
    const paid = await list('?status=paid&limit=2');
    expect(paid.items).toHaveLength(2);
    const rest = await list(`?status=paid&limit=2&cursor=${paid.nextCursor}`);
    expect([...paid.items, ...rest.items].map((item: { id: string }) => item.id)).toEqual(
      [...ids].reverse(),
    );
    expect(rest.nextCursor).toBeNull();
    // Another merchant sees none of them.
    const other = await storefrontMerchant(testApp);
    const theirs = await api(testApp, 'GET', '/api/v1/me/orders', { cookie: other.cookie });
    expect(theirs.json().items).toEqual([]);
    const peek = await api(testApp, 'GET', `/api/v1/me/orders/${ids[0]}`, { cookie: other.cookie });
    expect(peek.statusCode).toBe(404);
  });

  it('confirms, ships with carrier and tracking, and marks delivered, once each and in order', async () => {
    const merchant = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, merchant, {
      variants: [{ sku: `W-${tag}`, stock: 5 }],
    });
    const id = await order(product, `W-${tag}`);
    const post = (path: string, body?: unknown) =>
      api(testApp, 'POST', `/api/v1/me/orders/${id}/${path}`, {
        cookie: merchant.cookie,
        ...(body ? { body } : {}),
      });

    const early = await post('deliver');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('orders.invalid_transition');
    const confirmed = await post('confirm');
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    expect((await post('confirm')).statusCode).toBe(409);

    expect((await post('ship', { carrier: 'pigeon', trackingNumber: 'X' })).statusCode).toBe(400);
    expect((await post('ship', { carrier: 'sf', trackingNumber: '' })).statusCode).toBe(400);
    const shipped = await post('ship', { carrier: 'sf', trackingNumber: ' SF1234567890 ' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toMatchObject({
      status: 'shipped',
      shipment: { carrier: 'sf', carrierName: null, trackingNumber: 'SF1234567890' },
    });
    const delivered = await post('deliver');
    expect(delivered.json().status).toBe('delivered');
    expect(delivered.json().timeline.map((step: { status: string }) => step.status)).toEqual([
      'pending_payment',
      'paid',
      'confirmed',
      'shipped',
      'delivered',
    ]);
    // The buyer reads the tracking on their order.
    const unpaid = await order(product, `W-${tag}`, false);
    expect(
      (
        await api(testApp, 'POST', `/api/v1/me/orders/${unpaid}/ship`, {
          cookie: merchant.cookie,
          body: { carrier: 'other', carrierName: '德邦', trackingNumber: 'DB1' },
        })
      ).statusCode,
    ).toBe(409);
  });
});
