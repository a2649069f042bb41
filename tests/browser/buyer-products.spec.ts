import type { Browser } from '@playwright/test';
import { productImage, publishedProduct, storefrontMerchant } from '../support/products.ts';
import { enterBankAccount, uploadImage } from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, storeName, test } from './fixtures.ts';

// A buyer with JavaScript off (SPEC §5, §6: the storefront reads without it): the store's grid,
// a product's page with its prices by quantity and its gallery, and platform search in Chinese.

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const buyerContext = (
  browser: Browser,
  locale: string,
  viewport: { width: number; height: number } = viewports.desktop,
) => browser.newContext({ javaScriptEnabled: false, locale, viewport });

test.describe('buyers find products without JavaScript', () => {
  test('storefront grid → product page with tiers and gallery → /search finds it in Chinese', async ({
    browser,
    server,
  }) => {
    await enterBankAccount(server);
    const merchant = await storefrontMerchant(server, { name: storeName('小衣橱') });
    const images = [
      await productImage(server, merchant),
      await uploadImage(server, merchant.cookie, 'product', 600, 900),
    ];
    const title = `夏季新款连衣裙女 ${storeName('碎花')}`;
    await publishedProduct(server, merchant, { title, imageUploadIds: images });

    const context = await buyerContext(browser, 'zh-CN');
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${merchant.slug}`);
    const card = page.getByTestId('product-card').filter({ hasText: title });
    await expect(card).toBeVisible();
    await expect(card).toContainText('¥8.00 起');
    await expect(card).toContainText('1 件起批');

    await card.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/s/${merchant.slug}/p/[0-9a-f-]{36}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const tiers = page.getByTestId('price-tiers');
    await expect(tiers.getByRole('row', { name: '1–99 件 ¥10.00' })).toBeVisible();
    await expect(tiers.getByRole('row', { name: '100–499 件 ¥9.00' })).toBeVisible();
    await expect(tiers.getByRole('row', { name: '≥ 500 件 ¥8.00' })).toBeVisible();
    await expect(page.getByTestId('store-card').getByTestId('verified-badge')).toBeVisible();
    // The gallery switches pictures without a script: the thumbnails are labels of radios.
    const gallery = page.getByTestId('gallery');
    await expect(gallery.locator('.pp-image-0')).toBeVisible();
    await expect(gallery.locator('.pp-image-1')).toBeHidden();
    await gallery.getByTitle('第 2 张，共 2 张').click();
    await expect(gallery.locator('.pp-image-1')).toBeVisible();
    await expect(gallery.locator('.pp-image-0')).toBeHidden();

    await page.goto(`${server.url}/search`);
    await page.getByRole('searchbox', { name: '搜索商品' }).fill('连衣裙');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\?q=%E8%BF%9E%E8%A1%A3%E8%A3%99$/);
    await expect(page.getByRole('heading', { name: '“连衣裙”的搜索结果' })).toBeVisible();
    await expect(page.getByTestId('product-card').filter({ hasText: title })).toBeVisible();
    await context.close();
  });

  test('the grid, a product page and search fit the screen in both languages', async ({
    browser,
    server,
  }) => {
    await enterBankAccount(server);
    const merchant = await storefrontMerchant(server, { name: storeName('Harbour Tea') });
    const image = await productImage(server, merchant);
    const ids: string[] = [];
    for (const title of [
      '西湖龙井 2026 明前特级 绿茶 250克 礼盒装 Longjing green tea, spring harvest gift box',
      '安吉白茶 Anji white tea',
      '云南普洱熟茶饼 357g Pu-erh cake',
    ]) {
      ids.push(
        await publishedProduct(server, merchant, {
          title,
          imageUploadIds: [image],
          options: [
            { name: '规格 Size', values: ['100g', '250g'] },
            { name: '包装 Pack', values: ['罐装 Tin', '袋装 Bag'] },
          ],
          variants: ['100g', '250g'].flatMap((size) =>
            ['罐装 Tin', '袋装 Bag'].map((pack) => ({
              sku: `TEA-${Math.random().toString(36).slice(2, 10)}-${size}-${pack.length}`,
              options: { '规格 Size': size, '包装 Pack': pack },
              stock: 20,
            })),
          ),
        }),
      );
    }
    for (const language of ['zh-CN', 'en'] as const) {
      for (const [name, viewport] of Object.entries(viewports)) {
        const context = await buyerContext(browser, language, viewport);
        const page = await context.newPage();
        await page.goto(`${server.url}/s/${merchant.slug}`);
        await expect(page.getByTestId('product-card')).toHaveCount(3);
        await expectFitsScreen(page, `buyer-storefront-${language}-${name}`);
        await page.goto(`${server.url}/s/${merchant.slug}/p/${ids[0]}`);
        await expect(page.getByTestId('variants')).toBeVisible();
        await expectFitsScreen(page, `buyer-product-${language}-${name}`);
        await page.goto(`${server.url}/search?q=${encodeURIComponent('龙井 tea')}`);
        await expect(page.getByTestId('product-card')).toHaveCount(1);
        await expectFitsScreen(page, `buyer-search-${language}-${name}`);
        await context.close();
      }
    }
  });
});
