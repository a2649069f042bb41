import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { buyStore, offer, operatorCookie, storeMerchant } from '../support/stores.ts';

// Screenshots of bank transfer from both sides, in both languages, on a desktop and a 390 px
// phone: the console's payment settings before and after the account is entered, the seller
// center's choice of payment, finance rejecting a transfer, and what the merchant then reads.
// npm run screenshots (KAIDIAN_SCREENSHOTS=DIR, default /tmp/kaidian-screens)
const outDir = process.env.KAIDIAN_SCREENSHOTS ?? '/tmp/kaidian-screens';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await fs.mkdir(outDir, { recursive: true });
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const locales = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'zh', locale: 'zh-CN' },
] as const;
const viewports = [
  { device: 'desktop', size: { width: 1280, height: 800 } },
  { device: 'phone', size: { width: 390, height: 800 } },
] as const;

function shooter(page: Page, prefix: string) {
  return async (name: string) => {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(outDir, `${prefix}-${name}.png`), fullPage: true });
  };
}

describe('bank transfer pages, for a person to look at', () => {
  for (const { lang, locale } of locales) {
    for (const { device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        const tag = `${lang}-${device}`;
        const zh = lang === 'zh';
        // Each run starts without an account, as a new installation does.
        await server.database.db.execute(
          sql`DELETE FROM payment_settings WHERE key = 'bank_account'`,
        );
        const operator = await operatorCookie(server, ['admin', 'finance']);
        const consoleContext = await newContextWithLocale(browser, locale, { viewport: size });
        await addSessionCookie(consoleContext, server.url, operator.cookie);
        const desk = await consoleContext.newPage();
        const deskShot = shooter(desk, `${tag}-payments-console`);

        await desk.goto(`${server.url}/admin/payment-settings`);
        await desk.getByTestId('offline-unavailable').waitFor();
        await deskShot('01-settings-no-account');

        const merchant = await storeMerchant(server, { locale: zh ? 'zh-CN' : 'en' });
        const sellerContext = await newContextWithLocale(browser, locale, { viewport: size });
        await addSessionCookie(sellerContext, server.url, merchant.cookie);
        const seller = await sellerContext.newPage();
        const sellerShot = shooter(seller, `${tag}-payments-seller`);
        await seller.goto(`${server.url}/store`);
        await seller.getByTestId('package-standard').getByRole('button').click();
        await seller.locator('input[name=provider]').first().waitFor();
        await sellerShot('01-checkout-no-transfer');

        await desk
          .locator('input[name=accountName]')
          .fill(zh ? '开店示例科技有限公司' : 'Kaidian Example Ltd.');
        await desk
          .locator('input[name=bankName]')
          .fill(zh ? '招商银行上海分行' : 'China Merchants Bank, Shanghai');
        await desk.locator('input[name=accountNumber]').fill('6217 0000 1111 2222 333');
        await desk
          .getByRole('button', { name: /^(Save|保存)$/ })
          .first()
          .click();
        await desk.getByTestId('offline-state').and(desk.locator('.tag--ok')).waitFor();
        await deskShot('02-settings-saved');

        const { payment } = await buyStore(
          server,
          merchant,
          await offer(server, 'personal', 'standard'),
          'offline',
        );
        await desk.goto(`${server.url}/admin/payments`);
        const row = desk.getByTestId(`payment-${payment.reference}`);
        await row.waitFor();
        await deskShot('03-queue');
        await row.getByRole('button', { name: /^(Reject|拒绝)$/ }).click();
        const dialog = desk.getByRole('dialog');
        await dialog.locator('input[name=rejection-reason][value=wrong_payer]').check();
        await dialog
          .locator('textarea[name=note]')
          .fill(zh ? '款项来自王五的个人账户' : 'The money came from an account of Wang Wu');
        await deskShot('04-reject-dialog');
        await dialog.getByRole('button', { name: /^(Reject transfer|拒绝转账)$/ }).click();
        await desk.getByTestId('payment-rejected').waitFor();
        await desk.locator('select[name=status]').selectOption('failed');
        await desk.getByTestId(`payment-${payment.reference}`).waitFor();
        await deskShot('05-rejected-list');

        await seller.goto(`${server.url}/store`);
        await seller.getByTestId('payment-failed').waitFor();
        await seller.getByTestId('package-standard').getByRole('button').click();
        await seller.locator('input[name=provider][value=offline]').waitFor();
        await sellerShot('02-rejected-pay-again');

        await consoleContext.close();
        await sellerContext.close();
      });
    }
  }
});
