import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stores } from '../../src/server/modules/stores/schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  api,
  buyStore,
  designFor,
  enterBankAccount,
  offer,
  openStore,
  operatorCookie,
  type StoreMerchant,
  storeMerchant,
} from '../support/stores.ts';

// Every store page in both languages, on a desktop and on a 375 px phone: nothing may stick out
// sideways. With SCREENSHOT_DIR set, each page is also saved there to be looked at.

const screenshotDir = process.env.SCREENSHOT_DIR;
const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 800 },
} as const;
const languages = ['en', 'zh-CN'] as const;
type Language = (typeof languages)[number];
type Viewport = keyof typeof viewports;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await enterBankAccount(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page signed in with `cookie` (kd_session=… or kd_admin=…) in a browser speaking `language`. */
async function pageWith(cookie: string, language: Language, viewport: Viewport): Promise<Page> {
  const context = await browser.newContext({ locale: language, viewport: viewports[viewport] });
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([
    { name, value, url: server.url },
    { name: 'lang', value: language, url: server.url },
  ]);
  return context.newPage();
}

/** The page fits its viewport's width, and is saved when screenshots are asked for. */
async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  if (screenshotDir) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  }
}

async function everywhere(
  name: string,
  visit: (page: Page, language: Language) => Promise<void>,
  cookie: () => Promise<string>,
) {
  for (const language of languages) {
    for (const viewport of Object.keys(viewports) as Viewport[]) {
      const page = await pageWith(await cookie(), language, viewport);
      await visit(page, language);
      await check(page, `${name}-${language}-${viewport}`);
      await page.context().close();
    }
  }
}

describe('store pages on desktops and phones, in English and Chinese', () => {
  it('opening a store: requirements, packages side by side, checkout', async () => {
    const merchant = await storeMerchant(server);
    await everywhere(
      'store-open',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('package-standard').waitFor();
        await page.getByTestId('package-standard').getByRole('button').click();
        await page.getByRole('radio', { name: /sandbox|沙盒/ }).check();
      },
      async () => merchant.cookie,
    );
  });

  it('a flagship store: the trademark certificate is attached at checkout', async () => {
    const merchant = await storeMerchant(server, { accountType: 'enterprise' });
    const certificate = await sharp({
      create: { width: 800, height: 560, channels: 3, background: { r: 240, g: 240, b: 235 } },
    })
      .png()
      .toBuffer();
    await everywhere(
      'store-open-flagship',
      async (page, language) => {
        await page.goto(`${server.url}/store`);
        await page
          .getByRole('tab', { name: language === 'en' ? 'Flagship store' : '旗舰店' })
          .click();
        await page.getByTestId('condition-trademark_certificate').waitFor();
        expect(
          await page.getByTestId('condition-trademark_certificate').getAttribute('data-met'),
        ).toBe('false');
        await page.getByTestId('package-basic').getByRole('button').click();
        await page.getByTestId('upload-trademark').locator('input[type="file"]').setInputFiles({
          name: 'trademark.png',
          mimeType: 'image/png',
          buffer: certificate,
        });
        await page
          .locator('[data-testid="condition-trademark_certificate"][data-met="true"]')
          .waitFor();
      },
      async () => merchant.cookie,
    );
  });

  it('the requirements an unverified merchant still has to meet', async () => {
    const merchant = await storeMerchant(server, { phoneVerified: false, identityName: null });
    await everywhere(
      'store-ineligible',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('condition-identity_verified').waitFor();
      },
      async () => merchant.cookie,
    );
  });

  it('paying in the sandbox, and by bank transfer', async () => {
    const sandbox = await storeMerchant(server);
    await buyStore(server, sandbox, await offer(server, 'personal', 'standard'), 'sandbox');
    await everywhere(
      'store-pay-sandbox',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('payment-panel').waitFor();
      },
      async () => sandbox.cookie,
    );
    const offline = await storeMerchant(server);
    await buyStore(server, offline, await offer(server, 'personal', 'premium'), 'offline');
    await everywhere(
      'store-pay-offline',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('payment-reference').waitFor();
      },
      async () => offline.cookie,
    );
  });

  it('an open store: overview, design editor with its preview, deposit', async () => {
    const merchant = await storeMerchant(server);
    await openStore(server, merchant);
    const design = await api(server, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: await designFor(server, merchant),
    });
    expect(design.statusCode, design.body).toBe(200);
    const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);

    await everywhere(
      'store-overview',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('deposit-balance').waitFor();
      },
      async () => merchant.cookie,
    );
    await everywhere(
      'store-design',
      async (page) => {
        await page.goto(`${server.url}/store/design`);
        await page.getByTestId('design-preview').waitFor();
        await page.frameLocator('[data-testid="design-preview"]').locator('h1').waitFor();
      },
      async () => merchant.cookie,
    );
    await everywhere(
      'store-deposit',
      async (page) => {
        await page.goto(`${server.url}/store/deposit`);
        await page.getByTestId('deposit-statement').waitFor();
      },
      async () => merchant.cookie,
    );
  });

  it('the console: payments to confirm, store types and packages, payment settings', async () => {
    const merchant = await storeMerchant(server);
    await buyStore(server, merchant, await offer(server, 'personal', 'basic'), 'offline');
    const finance = await operatorCookie(server, ['finance']);
    const admin = await operatorCookie(server, ['admin']);
    await everywhere(
      'console-payments',
      async (page) => {
        await page.goto(`${server.url}/admin/payments`);
        await page.getByTestId('payments-queue').waitFor();
      },
      async () => finance.cookie,
    );
    await everywhere(
      'console-store-types',
      async (page) => {
        await page.goto(`${server.url}/admin/store-types`);
        await page.getByTestId('store-type-personal').waitFor();
      },
      async () => admin.cookie,
    );
    await everywhere(
      'console-payment-settings',
      async (page) => {
        await page.goto(`${server.url}/admin/payment-settings`);
        await page.getByTestId('payment-settings').waitFor();
      },
      async () => admin.cookie,
    );
  });

  it('the states around a store: a failed test payment, expiry reminders, a renewal, a shortfall', async () => {
    const failed = await storeMerchant(server);
    const purchase = await buyStore(server, failed, await offer(server, 'personal', 'standard'));
    await api(server, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: failed.cookie,
      body: { outcome: 'fail' },
    });
    await everywhere(
      'store-payment-failed',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('payment-failed').waitFor();
      },
      async () => failed.cookie,
    );

    const day = 86_400_000;
    const expiring = await openedStoreIn(server, 'expiring', new Date(Date.now() + 6 * day));
    await everywhere(
      'store-expiring',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('store-reminder').waitFor();
      },
      async () => expiring.cookie,
    );

    // In grace with a bank-transfer renewal under way, and a deposit short of what is required.
    const grace = await openedStoreIn(server, 'grace', new Date(Date.now() - 3 * day));
    await server.database.db
      .update(stores)
      .set({ depositRequired: 500_000 })
      .where(eq(stores.merchantId, grace.id));
    const renewal = await api(server, 'POST', '/api/v1/me/store/renew', {
      cookie: grace.cookie,
      body: { provider: 'offline' },
    });
    expect(renewal.statusCode, renewal.body).toBe(201);
    await everywhere(
      'store-grace-renewal',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('payment-reference').waitFor();
        await page.getByTestId('deposit-shortfall').waitFor();
      },
      async () => grace.cookie,
    );

    const suspended = await openedStoreIn(server, 'suspended', new Date(Date.now() - 20 * day));
    await everywhere(
      'store-suspended',
      async (page) => {
        await page.goto(`${server.url}/store`);
        await page.getByTestId('store-reminder').waitFor();
        await page.getByRole('button', { name: /^(Renew|续费)$/ }).click();
      },
      async () => suspended.cookie,
    );
  });

  it('the design editor refusing a name another store uses', async () => {
    const first = await storeMerchant(server);
    await openStore(server, first);
    const taken = await api(server, 'PUT', '/api/v1/me/store/design', {
      cookie: first.cookie,
      body: await designFor(server, first, { name: 'abc store' }),
    });
    expect(taken.statusCode, taken.body).toBe(200);
    const second = await storeMerchant(server);
    await openStore(server, second);
    await everywhere(
      'store-design-name-taken',
      async (page) => {
        await page.goto(`${server.url}/store/design`);
        await page.getByLabel(/^(Store name|店铺名称)$/).fill('ＡＢＣ Store');
        await page.getByRole('button', { name: /^(Save draft|保存草稿)$/ }).click();
        await page.locator('.field__error').first().waitFor();
      },
      async () => second.cookie,
    );
  });

  it('the console dialogs: a refused amount, a package being edited', async () => {
    const merchant = await storeMerchant(server);
    const bought = await buyStore(
      server,
      merchant,
      await offer(server, 'personal', 'standard'),
      'offline',
    );
    const finance = await operatorCookie(server, ['finance']);
    const admin = await operatorCookie(server, ['admin']);
    await everywhere(
      'console-confirm-mismatch',
      async (page) => {
        await page.goto(`${server.url}/admin/payments`);
        const row = page.getByTestId(`payment-${bought.payment.reference}`);
        await row.getByRole('button', { name: /^(Confirm receipt|确认到账)$/ }).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[name="amountReceived"]').fill('100');
        await dialog.locator('input[name="bankReference"]').fill('CMB-1');
        await dialog.getByRole('button', { name: /^(Confirm receipt|确认到账)$/ }).click();
        await dialog.locator('.field__error').waitFor();
      },
      async () => finance.cookie,
    );
    await everywhere(
      'console-package-dialog',
      async (page) => {
        await page.goto(`${server.url}/admin/store-types`);
        await page
          .getByTestId('package-personal-standard')
          .getByRole('button', { name: /^(Edit|编辑)$/ })
          .click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: /category|类目/ })
          .click();
      },
      async () => admin.cookie,
    );
  });
});

/** A merchant whose paid store the clock has moved on: its status and service end set directly. */
async function openedStoreIn(
  testServer: TestServer,
  status: 'expiring' | 'grace' | 'suspended',
  serviceEndsAt: Date,
): Promise<StoreMerchant> {
  const merchant = await storeMerchant(testServer);
  await openStore(testServer, merchant);
  await testServer.database.db
    .update(stores)
    .set({ status, serviceEndsAt, statusChangedAt: new Date() })
    .where(eq(stores.merchantId, merchant.id));
  return merchant;
}
