import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { api, designFor, openStore, storeMerchant, uploadPng } from '../support/stores.ts';

// The storefront banner in every template at phone and desktop width, and the one slug change
// with its confirmation. With SCREENSHOT_DIR set, each page is saved there to be looked at.

const screenshotDir = process.env.SCREENSHOT_DIR;
const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
const templates = ['classic', 'modern', 'wholesale'] as const;
const languages = ['en', 'zh-CN'] as const;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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

describe('the storefront banner', () => {
  it('keeps its ratio and is never cropped, in every template and at every width', async () => {
    const merchant = await storeMerchant(server);
    await openStore(server, merchant);
    const wide = await uploadPng(
      server,
      merchant.cookie,
      'banner',
      await bannerWithText(1600, 400),
    );
    // A banner only twice as wide as high is allowed too: it is fitted whole into the 4:1 strip.
    const tall = await uploadPng(
      server,
      merchant.cookie,
      'banner',
      await bannerWithText(1200, 600),
    );
    const base = await designFor(server, merchant, { name: 'Spring Tea House' });

    for (const templateId of templates) {
      for (const [banner, bannerUploadId] of [
        ['4x1', wide],
        ['2x1', tall],
      ] as const) {
        const saved = await api(server, 'PUT', '/api/v1/me/store/design', {
          cookie: merchant.cookie,
          body: { ...base, templateId, bannerUploadId },
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
      }
    }
  });
});

describe('the one slug change', () => {
  it('asks for confirmation, showing the new address and saying it cannot be undone', async () => {
    const merchant = await storeMerchant(server);
    await openStore(server, merchant);
    await api(server, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: await designFor(server, merchant, { name: 'Lily 小衣橱' }),
    });
    const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(published.json()).toEqual({ slug: 'lily-xiao-yi-chu' });

    const openDialog = async (
      language: (typeof languages)[number],
      viewport: 'desktop' | 'phone',
    ) => {
      const context = await browser.newContext({ locale: language, viewport: viewports[viewport] });
      await addSessionCookie(context, server.url, merchant.cookie);
      await context.addCookies([{ name: 'lang', value: language, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/store/design`);
      const card = page.getByTestId('store-address');
      await card.waitFor();
      await save(page, `store-design-${language}-${viewport}`);
      await card.getByRole('button', { name: /^(Change address|修改地址)$/ }).click();
      await card.locator('input[name="slug"]').fill('Lily-Closet');
      await card.getByRole('button', { name: /^(Continue|下一步)$/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      return { page, dialog };
    };

    for (const language of languages) {
      for (const viewport of ['desktop', 'phone'] as const) {
        const { page, dialog } = await openDialog(language, viewport);
        await expect
          .poll(() => dialog.textContent())
          .toContain(language === 'en' ? 'cannot be undone' : '无法撤销');
        expect(await dialog.getByTestId('new-address').textContent()).toBe(
          'http://localhost:3000/s/lily-closet',
        );
        await save(page, `store-slug-confirm-${language}-${viewport}`, false);
        // Cancelling changes nothing.
        await dialog
          .getByRole('button', { name: /^(Cancel|取消)$/ })
          .last()
          .click();
        await dialog.waitFor({ state: 'detached' });
        await page.context().close();
      }
    }
    const unchanged = await api(server, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(unchanged.json()).toMatchObject({ slug: 'lily-xiao-yi-chu', slugEditable: true });

    const { page, dialog } = await openDialog('en', 'desktop');
    await dialog.getByRole('button', { name: 'Change it for good' }).click();
    await page.getByText('The address has been changed once already and is now final.').waitFor();
    await page.getByTestId('store-address').getByText('/s/lily-closet').waitFor();
    const changed = await api(server, 'GET', '/api/v1/me/store', { cookie: merchant.cookie });
    expect(changed.json()).toMatchObject({ slug: 'lily-closet', slugEditable: false });
    await page.context().close();
  });
});
