import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { signUpThroughApi } from '../support/browser-accounts.ts';
import { startTestServer } from '../support/server.ts';

// Pages ask only for what they need: a visitor's pages learn "signed out" without a 401, and a
// brand-new account's pages learn "nothing yet" without a 404. Every API answer a page gets is
// recorded, so a request that fails shows up even when the page copes with it.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await newContextWithLocale(browser, 'en');
  contexts.push(context);
  return { page: await context.newPage(), context };
}

/** The API requests a visit to `path` answers with 4xx, as "STATUS METHOD /api/…". */
async function failedApiRequests(page: Page, path: string, ready: () => Promise<void>) {
  const failed: string[] = [];
  const listener = (response: Awaited<ReturnType<Page['waitForResponse']>>) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/') || response.status() < 400) return;
    failed.push(`${response.status()} ${response.request().method()} ${url.pathname}`);
  };
  page.on('response', listener);
  await page.goto(`${server.url}${path}`);
  await ready();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return failed;
}

describe('requests pages make', () => {
  it('a visitor’s home, sign-in, sign-up and console sign-in pages get no 4xx', async () => {
    const { page } = await freshPage();
    const heading = () => page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const path of ['/', '/login', '/signup', '/admin/login']) {
      expect(await failedApiRequests(page, path, heading), path).toEqual([]);
    }
    // The protected page still sends the visitor to sign in, as before.
    await page.goto(`${server.url}/dashboard`);
    await page.waitForURL(/\/login/);
  });

  it('a brand-new account’s dashboard, verification, store and profile get no 4xx', async () => {
    const { page, context } = await freshPage();
    await signUpThroughApi(context.request, server.url, {
      email: 'quiet-new@example.com',
      password: 'amber-canyon-river-58',
    });
    const ready = () => page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await failedApiRequests(page, '/dashboard', ready)).toEqual([]);
    // The new account's dashboard asks for its business profile.
    await page.getByTestId('profile-prompt').waitFor();
    // Each page shows its empty state: the form to fill in, the store to choose.
    for (const path of ['/verification', '/store', '/store/design', '/profile']) {
      expect(await failedApiRequests(page, path, ready), path).toEqual([]);
    }
    await page.goto(`${server.url}/verification`);
    await page
      .getByRole('button', { name: /submit/i })
      .first()
      .waitFor();
  });
});
