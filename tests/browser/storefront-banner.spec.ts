import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { api, designFor, openStore, uploadPng } from '../support/stores.ts';
import { expect, storeName, test } from './fixtures.ts';

// The storefront banner in every template at phone and desktop width, and the one slug change
// with its confirmation. With SCREENSHOT_DIR set, each page is saved there to be looked at.

const screenshotDir = process.env.SCREENSHOT_DIR;
const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
const templates = ['classic', 'modern', 'wholesale'] as const;
const languages = ['en', 'zh-CN'] as const;

/** A banner of `width`×`height` whose words reach its left and right edges. */
function bannerWithText(width: number, height: number): Promise<Buffer> {
  const size = Math.round(height / 5);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#0f766e"/><rect x="6" y="6" width="${width - 12}" height="${height - 12}" fill="none" stroke="#fde68a" stroke-width="12"/>
<text x="24" y="${height / 2}" font-family="sans-serif" font-size="${size}" fill="#fff" dominant-baseline="middle">LEFT</text>
<text x="${width / 2}" y="${height / 2}" font-family="sans-serif" font-size="${size}" fill="#fff" text-anchor="middle" dominant-baseline="middle">SPRING TEA</text>
<text x="${width - 24}" y="${height / 2}" font-family="sans-serif" font-size="${size}" fill="#fff" text-anchor="end" dominant-baseline="middle">RIGHT</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Saved when screenshots are asked for: the whole page, or only the screen (a dialog). */
async function save(page: Page, name: string, fullPage = true) {
  if (!screenshotDir) return;
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

test.describe('the storefront banner', () => {
  for (const templateId of templates) {
    for (const [banner, width, height] of [
      ['4x1', 1600, 400],
      // A banner only twice as wide as high is allowed too: it is fitted whole into the 4:1 strip.
      ['2x1', 1200, 600],
    ] as const) {
      test(`${templateId}, ${banner} banner: keeps its ratio and is never cropped, at every width`, async ({
        browser,
        server,
        verifiedMerchant,
      }) => {
        const merchant = await verifiedMerchant();
        await openStore(server, merchant);
        const bannerUploadId = await uploadPng(
          server,
          merchant.cookie,
          'banner',
          await bannerWithText(width, height),
        );
        const design = await designFor(server, merchant, { name: storeName('Spring Tea House') });
        const saved = await api(server, 'PUT', '/api/v1/me/store/design', {
          cookie: merchant.cookie,
          body: { ...design, templateId, bannerUploadId },
        });
        expect(saved.statusCode, saved.body).toBe(200);
        const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
          cookie: merchant.cookie,
        });
        expect(published.statusCode, published.body).toBe(200);
        const { slug } = published.json();

        for (const [viewport, size] of Object.entries(viewports)) {
          const context = await browser.newContext({ locale: 'en', viewport: size });
          const page = await context.newPage();
          await page.goto(`${server.url}/s/${slug}`);
          const image = page.locator('img.sf-banner');
          await image.evaluate((element: HTMLImageElement) => element.decode());
          const shown = await image.evaluate((element: HTMLImageElement) => {
            const box = element.getBoundingClientRect();
            return {
              width: box.width,
              height: box.height,
              fit: getComputedStyle(element).objectFit,
              pageWidth: document.documentElement.clientWidth,
            };
          });
          const where = `${templateId}, ${banner} banner, ${viewport}`;
          expect(shown.width / shown.height, where).toBeCloseTo(4, 1);
          expect(shown.width, where).toBeLessThanOrEqual(shown.pageWidth);
          expect(['contain', 'scale-down'], where).toContain(shown.fit);
          if (banner === '4x1') await save(page, `storefront-${templateId}-${viewport}`);
          else if (templateId === 'modern') await save(page, `storefront-modern-2x1-${viewport}`);
          await context.close();
        }
      });
    }
  }
});

test.describe('the one slug change', () => {
  let cookie = '';
  /** Store names are unique on the server the worker shares: each test's store has its own. */
  let tag = '';

  // A store named in Chinese, published: its address is the name in pinyin, changeable once.
  test.beforeEach(async ({ server, verifiedMerchant }) => {
    tag = storeName('').trim();
    const merchant = await verifiedMerchant();
    cookie = merchant.cookie;
    await openStore(server, merchant);
    await api(server, 'PUT', '/api/v1/me/store/design', {
      cookie,
      body: await designFor(server, merchant, { name: `Lily 小衣橱 ${tag}` }),
    });
    const published = await api(server, 'POST', '/api/v1/me/store/design/publish', { cookie });
    expect(published.json()).toEqual({ slug: `lily-xiao-yi-chu-${tag}` });
  });

  /** The address card's change, up to the confirmation dialog. */
  async function openDialog(page: Page, serverUrl: string, newSlug: string) {
    await page.goto(`${serverUrl}/store/design`);
    const card = page.getByTestId('store-address');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: /^(Change address|修改地址)$/ }).click();
    await card.locator('input[name="slug"]').fill(newSlug);
    await card.getByRole('button', { name: /^(Continue|下一步)$/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  for (const language of languages) {
    for (const viewport of ['desktop', 'phone'] as const) {
      test.describe(`${language}, ${viewport}`, () => {
        test.use({ locale: language, viewport: viewports[viewport] });

        test('asks for confirmation, showing the new address and saying it cannot be undone; cancelling changes nothing', async ({
          page,
          server,
          languageCookie,
        }) => {
          await languageCookie(language);
          await page.goto(`${server.url}/store/design`);
          await expect(page.getByTestId('store-address')).toBeVisible();
          await save(page, `store-design-${language}-${viewport}`);
          const newSlug = `Lily-Closet-${tag}`;
          const dialog = await openDialog(page, server.url, newSlug);
          await expect(dialog).toContainText(language === 'en' ? 'cannot be undone' : '无法撤销');
          await expect(dialog.getByTestId('new-address')).toHaveText(
            `http://localhost:3000/s/${newSlug.toLowerCase()}`,
          );
          await save(page, `store-slug-confirm-${language}-${viewport}`, false);
          await dialog
            .getByRole('button', { name: /^(Cancel|取消)$/ })
            .last()
            .click();
          await expect(dialog).toHaveCount(0);
          const unchanged = await api(server, 'GET', '/api/v1/me/store', { cookie });
          expect(unchanged.json()).toMatchObject({
            slug: `lily-xiao-yi-chu-${tag}`,
            slugEditable: true,
          });
        });
      });
    }
  }

  test('changes the address for good once confirmed, and then it is final', async ({
    page,
    server,
  }) => {
    const newSlug = `lily-closet-${tag}`;
    const dialog = await openDialog(page, server.url, newSlug);
    await dialog.getByRole('button', { name: 'Change it for good' }).click();
    await expect(
      page.getByText('The address has been changed once already and is now final.'),
    ).toBeVisible();
    await expect(page.getByTestId('store-address').getByText(`/s/${newSlug}`)).toBeVisible();
    const changed = await api(server, 'GET', '/api/v1/me/store', { cookie });
    expect(changed.json()).toMatchObject({ slug: newSlug, slugEditable: false });
  });
});
