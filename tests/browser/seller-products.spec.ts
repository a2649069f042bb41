import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { api, openStore, uploadImage } from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, test } from './fixtures.ts';

// The seller center's product pages (SPEC §6): a merchant with an open store lists a product with
// two options, four variants and wholesale tiers, watching the quality score rise as the checklist
// fills, saves it as a draft, publishes it and finds it in the product list.

test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

/** A product photo: a coloured square, as a phone camera might give. */
function photo(red: number): Promise<Buffer> {
  return sharp({
    create: { width: 800, height: 800, channels: 3, background: { r: red, g: 90, b: 60 } },
  })
    .png()
    .toBuffer();
}

const score = (page: Page) => page.getByTestId('quality-score');

test('a merchant lists a product with variants and wholesale tiers, and publishes it', async ({
  page,
  server,
  verifiedMerchant,
}) => {
  const merchant = await verifiedMerchant();
  await openStore(server, merchant);

  await page.goto(`${server.url}/products`);
  const empty = page.getByTestId('products-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: '从 CSV 导入' })).toHaveAttribute(
    'href',
    '/products/import',
  );
  await empty.getByRole('link', { name: '发布商品' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '发布商品' })).toBeVisible();
  await expect(score(page)).toHaveText('0');
  await expect(page.getByTestId('listing-limit')).toContainText('剩余可发布数量');

  // Title, with its counter.
  const title = '2026 夏季新款纯棉碎花连衣裙女中长款宽松显瘦度假风沙滩长裙';
  await page.getByLabel('商品标题').fill(title);
  await expect(page.getByTestId('title-counter')).toHaveText(`${[...title].length}/128`);
  await expect(score(page)).toHaveText('20');

  // The category, found by name; its required attributes then appear.
  await page.getByRole('searchbox', { name: '类目' }).fill('连衣裙');
  await page
    .getByRole('button', { name: /连衣裙/ })
    .first()
    .click();
  await expect(page.getByTestId('category-path')).toContainText('连衣裙');
  await expect(page.getByTestId('category-path')).toContainText('›');
  await page.getByLabel(/^材质/).selectOption({ label: '棉 Cotton' });
  await page.getByLabel(/^尺码/).selectOption('M');
  await expect(score(page)).toHaveText('35');

  // Three images: the first is the main one.
  await page.getByLabel('添加图片').setInputFiles([
    { name: 'front.png', mimeType: 'image/png', buffer: await photo(200) },
    { name: 'back.png', mimeType: 'image/png', buffer: await photo(120) },
    { name: 'detail.png', mimeType: 'image/png', buffer: await photo(60) },
  ]);
  const gallery = page.getByTestId('image-gallery');
  await expect(gallery.locator('img')).toHaveCount(3);
  await expect(gallery.getByText('主图')).toBeVisible();
  await expect(score(page)).toHaveText('70');

  // The description, in the rich-text editor.
  const editor = page.getByRole('textbox', { name: '商品详情' });
  await editor.click();
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.type('精选纯棉面料');
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.type('，柔软亲肤，透气不闷热。'.repeat(9));
  await expect(score(page)).toHaveText('90');

  // Two options make four variants.
  await page.getByRole('button', { name: '添加规格' }).click();
  await page.getByLabel('规格 1 名称').fill('颜色');
  await page.getByLabel('规格 1 的值').fill('红');
  await page.keyboard.press('Enter');
  await page.keyboard.type('蓝');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '添加规格' }).click();
  await page.getByLabel('规格 2 名称').fill('尺码');
  await page.getByLabel('规格 2 的值').fill('M');
  await page.keyboard.press('Enter');
  await page.keyboard.type('L');
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('variant-row');
  await expect(rows).toHaveCount(4);
  for (const [index, variant] of ['红 / M', '红 / L', '蓝 / M', '蓝 / L'].entries()) {
    await page.getByLabel(`${variant} 的商家编码`).fill(`DRESS-${index + 1}`);
  }
  // Stock for every variant at once.
  await page.getByLabel('全部 SKU 的库存').fill('300');
  await page.getByRole('button', { name: '库存应用到全部 SKU' }).click();
  for (const variant of ['红 / M', '红 / L', '蓝 / M', '蓝 / L']) {
    await expect(page.getByLabel(`${variant} 的库存`)).toHaveValue('300');
  }

  // Wholesale tiers, checked as they are typed: the message sits on the row it is about.
  const tiers = page.getByTestId('tier-row');
  await page.getByLabel('第 1 档单价').fill('10.00');
  await expect(score(page)).toHaveText('100');
  await page.getByRole('button', { name: '添加价格区间' }).click();
  await page.getByLabel('第 2 档起订数量').fill('100');
  await page.getByLabel('第 2 档单价').fill('11.00');
  await expect(tiers.nth(1).getByRole('alert')).toHaveText('单价不能高于上一档。');
  await page.getByLabel('第 2 档单价').fill('9.00');
  await expect(tiers.nth(1).getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '添加价格区间' }).click();
  await page.getByLabel('第 3 档起订数量').fill('50');
  await expect(tiers.nth(2).getByRole('alert')).toHaveText('起订数量须比上一档大。');
  await page.getByLabel('第 3 档起订数量').fill('500');
  await page.getByLabel('第 3 档单价').fill('8.00');
  await expect(page.getByTestId('price-tiers').getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('price-tiers')).toContainText('100–499 件');
  await expect(page.getByTestId('price-tiers')).toContainText('500 件及以上');

  // Saved as a draft: the product has its own page now.
  await page.getByRole('button', { name: '存草稿' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编辑商品' })).toBeVisible();
  await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}$/);
  const status = page.getByTestId('product-status');
  await expect(status).toContainText('草稿');
  await expect(status).toContainText('草稿已保存。');
  await expect(rows).toHaveCount(4);
  await expect(page.getByLabel('蓝 / L 的库存')).toHaveValue('300');

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(status).toContainText('已发布');
  await expect(status).toContainText('已发布，买家现在可以找到它。');

  // In the product list, published, from its lowest tier price.
  await page.getByRole('link', { name: '商品管理' }).first().click();
  const row = page.getByTestId('product-list').getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('已发布');
  await expect(row).toContainText('¥8.00 起');
  await expect(row).toContainText('1,200');
  await expect(row.getByTestId('row-score')).toHaveText('100');
  await expect(page.getByTestId('product-count-published')).toHaveText('1');
  await expectFitsScreen(page, 'products-list-zh-CN-desktop');
});

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** A dress with two colours, priced in tiers, made through the API as the form would send it. */
async function dressThroughApi(server: Parameters<typeof api>[0], cookie: string) {
  const tree = (await api(server, 'GET', '/api/v1/categories', { cookie })).json();
  const find = (nodes: { id: string; code: string; children: unknown[] }[]): string | undefined => {
    for (const node of nodes) {
      if (node.code === 'dresses') return node.id;
      const inside = find(node.children as typeof nodes);
      if (inside) return inside;
    }
    return undefined;
  };
  const images = [
    await uploadImage(server, cookie, 'product', 800, 800),
    await uploadImage(server, cookie, 'product', 800, 800),
  ];
  const created = await api(server, 'POST', '/api/v1/me/products', {
    cookie,
    body: {
      title: 'Summer cotton floral midi dress, loose fit, beach holiday style',
      categoryId: find(tree),
      description: '<p><strong>Soft cotton</strong>, breathable and light.</p>',
      imageUploadIds: images,
      weightGrams: 250,
      attributes: [{ code: 'material', value: '棉 Cotton' }],
      options: [{ name: 'Colour', values: ['Red', 'Blue'] }],
      variants: [
        { sku: 'DRESS-RED', options: { Colour: 'Red' }, stock: 120 },
        { sku: 'DRESS-BLUE', options: { Colour: 'Blue' }, stock: 80 },
      ],
      pricing: {
        mode: 'by_quantity',
        minOrderQuantity: 2,
        tiers: [
          { minQuantity: 2, price: { amount: 1000 } },
          { minQuantity: 100, price: { amount: 900 } },
        ],
      },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

for (const language of ['zh-CN', 'en'] as const) {
  for (const [width, viewport] of Object.entries(viewports)) {
    test.describe(`${language}, ${width}`, () => {
      test.use({ locale: language, viewport });

      test('the product pages fit the screen: the list empty and full, the form empty, filled and refused', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        const zh = language === 'zh-CN';
        const name = (page: string) => `products-${page}-${language}-${width}`;
        const merchant = await verifiedMerchant();
        await openStore(server, merchant);

        await page.goto(`${server.url}/products`);
        await expect(page.getByTestId('products-empty')).toBeVisible();
        await expectFitsScreen(page, name('list-empty'));

        await page.goto(`${server.url}/products/new`);
        await expect(page.getByTestId('quality-panel')).toBeVisible();
        await expectFitsScreen(page, name('form-empty'));
        // Sent without a category: the form says so on the field, and nothing is saved.
        await page.getByRole('button', { name: zh ? '存草稿' : 'Save draft' }).click();
        await expect(
          page.getByText(
            zh ? '请选择商品所属的类目。' : 'Choose the category the product belongs to.',
          ),
        ).toBeVisible();

        const id = await dressThroughApi(server, merchant.cookie);
        await page.goto(`${server.url}/products/${id}`);
        const rows = page.getByTestId('variant-row');
        await expect(rows).toHaveCount(2);
        await expect(page.getByTestId('quality-score')).toHaveText('50');
        await expectFitsScreen(page, name('form-filled'));

        // The server refuses a SKU used twice: its message is on that row's SKU cell.
        await page.getByLabel(zh ? 'Blue 的商家编码' : 'SKU of Blue').fill('DRESS-RED');
        await page.getByRole('button', { name: zh ? '存草稿' : 'Save draft' }).click();
        await expect(rows.nth(1).getByRole('alert')).toBeVisible();
        await expect(rows.nth(0).getByRole('alert')).toHaveCount(0);
        await expectFitsScreen(page, name('form-errors'));

        await page.goto(`${server.url}/products`);
        await expect(page.getByTestId('product-list')).toBeVisible();
        await expectFitsScreen(page, name('list'));
      });
    });
  }
}
