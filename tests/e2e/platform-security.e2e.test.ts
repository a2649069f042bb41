import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { api, designFor, openStore, operatorCookie, storeMerchant } from '../support/stores.ts';

// Every kind of page under the security headers, in a real Chromium: nothing the pages need is
// blocked by the CSP (seller center, console, design preview, storefront, mailbox, API docs);
// with DEV_MAILBOX=on on a non-loopback HOST each carries the warning, in both languages and at
// phone width (SCREENSHOT_DIR saves them); and the console's 404 leads somewhere the operator may go.

const screenshotDir = process.env.SCREENSHOT_DIR;
const clock = new ManualClock(new Date());
let dataDir: string;
let server: TestServer;
let browser: Browser;
let merchantCookie: string;
let adminCookie: string;
let slug: string;

type Language = 'en' | 'zh-CN';
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** A page that records every CSP violation it runs into (and page errors, which a block causes). */
async function watchedPage(language: Language, viewport: keyof typeof viewports, cookie?: string) {
  const context = await newContextWithLocale(browser, language, {
    viewport: viewports[viewport],
  });
  if (cookie) await addSessionCookie(context, server.url, cookie);
  // Init scripts come from the browser, not the page, so the page's CSP does not apply to them.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  return { page, problems, close: () => context.close() };
}

async function violationsOf(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  // The design page's preview is a frame with violations of its own.
  const inFrames = await Promise.all(
    page
      .frames()
      .filter((frame) => frame !== page.mainFrame())
      .map((frame) =>
        frame.evaluate(
          () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        ),
      ),
  );
  return [...inPage, ...inFrames.flat()];
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser] = await Promise.all([
    // As an operator who set DEV_MAILBOX=on to try Kaidian on a LAN address would run it.
    startTestServer({ clock, env: { DATA_DIR: dataDir, HOST: '0.0.0.0', DEV_MAILBOX: 'on' } }),
    launchBrowser(),
  ]);
  const merchant = await storeMerchant(server, { realName: 'Chen Jing' });
  await openStore(server, merchant);
  await api(server, 'PUT', '/api/v1/me/store/design', {
    cookie: merchant.cookie,
    body: await designFor(server, merchant, { name: 'Harbour Tea House' }),
  });
  slug = (
    await api(server, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
  ).json().slug;
  merchantCookie = merchant.cookie;
  adminCookie = (await operatorCookie(server, ['admin'])).cookie;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const pages: { name: string; url: () => string; cookie?: () => string; ready: string }[] = [
  { name: 'sign-in', url: () => '/login', ready: 'form' },
  { name: 'dashboard', url: () => '/dashboard', cookie: () => merchantCookie, ready: 'main' },
  {
    name: 'design',
    url: () => '/store/design',
    cookie: () => merchantCookie,
    ready: '[data-testid="design-preview"]',
  },
  { name: 'console', url: () => '/admin/operators', cookie: () => adminCookie, ready: 'main h1' },
  { name: 'storefront', url: () => `/s/${slug}`, ready: '.sf' },
  { name: 'mailbox', url: () => '/dev/mailbox', ready: 'main' },
];

describe('pages under the security headers', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) {
      for (const target of pages) {
        it(`${target.name} (${language}, ${viewport}) runs without CSP violations and shows the mailbox warning`, async () => {
          const { page, problems, close } = await watchedPage(
            language,
            viewport,
            target.cookie?.(),
          );
          await page.goto(`${server.url}${target.url()}`);
          await page.locator(target.ready).first().waitFor();
          if (target.name === 'design') {
            // The preview frame must load (frame-ancestors 'self'), with its inline styles.
            const frame = page.frameLocator('[data-testid="design-preview"]');
            await frame.locator('.sf').first().waitFor();
          }
          const notice = page.getByTestId('dev-mailbox-notice').first();
          await expect(notice.isVisible()).resolves.toBe(true);
          expect(await notice.textContent()).toContain(
            language === 'en' ? 'Development mailbox on' : '开发邮箱已开启',
          );
          // The warning must not push the page wider than the screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(1);
          if (screenshotDir) {
            await page.screenshot({
              path: path.join(screenshotDir, `security-${target.name}-${language}-${viewport}.png`),
            });
          }
          expect(await violationsOf(page)).toEqual([]);
          expect(problems).toEqual([]);
          await close();
        });
      }
    }
  }

  it('the API docs render in Chromium under their policy', async () => {
    const { page, problems, close } = await watchedPage('en', 'desktop');
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain('Kaidian API');
    await page.locator('.opblock').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("the console's 404 page", () => {
  it('offers an admin without the reviewer role their own first page, which opens', async () => {
    const { page, close } = await watchedPage('en', 'desktop', adminCookie);
    await page.goto(`${server.url}/admin/no-such-page`);
    const back = page.getByRole('link', { name: 'Go to my console home' });
    expect(await back.getAttribute('href')).toBe('/admin/operators');
    await back.click();
    await page.waitForURL(`${server.url}/admin/operators`);
    expect(await page.getByTestId('console-forbidden').count()).toBe(0);
    await close();
  });
});
