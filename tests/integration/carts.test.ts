import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { cartsModule } from '../../src/server/modules/carts/index.ts';
import { defaultSettings } from '../../src/server/modules/settings/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { productBody, publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// Guest carts (SPEC §7, API shape "Cart and checkout"): prices computed on the server from tiers
// and variant prices, minimum order quantities, lines of several stores, and lines that cannot
// be bought as they stand flagged rather than charged.

type Money = { amount: number; currency: string };
type Line = {
  productId: string;
  sku: string;
  quantity: number;
  unitPrice: Money | null;
  lineTotal: Money | null;
  previousUnitPrice: Money | null;
  problem: string | null;
  storeSlug: string | null;
};
type Cart = {
  id: string;
  items: Line[];
  stores: { slug: string; itemCount: number; subtotal: Money }[];
  total: Money;
  ready: boolean;
};

describe('guest carts', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const newCart = async (): Promise<Cart> => {
    const response = await api(testApp, 'POST', '/api/v1/carts');
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const put = (cartId: string, body: Record<string, unknown>, locale = 'en') =>
    api(testApp, 'PUT', `/api/v1/carts/${cartId}/items`, {
      body,
      headers: { 'accept-language': locale },
    });
  const set = async (cartId: string, body: Record<string, unknown>): Promise<Cart> => {
    const response = await put(cartId, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const get = async (cartId: string): Promise<Cart> => {
    const response = await api(testApp, 'GET', `/api/v1/carts/${cartId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('prices a product by the tier all its SKUs reach together, and a variant by its own price', async () => {
    const merchant = await storefrontMerchant(testApp);
    const other = await storefrontMerchant(testApp);
    const tag = Date.now();
    // ¥10 for 1–99, ¥9 for 100–499, ¥8 from 500 (productBody), in two colours.
    const tiered = await publishedProduct(testApp, merchant, {
      options: [{ name: '颜色', values: ['红', '蓝'] }],
      variants: [
        { sku: `RED-${tag}`, options: { 颜色: '红' }, stock: 200 },
        { sku: `BLUE-${tag}`, options: { 颜色: '蓝' }, stock: 200 },
      ],
    });
    const byVariant = await publishedProduct(testApp, other, {
      options: [{ name: 'Size', values: ['S', 'L'] }],
      variants: [
        { sku: `S-${tag}`, options: { Size: 'S' }, stock: 5, price: { amount: 2500 } },
        { sku: `L-${tag}`, options: { Size: 'L' }, stock: 5, price: { amount: 3100 } },
      ],
      pricing: { mode: 'by_variant', minOrderQuantity: 1 },
    });
    const cart = await newCart();
    expect(cart).toMatchObject({ items: [], total: { amount: 0 }, ready: false });

    let view = await set(cart.id, { productId: tiered, sku: `RED-${tag}`, quantity: 60 });
    expect(view.items[0]).toMatchObject({ unitPrice: { amount: 1000, currency: 'CNY' } });
    // 60 red and 60 blue make 120 pieces of the product: the 100-piece tier for both.
    view = await set(cart.id, { productId: tiered, sku: `BLUE-${tag}`, quantity: 60 });
    expect(
      view.items.map((line) => [line.sku, line.unitPrice?.amount, line.lineTotal?.amount]),
    ).toEqual([
      [`RED-${tag}`, 900, 54_000],
      [`BLUE-${tag}`, 900, 54_000],
    ]);
    // The buyer's own change reaching a tier is not a price change to warn about.
    expect(view.items.every((line) => line.previousUnitPrice === null)).toBe(true);
    view = await set(cart.id, { productId: byVariant, sku: `L-${tag}`, quantity: 2 });
    expect(view.items[2]).toMatchObject({
      unitPrice: { amount: 3100 },
      lineTotal: { amount: 6200 },
    });
    expect(view.stores).toEqual([
      { slug: merchant.slug, itemCount: 120, subtotal: { amount: 108_000, currency: 'CNY' } },
      { slug: other.slug, itemCount: 2, subtotal: { amount: 6200, currency: 'CNY' } },
    ]);
    expect(view.total).toEqual({ amount: 114_200, currency: 'CNY' });
    expect(view.ready).toBe(true);

    // Changing and removing lines; the cart reads back the same from GET.
    view = await set(cart.id, { productId: tiered, sku: `BLUE-${tag}`, quantity: 0 });
    expect(view.items.map((line) => line.sku)).toEqual([`RED-${tag}`, `L-${tag}`]);
    expect(view.items[0]?.unitPrice?.amount).toBe(1000);
    expect(await get(cart.id)).toEqual(view);
  });

  it('flags a line below the minimum, beyond the stock, unpublished or repriced, and leaves it out of the total', async () => {
    const merchant = await storefrontMerchant(testApp);
    const tag = Date.now();
    const minimum = await publishedProduct(testApp, merchant, {
      title: 'Ceramic mugs, sold by ten',
      variants: [{ sku: `MUG-${tag}`, stock: 8 }],
      pricing: {
        mode: 'by_quantity',
        minOrderQuantity: 10,
        tiers: [{ minQuantity: 10, price: { amount: 700 } }],
      },
    });
    const withdrawn = await publishedProduct(testApp, merchant, {
      variants: [{ sku: `GONE-${tag}`, stock: 50 }],
    });
    const repriced = await publishedProduct(testApp, merchant, {
      variants: [{ sku: `PRICE-${tag}`, stock: 50 }],
    });
    const cart = await newCart();
    await set(cart.id, { productId: minimum, sku: `MUG-${tag}`, quantity: 4 });
    await set(cart.id, { productId: withdrawn, sku: `GONE-${tag}`, quantity: 1 });
    let view = await set(cart.id, { productId: repriced, sku: `PRICE-${tag}`, quantity: 2 });
    expect(view.items.map((line) => line.problem)).toEqual(['below_minimum', null, null]);

    view = await set(cart.id, { productId: minimum, sku: `MUG-${tag}`, quantity: 10 });
    expect(view.items[0]).toMatchObject({
      problem: 'not_enough_stock',
      unitPrice: { amount: 700 },
    });

    const unpublish = await api(testApp, 'POST', `/api/v1/me/products/${withdrawn}/unpublish`, {
      cookie: merchant.cookie,
    });
    expect(unpublish.statusCode, unpublish.body).toBe(200);
    const edit = await api(testApp, 'PUT', `/api/v1/me/products/${repriced}`, {
      cookie: merchant.cookie,
      body: await productBody(testApp, {
        variants: [{ sku: `PRICE-${tag}`, stock: 50 }],
        imageUploadIds: (
          await api(testApp, 'GET', `/api/v1/me/products/${repriced}`, { cookie: merchant.cookie })
        ).json().imageUploadIds,
        pricing: {
          mode: 'by_quantity',
          minOrderQuantity: 1,
          tiers: [{ minQuantity: 1, price: { amount: 1500 } }],
        },
      }),
    });
    expect(edit.statusCode, edit.body).toBe(200);

    view = await get(cart.id);
    expect(view.items.map((line) => line.problem)).toEqual([
      'not_enough_stock',
      'unavailable',
      null,
    ]);
    expect(view.items[1]).toMatchObject({ unitPrice: null, lineTotal: null });
    expect(view.items[2]).toMatchObject({
      unitPrice: { amount: 1500 },
      previousUnitPrice: { amount: 1000 },
    });
    // Only the repriced line can be bought; the buyer must look at its new price first.
    expect(view.total.amount).toBe(3000);
    expect(view.ready).toBe(false);
    // Changing the line shows the new price, which then counts as seen.
    view = await set(cart.id, { productId: repriced, sku: `PRICE-${tag}`, quantity: 3 });
    expect((await get(cart.id)).items[2]).toMatchObject({ previousUnitPrice: null, quantity: 3 });
  });

  it('refuses what cannot be put in a cart with a clear error, and leaves the cart as it was', async () => {
    const merchant = await storefrontMerchant(testApp);
    const tag = Date.now();
    const product = await publishedProduct(testApp, merchant, {
      variants: [{ sku: `OK-${tag}`, stock: 5 }],
    });
    const cart = await newCart();
    const unknownSku = await put(
      cart.id,
      { productId: product, sku: 'NOPE', quantity: 1 },
      'zh-CN',
    );
    expect(unknownSku.statusCode).toBe(409);
    expect(unknownSku.json().error).toMatchObject({ code: 'cart.product_unavailable' });
    expect(unknownSku.json().error.message).toMatch(/不在售/);
    const noProduct = await put(cart.id, {
      productId: '00000000-0000-4000-8000-000000000000',
      sku: 'X',
      quantity: 1,
    });
    expect(noProduct.json().error.code).toBe('cart.product_unavailable');
    for (const body of [
      { productId: product, sku: `OK-${tag}`, quantity: -1 },
      { productId: product, sku: `OK-${tag}`, quantity: 1.5 },
      { productId: product, sku: `OK-${tag}`, quantity: 100_000 },
      { productId: 'not-a-uuid', sku: `OK-${tag}`, quantity: 1 },
      { productId: product, sku: '', quantity: 1 },
      { productId: product, sku: `OK-${tag}\u0000`, quantity: 1, extra: true },
    ]) {
      const response = await put(cart.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation.failed');
    }
    const missing = await api(testApp, 'GET', '/api/v1/carts/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('cart.not_found');
    expect((await api(testApp, 'GET', '/api/v1/carts/abc')).statusCode).toBe(400);
    expect((await get(cart.id)).items).toEqual([]);
  });

  it('keeps both lines when two changes to one cart arrive at once', async () => {
    const merchant = await storefrontMerchant(testApp);
    const tag = Date.now();
    const skus = Array.from({ length: 6 }, (_, i) => `C${i}-${tag}`);
    const product = await publishedProduct(testApp, merchant, {
      options: [{ name: 'N', values: skus }],
      variants: skus.map((sku) => ({ sku, options: { N: sku }, stock: 10 })),
    });
    const cart = await newCart();
    const answers = await Promise.all(
      skus.map((sku) => put(cart.id, { productId: product, sku, quantity: 1 })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(skus.map(() => 200));
    expect((await get(cart.id)).items.map((line) => line.sku).sort()).toEqual([...skus].sort());
  });

  it('empties a cart nobody touched for 30 days, and keeps one in use', async () => {
    const old = await newCart();
    const recent = await newCart();
    await testApp.database.pool.query(
      `UPDATE carts SET updated_at = $2::timestamptz - interval '31 days' WHERE id = $1`,
      [old.id, clock.now()],
    );
    const [prune] = cartsModule.jobs;
    await withTx(testApp.database.db, (tx) =>
      (prune as NonNullable<typeof prune>).run(tx, clock.now(), defaultSettings),
    );
    expect((await api(testApp, 'GET', `/api/v1/carts/${old.id}`)).statusCode).toBe(404);
    expect((await api(testApp, 'GET', `/api/v1/carts/${recent.id}`)).statusCode).toBe(200);
  });
});
