import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { storeMerchant } from '../support/stores.ts';

// A real name typed before verification that differs from the verified one ("Co Ltd" against
// "Co., Ltd."): where the name is edited and where the store's requirements are listed, the
// merchant is told, with the verified name, and takes it over in one click.

const verifiedName = 'Harbour Trading Co., Ltd.';
const typedName = 'Harbour Trading Co Ltd';
const screenshotDir = process.env.SCREENSHOT_DIR;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const zh = { locale: 'zh-CN', use: '使用认证名称', saved: '名称已保存。' } as const;
const en = { locale: 'en', use: 'Use the verified name', saved: 'Your name is saved.' } as const;
// Both languages, on a desktop and at phone width.
const cases = [
  { ...zh, width: 1280 },
  { ...en, width: 390 },
  { ...zh, width: 390 },
  { ...en, width: 1280 },
];

async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

describe.each(cases)('a name that differs from the verified one ($locale, $width px)', (each) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContextWithLocale(browser, each.locale, {
      viewport: { width: each.width, height: 860 },
    });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  async function signedInMerchant() {
    const merchant = await storeMerchant(server, {
      accountType: 'enterprise',
      locale: each.locale,
      realName: typedName,
      identityName: verifiedName,
    });
    await context.clearCookies();
    await addSessionCookie(context, server.url, merchant.cookie);
  }

  it('the store requirements name the verified name, and one click meets the condition', async () => {
    await signedInMerchant();
    await page.goto(`${server.url}/store`);
    const condition = page.getByTestId('condition-real_name');
    const notice = condition.getByTestId('verified-name-mismatch');
    await notice.getByText(verifiedName, { exact: false }).waitFor();
    expect(await notice.textContent()).toContain(typedName);
    expect(await condition.getAttribute('data-met')).toBe('false');
    await shoot(page, `verified-name-store-${each.locale}-${each.width}`);

    await notice.getByRole('button', { name: each.use }).click();
    await page.locator('[data-testid=condition-real_name][data-met=true]').waitFor();
    expect(await page.getByTestId('verified-name-mismatch').count()).toBe(0);
  });

  it('the account page shows the mismatch where the name is edited, and fixes it', async () => {
    await signedInMerchant();
    await page.goto(`${server.url}/account`);
    const notice = page.getByTestId('verified-name-mismatch');
    await notice.getByText(verifiedName, { exact: false }).waitFor();
    await shoot(page, `verified-name-account-${each.locale}-${each.width}`);

    await notice.getByRole('button', { name: each.use }).click();
    await page.getByText(each.saved).waitFor();
    expect(await page.locator('input[name=realName]').inputValue()).toBe(verifiedName);
    expect(await page.getByTestId('verified-name-mismatch').count()).toBe(0);

    // Typing a different name again is not silently "saved": the mismatch comes back.
    await page.locator('input[name=realName]').fill(typedName);
    await page.locator('input[name=realName]').press('Enter');
    await page.getByTestId('verified-name-mismatch').waitFor();
    expect(await page.getByText(each.saved).count()).toBe(0);
  });
});
