import { createProduct, productBody } from '../support/products.ts';
import type { TestServer } from '../support/server.ts';
import { api, openStore, type StoreMerchant, storeMerchant } from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, test } from './fixtures.ts';

// Product moderation in the console (SPEC §6, §9; issue 11's acceptance): a banned word sends a
// product to review; a reviewer rejects it with a reason the merchant sees; the merchant corrects
// it and the reviewer approves the corrected version, seeing what changed. The merchant's side
// goes through the API (the seller center's product form has journeys of its own).

/** On the list for every test (set through the API); the journey adds its own in the editor. */
const BANNED = '高仿';
const JOURNEY_WORD = '山寨';

async function merchantWithStore(server: TestServer): Promise<StoreMerchant> {
  const merchant = await storeMerchant(server, { locale: 'zh-CN' });
  await openStore(server, merchant);
  return merchant;
}

/** The merchant publishes; with the banned word on the list it comes out waiting for review. */
async function publish(server: TestServer, merchant: StoreMerchant, productId: string) {
  const published = await api(server, 'POST', `/api/v1/me/products/${productId}/publish`, {
    cookie: merchant.cookie,
  });
  expect(published.statusCode, published.body).toBe(200);
  return published.json().status as string;
}

async function heldProduct(server: TestServer, merchant: StoreMerchant, title: string) {
  const productId = await createProduct(server, merchant, { title });
  expect(await publish(server, merchant, productId)).toBe('pending_review');
  return productId;
}

async function merchantSees(server: TestServer, merchant: StoreMerchant, productId: string) {
  const response = await api(server, 'GET', `/api/v1/me/products/${productId}`, {
    cookie: merchant.cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    status: string;
    statusReason: string | null;
    images: { uploadId: string }[];
    variants: { sku: string; stock: number }[];
  };
}

/** The word on the list, whatever else other tests of the worker's server put there. */
async function banWord(server: TestServer, cookie: string, word: string) {
  const current = await api(server, 'GET', '/api/v1/admin/banned-words', { cookie });
  const words: string[] = current.json().words;
  if (words.includes(word)) return;
  const saved = await api(server, 'PUT', '/api/v1/admin/banned-words', {
    cookie,
    body: { words: [...words, word] },
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

test.describe('console moderation', () => {
  let operatorCookie = '';
  test.beforeEach(async ({ operator, languageCookie, locale, server }) => {
    // One operator who keeps the banned words (admin) and reviews products (reviewer).
    operatorCookie = (await operator(['admin', 'reviewer'])).cookie;
    await languageCookie(locale === 'zh-CN' ? 'zh-CN' : 'en');
    await banWord(server, operatorCookie, BANNED);
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

    test('a banned word holds a product; it is rejected with a reason, corrected and approved', async ({
      page,
      server,
    }) => {
      // The admin adds the word in the console's editor.
      await page.goto(`${server.url}/admin`);
      await page.getByRole('link', { name: '违禁词' }).click();
      const words = page.getByLabel('违禁词（每行一个）');
      const existing = await words.inputValue();
      if (!existing.split('\n').includes(JOURNEY_WORD)) {
        await words.fill([existing, JOURNEY_WORD].filter(Boolean).join('\n'));
        await page.getByRole('button', { name: '保存' }).click();
        await expect(page.getByRole('status')).toContainText('已保存');
      }

      const merchant = await merchantWithStore(server);
      const title = `${JOURNEY_WORD}夏季新款连衣裙女 ${Date.now() % 100000}`;
      const productId = await heldProduct(server, merchant, title);

      // The queue's menu entry counts what waits; the product is in the queue with its flag.
      await page.goto(`${server.url}/admin`);
      const menu = page.getByRole('link', { name: /^商品审核/ });
      await expect(menu).toContainText(/\d/);
      await menu.click();
      await expect(page).toHaveURL(/\/admin\/products$/);
      const queue = page.getByTestId('moderation-queue');
      const row = queue.getByRole('row').filter({ hasText: title });
      await expect(row).toContainText('含违禁词');
      await row.getByRole('link', { name: title }).click();

      // The case: why it was held, the word marked in the title, a first review.
      await expect(page).toHaveURL(new RegExp(`/admin/products/${productId}`));
      // Which word, and where.
      await expect(page.getByTestId('moderation-flags')).toContainText(`标题中有“${JOURNEY_WORD}”`);
      await expect(page.getByTestId('preview-title').locator('mark')).toHaveText(JOURNEY_WORD);
      await expect(page.getByText('首次审核：所有内容均为新提交。')).toBeVisible();

      // A rejection needs the reason the merchant reads.
      await page.getByRole('tab', { name: '驳回' }).click();
      await page.getByRole('button', { name: '驳回', exact: true }).click();
      await expect(page.getByText('请填写商家将看到的原因。')).toBeVisible();
      const reason = `标题含有“${JOURNEY_WORD}”字样，请删除后重新提交。`;
      await page.getByLabel('给商家的原因').fill(reason);
      await page.getByRole('button', { name: '驳回', exact: true }).click();
      await expect(page.getByText('审核结果已保存，并已通知商家。')).toBeVisible();
      await expect(page.getByTestId('status-reason')).toContainText(reason);
      await expect(page.locator('[data-status="rejected"]').first()).toBeVisible();

      const rejected = await merchantSees(server, merchant, productId);
      expect(rejected).toMatchObject({ status: 'rejected', statusReason: reason });

      // The merchant removes the word and publishes again: back to the reviewer who refused it.
      const correctedTitle = title.replace(JOURNEY_WORD, '纯棉');
      const saved = await api(server, 'PUT', `/api/v1/me/products/${productId}`, {
        cookie: merchant.cookie,
        body: await productBody(server, {
          title: correctedTitle,
          imageUploadIds: rejected.images.map((image) => image.uploadId),
          variants: rejected.variants.map(({ sku, stock }) => ({ sku, stock })),
        }),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(await publish(server, merchant, productId)).toBe('pending_review');

      // The reviewer sees what changed since the rejection, old beside new, and approves.
      await page.reload();
      const changes = page.getByTestId('moderation-changes');
      const titleChange = changes.locator('[data-field="title"]');
      await expect(titleChange).toContainText('已修改');
      await expect(titleChange).toContainText(title);
      await expect(titleChange).toContainText(correctedTitle);
      await expect(changes.locator('[data-field="description"]')).toHaveCount(0);
      await expect(page.getByTestId('moderation-flags')).toContainText('未被自动检查拦截');
      await page.getByRole('button', { name: '通过并上架' }).click();
      await expect(page.getByText('审核结果已保存，并已通知商家。')).toBeVisible();
      await expect(page.locator('[data-status="published"]').first()).toBeVisible();
      await expect(page.getByRole('list').filter({ hasText: reason })).toBeVisible();
      expect(await merchantSees(server, merchant, productId)).toMatchObject({
        status: 'published',
        statusReason: null,
      });

      // Under all products, found by its id, it can be taken down.
      await page.goto(`${server.url}/admin/products?status=all&q=${productId}`);
      await page
        .getByTestId('moderation-queue')
        .getByRole('link', { name: correctedTitle })
        .click();
      await expect(page.getByRole('heading', { name: '下架商品' })).toBeVisible();
    });
  });

  for (const language of ['en', 'zh-CN'] as const) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      test.describe(`on a ${device} in ${language}`, () => {
        test.use({ locale: language, viewport });

        test('the queue, a case with its changes, and the banned words fit the screen', async ({
          page,
          server,
        }) => {
          const merchant = await merchantWithStore(server);
          const title = `${BANNED}真丝连衣裙 ${language} ${device}`;
          const productId = await heldProduct(server, merchant, title);
          await page.goto(`${server.url}/admin/products`);
          await expect(page.getByTestId('moderation-queue')).toContainText(title);
          await expectFitsScreen(page, `console-moderation-queue-${language}-${device}`);

          await page.goto(`${server.url}/admin/products/${productId}`);
          await expect(page.getByTestId('preview-title').locator('mark')).toBeVisible();
          await expectFitsScreen(page, `console-moderation-case-${language}-${device}`);

          // Rejected and corrected: the case shows what changed, old beside new.
          const rejected = await api(
            server,
            'POST',
            `/api/v1/admin/products/${productId}/decision`,
            {
              cookie: operatorCookie,
              body: { decision: 'reject', reason: `请删除标题中的“${BANNED}”。` },
            },
          );
          expect(rejected.statusCode, rejected.body).toBe(200);
          const before = await merchantSees(server, merchant, productId);
          const saved = await api(server, 'PUT', `/api/v1/me/products/${productId}`, {
            cookie: merchant.cookie,
            body: await productBody(server, {
              title: title.replace(BANNED, '真丝'),
              imageUploadIds: before.images.map((image) => image.uploadId),
              variants: before.variants.map(({ sku, stock }) => ({ sku, stock })),
              attributes: [
                { code: 'material', value: '真丝 Silk' },
                { code: 'size', value: 'L' },
              ],
            }),
          });
          expect(saved.statusCode, saved.body).toBe(200);
          expect(await publish(server, merchant, productId)).toBe('pending_review');
          await page.reload();
          await expect(page.getByTestId('moderation-changes')).toBeVisible();
          await expectFitsScreen(page, `console-moderation-diff-${language}-${device}`);

          await page.goto(`${server.url}/admin/banned-words`);
          await expect(page.getByRole('textbox')).toBeVisible();
          await expectFitsScreen(page, `console-moderation-words-${language}-${device}`);
        });
      });
    }
  }
});
