import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merchantDepositBalance } from '../../src/server/modules/ledger/index.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import { openStore, operatorCookie, storeMerchant } from '../support/stores.ts';

// Issue 9's refunds, in the browser: finance refunds part of a store payment from the console,
// in Chinese on a phone, and the list then shows what was refunded and what is left.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('finance refunds a payment from the console', () => {
  it('refunds part of a store payment; the deposit comes back first and the rest stays refundable', async () => {
    const merchant = await storeMerchant(server, { locale: 'zh-CN' });
    const { purchase, offer } = await openStore(server, merchant);
    const finance = await operatorCookie(server, ['finance']);
    const context = await newContextWithLocale(browser, 'zh-CN', {
      viewport: { width: 390, height: 800 },
    });
    await addSessionCookie(context, server.url, finance.cookie);
    const page = await context.newPage();

    await page.goto(`${server.url}/admin/payments`);
    await page.locator('select[name=status]').selectOption('succeeded');
    const row = page.getByTestId(`payment-${purchase.payment.id}`);
    await row.getByRole('button', { name: '退款' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('refund-remaining').textContent()).toBe('¥3,980.00');

    // More than was paid is refused before anything is sent.
    await dialog.locator('input[name=refundAmount]').fill('5000');
    await dialog.locator('textarea[name=refundReason]').fill('商家开店首周申请关店');
    await dialog.getByRole('button', { name: '确认退款' }).click();
    await dialog.getByText('最多还可退 ¥3,980.00。').waitFor();

    await dialog.locator('input[name=refundAmount]').fill('500');
    await dialog.getByRole('button', { name: '确认退款' }).click();
    await page
      .getByTestId('payment-refunded')
      .getByText(/已退款 ¥500\.00/)
      .waitFor();
    await row.getByTestId('payment-refunded-amount').getByText('已退 ¥500.00').waitFor();
    expect((await merchantDepositBalance(server.database.db, merchant.id)).amount).toBe(
      offer.deposit.amount - 50_000,
    );

    await row.getByRole('button', { name: '退款' }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('refund-remaining').textContent())
      .toBe('¥3,480.00');
    await context.close();
  });
});
