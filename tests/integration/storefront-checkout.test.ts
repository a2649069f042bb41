import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// The storefront's checkout and order pages as a browser without JavaScript uses them: what
// happens with no cart, a bad form, a wrong key, and a bank transfer's instructions.

describe('storefront checkout pages', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const post = (url: string, form: Record<string, string>, cookie?: string) =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'zh-CN',
        'sec-fetch-site': 'same-origin',
        ...(cookie ? { cookie } : {}),
      },
      payload: new URLSearchParams(form).toString(),
    });
  const get = (url: string, cookie?: string) =>
    api(testApp, 'GET', url, {
      headers: { 'accept-language': 'zh-CN' },
      ...(cookie ? { cookie } : {}),
    });
  const address = {
    name: '李华',
    email: 'lihua@example.com',
    phone: '13800138000',
    country: 'CN',
    region: '浙江省',
    city: '杭州市',
    line1: '西湖区龙井路 1 号',
    postalCode: '310013',
  };

  it('sends a buyer without a ready cart back to the cart', async () => {
    const response = await get('/checkout');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/cart');
    expect((await post('/checkout', { ...address, provider: 'sandbox' })).headers.location).toBe(
      '/cart',
    );
  });

  it('places a bank-transfer order from the form and shows where to transfer, by its key only', async () => {
    const shop = await storefrontMerchant(testApp, { name: '杭州茶庄' });
    const tag = Date.now();
    const product = await publishedProduct(testApp, shop, {
      variants: [{ sku: `W-${tag}`, stock: 9 }],
    });
    const added = await post('/cart/items', {
      productId: product,
      sku: `W-${tag}`,
      quantity: '3',
      mode: 'add',
    });
    const cookie = String(added.headers['set-cookie']).split(';')[0] as string;
    const form = await get('/checkout', cookie);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('银行转账（须在 3 天内到账）');

    // A form the schema refuses is a page naming the field, and nothing is ordered.
    const bad = await post('/checkout', { ...address, email: 'nope', provider: 'offline' }, cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/text\/html/);
    expect(bad.body).toContain('email');
    const badPhone = await post(
      '/checkout',
      { ...address, phone: '123', provider: 'offline' },
      cookie,
    );
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.body).toContain('请填写卖家能联系到您的电话号码');

    const placed = await post('/checkout', { ...address, provider: 'offline' }, cookie);
    expect(placed.statusCode, placed.body).toBe(303);
    const confirmation = await get(String(placed.headers.location));
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('下单成功');
    const link = confirmation.body.match(
      /href="(\/orders\/[0-9a-f-]{36}\?key=[A-Za-z0-9_-]+)"/,
    )?.[1];
    expect(link).toBeDefined();
    const order = await get(link as string);
    expect(order.statusCode).toBe(200);
    expect(order.body).toContain('待付款');
    expect(order.body).toContain('data-testid="transfer-instructions"');
    expect(order.body).toMatch(/付款附言（转账时请填写）<\/dt><dd><strong>[A-Z0-9-]+<\/strong>/);
    expect(order.body).toContain('中国 浙江省杭州市西湖区龙井路 1 号 310013');
    expect(order.body).not.toContain('data-testid="sandbox-pay"');

    const wrong = await get(`${(link as string).split('?')[0]}?key=guessed`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.headers['content-type']).toMatch(/text\/html/);
    expect(wrong.body).toContain('订单不存在');
    const tampered = await get('/checkout/placed?orders=not-a-list');
    expect(tampered.statusCode).toBe(400);
  });
});
