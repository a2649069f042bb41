import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { insertOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import { signInToConsole } from '../support/verification.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext | undefined;
const clock = new ManualClock(new Date());

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(
  locale: string,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  context = await newContextWithLocale(browser, locale, viewport ? { viewport } : {});
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

const documentLanguage = (page: Page) => page.locator('html').getAttribute('lang');

async function headingText(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

describe('language switch', () => {
  it('switches the seller center from English to Chinese without a reload, and remembers it', async () => {
    const page = await openPage('en-US', '/');
    const sellerNav = page.locator('#seller-nav');
    await sellerNav.getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await documentLanguage(page)).toBe('en');
    expect(await headingText(page)).toBe('Open and run your store with Kaidian');

    // A marker on window proves the switch happens in place rather than by reloading.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();

    await sellerNav.getByRole('link', { name: '工作台' }).waitFor();
    expect(await documentLanguage(page)).toBe('zh-CN');
    expect(await headingText(page)).toBe('用开店，开好你的店');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    const cookies = await context?.cookies(server.url);
    expect(cookies?.find((cookie) => cookie.name === 'lang')).toMatchObject({
      value: 'zh-CN',
      path: '/',
      sameSite: 'Lax',
    });

    await page.reload();
    await sellerNav.getByRole('link', { name: '工作台' }).waitFor();
    expect(await documentLanguage(page)).toBe('zh-CN');
    expect(await page.title()).toContain('开店');
  });

  it('starts in Chinese for a browser that prefers Chinese', async () => {
    const page = await openPage('zh-CN', '/');
    await page.locator('#seller-nav').getByRole('link', { name: '工作台' }).waitFor();
    expect(await documentLanguage(page)).toBe('zh-CN');
  });

  it('lets the cookie win over the browser language', async () => {
    const page = await openPage('zh-CN', '/');
    await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
    await page.reload();
    await page.locator('#seller-nav').getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await documentLanguage(page)).toBe('en');
  });
});

describe('operator console shell', () => {
  it('asks an operator to sign in, then has its own sidebar navigation and the same language switch', async () => {
    const operator = await insertOperator(server, ['admin', 'reviewer', 'finance']);
    const page = await openPage('en-US', '/admin');
    await page.waitForURL(/\/admin\/login/);
    await signInToConsole(page, operator, clock, {
      email: /^E-mail address$/,
      password: /^Password$/,
      totp: /^Authenticator code$/,
      submit: /^Sign in$/,
    });
    const consoleNav = page.locator('#console-nav');
    for (const section of ['Review queue', 'Merchants', 'Deposits', 'Audit log', 'Settings']) {
      await consoleNav.getByRole('link', { name: section, exact: true }).waitFor();
    }
    expect(await headingText(page)).toBe('Review queue');

    await consoleNav.getByRole('link', { name: 'Merchants' }).click();
    await page.waitForURL(`${server.url}/admin/merchants`);
    expect(await headingText(page)).toBe('Merchants');

    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
    await consoleNav.getByRole('link', { name: '审核队列' }).waitFor();
    expect(await headingText(page)).toBe('商家管理');
    expect(await documentLanguage(page)).toBe('zh-CN');
  });
});

describe('seller center on a phone', () => {
  it('folds the navigation behind a menu button at 375 px', async () => {
    const page = await openPage('en-US', '/', { width: 375, height: 740 });
    const storeLink = page.locator('#seller-nav').getByRole('link', { name: 'Store' });
    expect(await storeLink.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Open menu' }).click();
    await storeLink.click();
    // The store is for signed-in merchants: a visitor is asked to sign in first.
    await page.waitForURL(`${server.url}/login?next=%2Fstore`);
    // Navigating closes the menu again.
    expect(await storeLink.isVisible()).toBe(false);
  });
});
