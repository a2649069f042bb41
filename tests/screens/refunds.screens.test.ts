import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { openStore, operatorCookie, storeMerchant } from '../support/stores.ts';

// Screenshots of finance refunding a store payment, in both languages, on a desktop and a 390 px
// phone: the refund dialog, and the list with what was refunded.
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

describe('refunding a payment in the console, for a person to look at', () => {
  for (const { lang, locale } of locales) {
    for (const { device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        const tag = `${lang}-${device}`;
        const zh = lang === 'zh';
        const merchant = await storeMerchant(server, { locale: zh ? 'zh-CN' : 'en' });
        const { purchase } = await openStore(server, merchant);
        const operator = await operatorCookie(server, ['finance']);
        const context = await newContextWithLocale(browser, locale, { viewport: size });
        await addSessionCookie(context, server.url, operator.cookie);
        const desk = await context.newPage();
        const shot = shooter(desk, `${tag}-refunds-console`);

        await desk.goto(`${server.url}/admin/payments`);
        await desk.locator('select[name=status]').selectOption('succeeded');
        const row = desk.getByTestId(`payment-${purchase.payment.id}`);
        await row.waitFor();
        await row.getByRole('button', { name: /^(Refund|退款)$/ }).click();
        const dialog = desk.getByRole('dialog');
        await dialog.getByTestId('refund-remaining').waitFor();
        await dialog.locator('input[name=refundAmount]').fill('99999');
        await dialog
          .locator('textarea[name=refundReason]')
          .fill(zh ? '商家开店首周申请关店' : 'The merchant closed the store in its first week');
        await dialog.getByRole('button', { name: /^(Refund|确认退款)$/ }).click();
        await dialog.locator('.field__error, [role=alert]').first().waitFor();
        await shot('01-refund-too-much');
        await dialog.locator('input[name=refundAmount]').fill('500');
        await shot('02-refund-dialog');
        await dialog.getByRole('button', { name: /^(Refund|确认退款)$/ }).click();
        await desk.getByTestId('payment-refunded').waitFor();
        await desk.getByTestId('payment-refunded-amount').first().waitFor();
        await shot('03-refunded-list');
        await context.close();
      });
    }
  }
});
