import { merchantDepositBalance } from '../../src/server/modules/ledger/index.ts';
import { openStore, storeMerchant } from '../support/stores.ts';
import { expect, test } from './fixtures.ts';

// Issue 9's refunds, in the browser: finance refunds part of a store payment from the console,
// in Chinese on a phone, and the list then shows what was refunded and what is left.

test.use({ locale: 'zh-CN', viewport: { width: 390, height: 800 } });

test('finance refunds part of a store payment; the deposit comes back first and the rest stays refundable', async ({
  page,
  server,
  operator,
}) => {
  const merchant = await storeMerchant(server, { locale: 'zh-CN' });
  const { purchase, offer } = await openStore(server, merchant);
  await operator(['finance']);

  await page.goto(`${server.url}/admin/payments`);
  await page.locator('select[name=status]').selectOption('succeeded');
  const row = page.getByTestId(`payment-${purchase.payment.id}`);
  await row.getByRole('button', { name: '退款' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('refund-remaining')).toHaveText('¥3,980.00');

  // More than was paid is refused before anything is sent.
  await dialog.locator('input[name=refundAmount]').fill('5000');
  await dialog.locator('textarea[name=refundReason]').fill('商家开店首周申请关店');
  await dialog.getByRole('button', { name: '确认退款' }).click();
  await expect(dialog.getByText('最多还可退 ¥3,980.00。')).toBeVisible();

  await dialog.locator('input[name=refundAmount]').fill('500');
  await dialog.getByRole('button', { name: '确认退款' }).click();
  await expect(page.getByTestId('payment-refunded').getByText(/已退款 ¥500\.00/)).toBeVisible();
  await expect(row.getByTestId('payment-refunded-amount')).toHaveText('已退 ¥500.00');
  await expect
    .poll(async () => (await merchantDepositBalance(server.database.db, merchant.id)).amount)
    .toBe(offer.deposit.amount - 50_000);

  await row.getByRole('button', { name: '退款' }).click();
  await expect(page.getByRole('dialog').getByTestId('refund-remaining')).toHaveText('¥3,480.00');
});
