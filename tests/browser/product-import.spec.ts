import { csvFixture } from '../support/product-imports.ts';
import { openStore } from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, test } from './fixtures.ts';

// The seller center's CSV import (SPEC §6, bulk import): a merchant uploads a file, watches the
// bar finish, reads the counts and the row that could not be imported, and after a reload the
// page still shows that import.

test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

const FILE = [
  'handle,title,category,sku,stock,price,attributes',
  'cup-1,青花瓷茶杯 120ml,tableware,CUP-B-1,50,9.50,material=陶瓷',
  'cup-2,粗陶茶杯 150ml,tableware,CUP-B-2,40,1.005,material=陶瓷',
  'cup-3,玻璃公道杯 300ml,tableware,CUP-B-3,30,25.00,material=玻璃',
].join('\n');

test('a merchant imports products from CSV and watches the import finish', async ({
  page,
  server,
  verifiedMerchant,
}) => {
  const merchant = await verifiedMerchant();
  await openStore(server, merchant);

  await page.goto(`${server.url}/products`);
  await page.getByRole('link', { name: '从 CSV 导入' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '从 CSV 批量导入商品' })).toBeVisible();
  await expect(page.getByRole('link', { name: '下载导入模板' })).toHaveAttribute(
    'href',
    '/api/v1/me/product-imports/template.csv',
  );
  await expect(page.getByText('还没有导入记录。')).toBeVisible();

  // Nothing chosen: the form says so instead of uploading.
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByRole('alert')).toHaveText('请先选择 CSV 文件。');

  await page.getByLabel(/CSV 文件/).setInputFiles({
    name: 'teacups.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(FILE, 'utf8'),
  });
  await expect(page.getByText('已选择：teacups.csv')).toBeVisible();
  await page.getByRole('button', { name: '开始导入' }).click();

  const bar = page.getByRole('progressbar', { name: '导入进度' });
  await expect(bar).toHaveAttribute('aria-valuemax', '3');
  await expect(bar).toHaveAttribute('aria-valuenow', '3');
  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText('导入完成');
  await expect(page.getByTestId('count-created')).toHaveText('2');
  await expect(page.getByTestId('count-failed')).toHaveText('1');
  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('CUP-B-2');
  await expect(errors.getByRole('row').nth(1)).toContainText('“price”中的“1.005”不是有效价格');
  await expect(page.getByRole('link', { name: '下载错误明细（CSV）' })).toBeVisible();
  await expectFitsScreen(page, 'product-import-zh-desktop');

  // A reload keeps the import on the page (its id is in the address).
  expect(new URL(page.url()).searchParams.get('import')).toMatch(/^[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByTestId('count-created')).toHaveText('2');
  const recent = page.getByRole('region', { name: '最近的导入' });
  await expect(recent).toContainText('teacups.csv');
  await expect(recent).toContainText('导入完成');

  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsScreen(page, 'product-import-zh-phone');
});

test.describe('in English', () => {
  test.use({ locale: 'en', viewport: { width: 390, height: 844 } });

  test('a GB18030 file from Chinese Excel imports with its Chinese', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    const merchant = await verifiedMerchant();
    await openStore(server, merchant);
    await page.goto(`${server.url}/products/import`);
    await page.getByLabel(/CSV file/).setInputFiles({
      name: 'teapot.csv',
      mimeType: 'text/csv',
      buffer: await csvFixture('teapot-gb18030.csv'),
    });
    await page.getByRole('button', { name: 'Start import' }).click();
    await expect(page.getByTestId('import-progress')).toContainText('Finished');
    await expect(page.getByTestId('count-created')).toHaveText('1');
    await expect(page.getByText('Every row was imported.')).toBeVisible();
    await expectFitsScreen(page, 'product-import-en-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectFitsScreen(page, 'product-import-en-desktop');

    await page.goto(`${server.url}/products`);
    await expect(page.getByText('紫砂壶 宜兴原矿手工茶壶')).toBeVisible();
  });
});
