import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Pages ask only for what they need: a visitor's pages learn "signed out" without a 401, and a
// brand-new account's pages learn "nothing yet" without a 404. Every API answer a page gets is
// recorded, so a request that fails shows up even when the page copes with it.

/** The API requests a visit to `path` answers with 4xx, as "STATUS METHOD /api/…". */
async function failedApiRequests(page: Page, url: string) {
  const failed: string[] = [];
  const listener = (response: Response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/api/') || response.status() < 400) return;
    failed.push(`${response.status()} ${response.request().method()} ${pathname}`);
  };
  page.on('response', listener);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return failed;
}

test('a visitor’s home, sign-in, sign-up and console sign-in pages get no 4xx', async ({
  page,
  server,
}) => {
  for (const path of ['/', '/login', '/signup', '/admin/login']) {
    expect(await failedApiRequests(page, `${server.url}${path}`), path).toEqual([]);
  }
  // The protected page still sends the visitor to sign in, as before.
  await page.goto(`${server.url}/dashboard`);
  await expect(page).toHaveURL(/\/login/);
});

test('a brand-new account’s dashboard, verification, store and profile get no 4xx', async ({
  page,
  server,
  signUp,
}) => {
  await signUp({ password: 'amber-canyon-river-58' });
  expect(await failedApiRequests(page, `${server.url}/dashboard`)).toEqual([]);
  // The new account's dashboard asks for its business profile.
  await expect(page.getByTestId('profile-prompt')).toBeVisible();
  // Each page shows its empty state: the form to fill in, the store to choose.
  for (const path of ['/verification', '/store', '/store/design', '/store/deposit', '/profile']) {
    expect(await failedApiRequests(page, `${server.url}${path}`), path).toEqual([]);
  }
  await page.goto(`${server.url}/verification`);
  await expect(page.getByRole('button', { name: /submit/i }).first()).toBeVisible();
  // No store, no deposit: the deposit page says to open the store first, and links there.
  await page.goto(`${server.url}/store/deposit`);
  await expect(page.getByTestId('open-store-first')).toBeVisible();
  await page.getByRole('link', { name: 'Open your store' }).click();
  await expect(page).toHaveURL(`${server.url}/store`);
});
