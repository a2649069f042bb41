import { signInToConsole } from '../support/verification.ts';
import { expect, test } from './fixtures.ts';

// The seller center's and the console's language switch, and the seller center's menu on a phone.

test.use({ serverOptions: { clock: 'manual' } });

test.describe('language switch', () => {
  test.use({ locale: 'en-US' });

  test('switches the seller center from English to Chinese without a reload, and remembers it', async ({
    page,
    context,
    server,
  }) => {
    await page.goto(`${server.url}/`);
    const sellerNav = page.locator('#seller-nav');
    await expect(sellerNav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Open and run your store with Kaidian',
    );

    // A marker on window proves the switch happens in place rather than by reloading.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();

    await expect(sellerNav.getByRole('link', { name: '工作台' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('用开店，开好你的店');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    const cookies = await context.cookies(server.url);
    expect(cookies.find((cookie) => cookie.name === 'lang')).toMatchObject({
      value: 'zh-CN',
      path: '/',
      sameSite: 'Lax',
    });

    await page.reload();
    await expect(sellerNav.getByRole('link', { name: '工作台' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/开店/);
  });
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('starts in Chinese', async ({ page, server }) => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('#seller-nav').getByRole('link', { name: '工作台' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('lets the cookie win over the browser language', async ({ page, server }) => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(
      page.locator('#seller-nav').getByRole('link', { name: 'Dashboard' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('operator console shell', () => {
  test.use({ locale: 'en-US' });

  test('asks an operator to sign in, then has its own sidebar navigation and the same language switch', async ({
    page,
    server,
    clock,
    operator,
  }) => {
    const admin = await operator(['admin', 'reviewer', 'finance'], { signedIn: false });
    await page.goto(`${server.url}/admin`);
    await expect(page).toHaveURL(/\/admin\/login/);
    await signInToConsole(page, admin, clock, {
      email: /^E-mail address$/,
      password: /^Password$/,
      totp: /^Authenticator code$/,
      submit: /^Sign in$/,
    });
    const consoleNav = page.locator('#console-nav');
    for (const section of ['Review queue', 'Merchants', 'Deposits', 'Audit log', 'Settings']) {
      await expect(consoleNav.getByRole('link', { name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review queue');

    await consoleNav.getByRole('link', { name: 'Merchants' }).click();
    await expect(page).toHaveURL(`${server.url}/admin/merchants`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merchants');

    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
    await expect(consoleNav.getByRole('link', { name: '审核队列' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('商家管理');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('seller center on a phone', () => {
  test.use({ locale: 'en-US', viewport: { width: 375, height: 740 } });

  test('folds the navigation behind a menu button at 375 px', async ({ page, server }) => {
    await page.goto(`${server.url}/`);
    const storeLink = page.locator('#seller-nav').getByRole('link', { name: 'Store' });
    await expect(page.getByRole('button', { name: 'Open menu' })).toBeVisible();
    await expect(storeLink).toBeHidden();

    await page.getByRole('button', { name: 'Open menu' }).click();
    await storeLink.click();
    // The store is for signed-in merchants: a visitor is asked to sign in first.
    await expect(page).toHaveURL(`${server.url}/login?next=%2Fstore`);
    // Navigating closes the menu again.
    await expect(storeLink).toBeHidden();
  });
});
