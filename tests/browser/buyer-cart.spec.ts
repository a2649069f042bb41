import type { Browser } from '@playwright/test';
import { productImage, publishedProduct, storefrontMerchant } from '../support/products.ts';
import { enterBankAccount } from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, storeName, test } from './fixtures.ts';

// A buyer with JavaScript off fills a cart (SPEC §7): a variant and a quantity from the product
// page, a tier reached by the quantity, products of two stores in two groups, a line changed and
// one removed — on a desktop and on a phone.

const buyerContext = (browser: Browser, locale: string, width: number, height: number) =>
  browser.newContext({ javaScriptEnabled: false, locale, viewport: { width, height } });

test.describe('a guest cart without JavaScript', () => {
  test('adds a variant at a tier price, groups two stores, changes and removes lines', async ({
    browser,
    server,
  }) => {
    await enterBankAccount(server);
    const teaShop = await storefrontMerchant(server, { name: storeName('西湖茶庄') });
    const cupShop = await storefrontMerchant(server, { name: storeName('景德镇瓷器') });
    const tag = Math.random().toString(36).slice(2, 8);
    const tea = await publishedProduct(server, teaShop, {
      title: '明前龙井 250克',
      imageUploadIds: [await productImage(server, teaShop)],
      options: [{ name: '包装', values: ['罐装', '袋装'] }],
      variants: [
        { sku: `TIN-${tag}`, options: { 包装: '罐装' }, stock: 500 },
        { sku: `BAG-${tag}`, options: { 包装: '袋装' }, stock: 500 },
      ],
    });
    const cup = await publishedProduct(server, cupShop, {
      title: '青花瓷茶杯',
      imageUploadIds: [await productImage(server, cupShop)],
      variants: [{ sku: `CUP-${tag}`, stock: 40 }],
    });

    for (const [label, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      const context = await buyerContext(browser, 'zh-CN', width, height);
      const page = await context.newPage();
      await page.goto(`${server.url}/s/${teaShop.slug}/p/${tea}`);
      const form = page.getByTestId('add-to-cart');
      await form.getByLabel('选择规格').selectOption({ label: '袋装 — 库存 500 件' });
      await form.getByLabel('采购数量').fill('120');
      await form.getByRole('button', { name: '加入购物车' }).click();
      await expect(page).toHaveURL(/\/cart$/);
      const teaLine = page.getByTestId('cart-line').filter({ hasText: '明前龙井' });
      // 120 pieces reach the 100–499 tier: ¥9.00 each.
      await expect(teaLine).toContainText('袋装');
      await expect(teaLine).toContainText('单价：¥9.00');
      await expect(teaLine).toContainText('¥1,080.00');

      await page.goto(`${server.url}/s/${cupShop.slug}/p/${cup}`);
      await page.getByTestId('add-to-cart').getByLabel('采购数量').fill('2');
      await page.getByRole('button', { name: '加入购物车' }).click();
      await expect(page.getByTestId('cart-store')).toHaveCount(2);
      await expect(page.getByTestId('cart-total')).toHaveText('¥1,100.00');
      await expectFitsScreen(page, `buyer-cart-zh-CN-${label}`);

      // Fewer pieces fall back to the first tier; removing the cups leaves one store.
      await teaLine.getByRole('spinbutton').fill('50');
      await teaLine.getByRole('button', { name: '更新' }).click();
      await expect(teaLine).toContainText('单价：¥10.00');
      const cupLine = page.getByTestId('cart-line').filter({ hasText: '青花瓷茶杯' });
      await cupLine.getByRole('button', { name: '删除' }).click();
      await expect(page.getByTestId('cart-store')).toHaveCount(1);
      await expect(page.getByTestId('cart-total')).toHaveText('¥500.00');
      await teaLine.getByRole('button', { name: '删除' }).click();
      await expect(page.getByText('购物车是空的。')).toBeVisible();
      await context.close();
    }
  });

  test('says in English why a line cannot be bought as it stands', async ({ browser, server }) => {
    await enterBankAccount(server);
    const shop = await storefrontMerchant(server, { name: storeName('Harbour Ceramics') });
    const tag = Math.random().toString(36).slice(2, 8);
    const bowl = await publishedProduct(server, shop, {
      title: 'Celadon rice bowl',
      imageUploadIds: [await productImage(server, shop)],
      variants: [{ sku: `BOWL-${tag}`, stock: 3 }],
    });
    const context = await buyerContext(browser, 'en', 390, 844);
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${shop.slug}/p/${bowl}`);
    await page.getByTestId('add-to-cart').getByLabel('Quantity').fill('3');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    const line = page.getByTestId('cart-line');
    await line.getByRole('spinbutton').fill('5');
    await line.getByRole('button', { name: 'Update' }).click();
    await expect(line).toContainText('Only 3 pieces are in stock.');
    await expect(page.getByRole('status')).toContainText('Some lines cannot be bought');
    await expect(page.getByTestId('cart-total')).toHaveText('¥0.00');
    await expectFitsScreen(page, 'buyer-cart-en-phone');
    await context.close();
  });

  test('checks out as a guest, gets one order per store, and pays one in the sandbox', async ({
    browser,
    server,
  }) => {
    await enterBankAccount(server);
    const teaShop = await storefrontMerchant(server, { name: storeName('龙井茶社') });
    const cupShop = await storefrontMerchant(server, { name: storeName('青瓷坊') });
    const tag = Math.random().toString(36).slice(2, 8);
    const tea = await publishedProduct(server, teaShop, {
      title: '狮峰龙井',
      imageUploadIds: [await productImage(server, teaShop)],
      variants: [{ sku: `LJ-${tag}`, stock: 200 }],
    });
    const cup = await publishedProduct(server, cupShop, {
      title: '青瓷盖碗',
      imageUploadIds: [await productImage(server, cupShop)],
      variants: [{ sku: `GW-${tag}`, stock: 5 }],
    });
    const context = await buyerContext(browser, 'zh-CN', 390, 844);
    const page = await context.newPage();
    for (const [product, slug, quantity] of [
      [tea, teaShop.slug, '120'],
      [cup, cupShop.slug, '1'],
    ] as const) {
      await page.goto(`${server.url}/s/${slug}/p/${product}`);
      await page.getByTestId('add-to-cart').getByLabel('采购数量').fill(quantity);
      await page.getByRole('button', { name: '加入购物车' }).click();
    }
    await page.getByRole('link', { name: '去结算' }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByText('将按店铺生成 2 个订单。')).toBeVisible();
    const form = page.getByTestId('checkout-form');
    await form.getByLabel('姓名').fill('李华');
    await form.getByLabel('电子邮箱（订单确认将发送至此）').fill('lihua@example.com');
    await form.getByLabel('手机或电话').fill('13800138000');
    await form.getByLabel('国家或地区').selectOption('CN');
    await form.getByLabel('省份').fill('浙江省');
    await form.getByLabel('城市').fill('杭州市');
    await form.getByLabel('详细地址').fill('西湖区龙井路 1 号');
    await form.getByLabel('邮政编码').fill('310013');
    await form.getByLabel(/沙箱支付/).check();
    await expectFitsScreen(page, 'buyer-checkout-zh-CN-phone');
    await form.getByRole('button', { name: '提交订单' }).click();

    await expect(page.getByRole('heading', { name: '下单成功，感谢您的购买' })).toBeVisible();
    await expect(page.getByTestId('placed-order')).toHaveCount(2);
    await expect(page.getByTestId('placed-order').first()).toContainText('¥1,080.00');
    await page.getByTestId('placed-order').first().getByRole('link', { name: '查看订单' }).click();
    await expect(page.getByTestId('order-status')).toContainText('待付款');
    await expectFitsScreen(page, 'buyer-order-zh-CN-phone');
    await page.getByTestId('sandbox-pay').getByRole('button', { name: '付款（成功）' }).click();
    await expect(page.getByTestId('order-status')).toContainText('已付款');
    await expect(page.getByTestId('sandbox-pay')).toHaveCount(0);
    // The cart is empty again: what was ordered left it.
    await page.goto(`${server.url}/cart`);
    await expect(page.getByText('购物车是空的。')).toBeVisible();
    await context.close();
  });
});
