import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { stores } from '../../src/server/modules/stores/schema.ts';
import type { TestServer } from '../support/server.ts';
import {
  api,
  buyStore,
  designFor,
  enterBankAccount,
  offer,
  openStore,
  type StoreMerchant,
  storeMerchant,
} from '../support/stores.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, storeName, test } from './fixtures.ts';

// Every store page in both languages, on a desktop and on a 375 px phone: nothing may stick out
// sideways. With SCREENSHOT_DIR set, each page is also saved there to be looked at.

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 800 },
} as const;
const languages = ['en', 'zh-CN'] as const;
const day = 86_400_000;

/** A merchant whose paid store the clock has moved on: its status and service end set directly. */
async function openedStoreIn(
  server: TestServer,
  status: 'expiring' | 'grace' | 'suspended',
  serviceEndsAt: Date,
): Promise<StoreMerchant> {
  const merchant = await storeMerchant(server);
  await openStore(server, merchant);
  await server.database.db
    .update(stores)
    .set({ status, serviceEndsAt, statusChangedAt: new Date() })
    .where(eq(stores.merchantId, merchant.id));
  return merchant;
}

for (const language of languages) {
  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`store pages on a ${device} in ${language}`, () => {
      test.use({ locale: language, viewport });
      const en = language === 'en';
      const check = (page: Page, name: string) =>
        expectFitsScreen(page, `${name}-${language}-${device}`);

      test.beforeEach(async ({ server, languageCookie }) => {
        await languageCookie(language);
        // Bank transfer is offered: the platform's account is entered.
        await enterBankAccount(server);
      });

      test('opening a store: requirements, packages side by side, checkout', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        await verifiedMerchant();
        await page.goto(`${server.url}/store`);
        await page.getByTestId('package-standard').getByRole('button').click();
        await page.getByRole('radio', { name: /sandbox|沙盒/ }).check();
        await expect(page.getByRole('radio', { name: /sandbox|沙盒/ })).toBeChecked();
        await check(page, 'store-open');
      });

      test('a flagship store: the trademark certificate is attached at checkout', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        await verifiedMerchant({ accountType: 'enterprise' });
        const certificate = await sharp({
          create: { width: 800, height: 560, channels: 3, background: { r: 240, g: 240, b: 235 } },
        })
          .png()
          .toBuffer();
        await page.goto(`${server.url}/store`);
        await page.getByRole('tab', { name: en ? 'Flagship store' : '旗舰店' }).click();
        const trademark = page.getByTestId('condition-trademark_certificate');
        await expect(trademark).toHaveAttribute('data-met', 'false');
        await page.getByTestId('package-basic').getByRole('button').click();
        await page.getByTestId('upload-trademark').locator('input[type="file"]').setInputFiles({
          name: 'trademark.png',
          mimeType: 'image/png',
          buffer: certificate,
        });
        await expect(trademark).toHaveAttribute('data-met', 'true');
        await check(page, 'store-open-flagship');
      });

      test('the requirements an unverified merchant still has to meet', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        await verifiedMerchant({ phoneVerified: false, identityName: null });
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('condition-identity_verified')).toBeVisible();
        await check(page, 'store-ineligible');
      });

      test('paying in the sandbox, and by bank transfer', async ({ page, server, signInWith }) => {
        const sandbox = await storeMerchant(server);
        await buyStore(server, sandbox, await offer(server, 'personal', 'standard'), 'sandbox');
        await signInWith(sandbox.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('payment-panel')).toBeVisible();
        await check(page, 'store-pay-sandbox');

        const offline = await storeMerchant(server);
        await buyStore(server, offline, await offer(server, 'personal', 'premium'), 'offline');
        await signInWith(offline.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('payment-reference')).toBeVisible();
        await check(page, 'store-pay-offline');
      });

      test('an open store: overview, design editor with its preview, deposit', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        const merchant = await verifiedMerchant();
        await openStore(server, merchant);
        const design = await api(server, 'PUT', '/api/v1/me/store/design', {
          cookie: merchant.cookie,
          body: await designFor(server, merchant, { name: storeName('Harbour Tea') }),
        });
        expect(design.statusCode, design.body).toBe(200);
        const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
          cookie: merchant.cookie,
        });
        expect(published.statusCode, published.body).toBe(200);

        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('deposit-balance')).toBeVisible();
        await check(page, 'store-overview');

        await page.goto(`${server.url}/store/design`);
        await expect(page.getByTestId('design-preview')).toBeVisible();
        await expect(
          page.frameLocator('[data-testid="design-preview"]').locator('h1'),
        ).toBeVisible();
        await check(page, 'store-design');

        await page.goto(`${server.url}/store/deposit`);
        await expect(page.getByTestId('deposit-statement')).toBeVisible();
        await check(page, 'store-deposit');
      });

      test('the console: payments to confirm, store types and packages, payment settings', async ({
        page,
        server,
        operator,
      }) => {
        const merchant = await storeMerchant(server);
        await buyStore(server, merchant, await offer(server, 'personal', 'basic'), 'offline');
        await operator(['finance']);
        await page.goto(`${server.url}/admin/payments`);
        await expect(page.getByTestId('payments-queue')).toBeVisible();
        await check(page, 'console-payments');

        await operator(['admin']);
        await page.goto(`${server.url}/admin/store-types`);
        await expect(page.getByTestId('store-type-personal')).toBeVisible();
        await check(page, 'console-store-types');

        await page.goto(`${server.url}/admin/payment-settings`);
        await expect(page.getByTestId('payment-settings')).toBeVisible();
        await check(page, 'console-payment-settings');
      });

      test('the states around a store: a failed test payment, expiry reminders, a renewal, a shortfall', async ({
        page,
        server,
        signInWith,
      }) => {
        const failed = await storeMerchant(server);
        const purchase = await buyStore(
          server,
          failed,
          await offer(server, 'personal', 'standard'),
        );
        const outcome = await api(
          server,
          'POST',
          `/api/v1/me/payments/${purchase.payment.id}/sandbox`,
          { cookie: failed.cookie, body: { outcome: 'fail' } },
        );
        expect(outcome.statusCode, outcome.body).toBe(200);
        await signInWith(failed.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('payment-failed')).toBeVisible();
        await check(page, 'store-payment-failed');

        const expiring = await openedStoreIn(server, 'expiring', new Date(Date.now() + 6 * day));
        await signInWith(expiring.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('store-reminder')).toBeVisible();
        await check(page, 'store-expiring');

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
        await signInWith(grace.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('payment-reference')).toBeVisible();
        await expect(page.getByTestId('deposit-shortfall')).toBeVisible();
        await check(page, 'store-grace-renewal');

        const suspended = await openedStoreIn(server, 'suspended', new Date(Date.now() - 20 * day));
        await signInWith(suspended.cookie);
        await page.goto(`${server.url}/store`);
        await expect(page.getByTestId('store-reminder')).toBeVisible();
        await page.getByRole('button', { name: en ? 'Renew' : '续费', exact: true }).click();
        await check(page, 'store-suspended');
      });

      test('the design editor refusing a name another store uses', async ({
        page,
        server,
        verifiedMerchant,
      }) => {
        const first = await storeMerchant(server);
        await openStore(server, first);
        const name = storeName('abc store');
        const taken = await api(server, 'PUT', '/api/v1/me/store/design', {
          cookie: first.cookie,
          body: await designFor(server, first, { name }),
        });
        expect(taken.statusCode, taken.body).toBe(200);
        const second = await verifiedMerchant();
        await openStore(server, second);

        await page.goto(`${server.url}/store/design`);
        // The same name in full-width capitals is the same name.
        await page
          .getByLabel(en ? 'Store name' : '店铺名称', { exact: true })
          .fill(name.replace('abc store', 'ＡＢＣ Store'));
        await page
          .getByRole('button', { name: en ? 'Save draft' : '保存草稿', exact: true })
          .click();
        await expect(page.locator('.field__error').first()).toBeVisible();
        await check(page, 'store-design-name-taken');
      });

      test('the console dialogs: a refused amount, a package being edited', async ({
        page,
        server,
        operator,
      }) => {
        const merchant = await storeMerchant(server);
        const bought = await buyStore(
          server,
          merchant,
          await offer(server, 'personal', 'standard'),
          'offline',
        );
        const confirm = en ? 'Confirm receipt' : '确认到账';
        await operator(['finance']);
        await page.goto(`${server.url}/admin/payments`);
        const row = page.getByTestId(`payment-${bought.payment.reference}`);
        await row.getByRole('button', { name: confirm, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[name="amountReceived"]').fill('100');
        await dialog.locator('input[name="bankReference"]').fill('CMB-1');
        await dialog.getByRole('button', { name: confirm, exact: true }).click();
        await expect(dialog.locator('.field__error')).toBeVisible();
        await check(page, 'console-confirm-mismatch');

        await operator(['admin']);
        await page.goto(`${server.url}/admin/store-types`);
        await page
          .getByTestId('package-personal-standard')
          .getByRole('button', { name: en ? 'Edit' : '编辑', exact: true })
          .click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: /category|类目/ })
          .click();
        await check(page, 'console-package-dialog');
      });
    });
  }
}
