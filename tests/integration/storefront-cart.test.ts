import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// The storefront's cart without JavaScript (SPEC §7): the product page's form adds to a cart kept
// by a cookie, the cart page's forms change and remove lines, prices are the server's.

describe('the storefront cart, as plain HTML forms', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  /** A form post as a browser sends it, from the storefront's own origin. */
  const post = (url: string, form: Record<string, string>, cookie?: string, locale = 'zh-CN') =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': locale,
        'sec-fetch-site': 'same-origin',
        ...(cookie ? { cookie } : {}),
      },
      payload: new URLSearchParams(form).toString(),
    });
  const page = (url: string, cookie?: string, locale = 'zh-CN') =>
    api(testApp, 'GET', url, {
      headers: { 'accept-language': locale },
      ...(cookie ? { cookie } : {}),
    });

  it('adds a chosen variant from the product page, sums repeated adds, changes and removes lines', async () => {
    const merchant = await storefrontMerchant(testApp, { name: '西湖茶具店' });
    const tag = Date.now();
    const product = await publishedProduct(testApp, merchant, {
      title: '青瓷茶杯',
      options: [{ name: '颜色', values: ['青', '白'] }],
      variants: [
        { sku: `CUP-G-${tag}`, options: { 颜色: '青' }, stock: 300 },
        { sku: `CUP-W-${tag}`, options: { 颜色: '白' }, stock: 0 },
      ],
    });
    const productPage = await page(`/s/${merchant.slug}/p/${product}`);
    expect(productPage.body).toContain('action="/cart/items"');
    expect(productPage.body).toContain(`<option value="CUP-G-${tag}">青 — 库存 300 件</option>`);
    expect(productPage.body).toContain(
      `<option value="CUP-W-${tag}" disabled>白 — 已售罄</option>`,
    );
    expect(productPage.body).toContain('加入购物车');

    const added = await post('/cart/items', {
      productId: product,
      sku: `CUP-G-${tag}`,
      quantity: '60',
      mode: 'add',
    });
    expect(added.statusCode, added.body).toBe(303);
    expect(added.headers.location).toBe('/cart');
    const setCookie = String(added.headers['set-cookie']);
    expect(setCookie).toMatch(
      /kd_cart=[0-9a-f-]{36}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const cookie = setCookie.split(';')[0] as string;

    // A second add from the product page adds to the line: 120 pieces reach the ¥9.00 tier.
    const again = await post(
      '/cart/items',
      { productId: product, sku: `CUP-G-${tag}`, quantity: '60', mode: 'add' },
      cookie,
    );
    expect(again.statusCode).toBe(303);
    expect(again.headers['set-cookie']).toBeUndefined();
    let cart = await page('/cart', cookie);
    expect(cart.statusCode).toBe(200);
    expect(cart.headers['cache-control']).toBe('no-store');
    expect(cart.body).toContain('西湖茶具店');
    expect(cart.body).toContain('青瓷茶杯');
    expect(cart.body).toContain('value="120"');
    expect(cart.body).toContain('单价：¥9.00');
    expect(cart.body).toMatch(/data-testid="cart-total">¥1,080\.00</);

    await post(
      '/cart/items',
      { productId: product, sku: `CUP-G-${tag}`, quantity: '30', mode: 'set' },
      cookie,
    );
    cart = await page('/cart', cookie, 'en');
    expect(cart.body).toContain('Unit price: ¥10.00');
    expect(cart.body).toMatch(/data-testid="cart-total">¥300\.00</);

    // Beyond the stock: kept and flagged, out of the total.
    await post(
      '/cart/items',
      { productId: product, sku: `CUP-G-${tag}`, quantity: '301', mode: 'set' },
      cookie,
    );
    cart = await page('/cart', cookie, 'en');
    expect(cart.body).toContain('Only 300 pieces are in stock.');
    expect(cart.body).toContain('Some lines cannot be bought as they stand');
    expect(cart.body).toMatch(/data-testid="cart-total">¥0\.00</);

    await post(
      '/cart/items',
      { productId: product, sku: `CUP-G-${tag}`, quantity: '301', mode: 'set', remove: '1' },
      cookie,
    );
    cart = await page('/cart', cookie);
    expect(cart.body).toContain('购物车是空的。');
  });

  it('answers a form it cannot take with a page that says why, and never a 500', async () => {
    const merchant = await storefrontMerchant(testApp);
    const product = await publishedProduct(testApp, merchant);
    const unknown = await post('/cart/items', {
      productId: product,
      sku: 'NO-SUCH-SKU',
      quantity: '1',
      mode: 'add',
    });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.headers['content-type']).toMatch(/text\/html/);
    expect(unknown.body).toContain('该商品或规格（SKU）当前不在售。');
    for (const form of [
      { productId: product, sku: 'X', quantity: '-1', mode: 'add' },
      { productId: product, sku: 'X', quantity: 'lots', mode: 'add' },
      { productId: 'nope', sku: 'X', quantity: '1', mode: 'add' },
      { productId: product, sku: 'X', quantity: '1', mode: 'steal' },
    ]) {
      const response = await post('/cart/items', form);
      expect(response.statusCode, JSON.stringify(form)).toBe(400);
      expect(response.headers['content-type']).toMatch(/text\/html/);
    }
    // From another site, the form is refused (the cart is not the other site's to fill).
    const crossSite = await testApp.app.inject({
      method: 'POST',
      url: '/cart/items',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      payload: `productId=${product}&sku=X&quantity=1&mode=add`,
    });
    expect(crossSite.statusCode).toBe(403);
    // A cookie naming no cart (forged, or pruned) gets an empty cart, not an error.
    for (const cookie of ['kd_cart=00000000-0000-4000-8000-000000000000', 'kd_cart=%00<script>']) {
      const cart = await page('/cart', cookie, 'en');
      expect(cart.statusCode).toBe(200);
      expect(cart.body).toContain('Your cart is empty.');
    }
    // The API stays JSON only.
    const formToApi = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/carts',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=b',
    });
    expect(formToApi.statusCode).toBe(415);
  });
});
