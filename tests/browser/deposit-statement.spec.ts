import type { UUID } from 'node:crypto';
import { depositAccounts, payDeposit } from '../../src/server/modules/ledger/testing.ts';
import { openStore } from '../support/stores.ts';
import { expect, test } from './fixtures.ts';

// The deposit statement is read 20 movements at a time; the page the merchant has turned to is
// in the address, so a reload keeps it and the browser's back and forward buttons page through.

test('the statement page turned to survives a reload, and back and forward page through it', async ({
  page,
  server,
  verifiedMerchant,
}) => {
  const merchant = await verifiedMerchant();
  // A deposit comes with a store: the store's own deposit is the first movement.
  await openStore(server, merchant);
  const accounts = await depositAccounts(server.database.db, merchant.id as UUID);
  // 24 more payments into the deposit: the newest 20 on the first page, the 5 oldest on the second.
  for (let payment = 1; payment <= 24; payment += 1) {
    await payDeposit(server.database.db, accounts, payment * 100);
  }

  await page.goto(`${server.url}/store/deposit`);
  const statement = page.getByRole('region', { name: 'Statement' });
  const rows = statement.getByTestId('deposit-statement').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(statement.getByText('Page 2')).toBeHidden();

  await statement.getByRole('button', { name: 'Older →' }).click();
  await expect(statement.getByText('Page 2')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(page).toHaveURL(/[?&]older=/);

  await page.reload();
  await expect(statement.getByText('Page 2')).toBeVisible();
  await expect(rows).toHaveCount(5);

  await page.goBack();
  await expect(rows).toHaveCount(20);
  await expect(statement.getByText('Page 2')).toBeHidden();
  await expect(statement.getByRole('button', { name: '← Newer' })).toBeDisabled();

  await page.goForward();
  await expect(statement.getByText('Page 2')).toBeVisible();
  await expect(rows).toHaveCount(5);

  // "Newer" goes back to the first page in the address too.
  await statement.getByRole('button', { name: '← Newer' }).click();
  await expect(rows).toHaveCount(20);
  await expect(page).not.toHaveURL(/older=/);
});
