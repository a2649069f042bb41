import { recordAudit } from '../../src/server/modules/audit/index.ts';
import { freshPhone } from '../support/accounts.ts';
import { directoryCaughtUp } from '../support/directory.ts';
import { insertMerchant } from '../support/operators.ts';
import type { TestServer } from '../support/server.ts';
import { api, designFor, openStore, storeMerchant } from '../support/stores.ts';
import { signInToConsole } from '../support/verification.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, storeName, test } from './fixtures.ts';

// The operator console's growth-plan editor and merchant directory (SPEC §2, §9): an admin signs
// in with password and TOTP, renames a task in Chinese and sees it in the plan preview, then finds
// a merchant in the directory by e-mail. Then every page in both languages, on a desktop and on a
// 375 px phone, must fit the screen; with SCREENSHOT_DIR set each one is saved there too.

const newTitle = '先把邮箱验证好';

// The growth plan's tasks and rules are every merchant's: this file has a server of its own.
test.use({ locale: 'en-US', serverOptions: { clock: 'manual', isolated: 'console-growth' } });

/**
 * A verified merchant with an active, published store, its deposit and a business profile,
 * among a few others (one with only a phone), all listed in the directory.
 */
async function directoryWithSeller(server: TestServer) {
  const others = [
    await insertMerchant(server, { email: `first.${Date.now()}@example.com` }),
    await insertMerchant(server, { email: null, phone: freshPhone(), locale: 'zh-CN' }),
  ];
  const seller = await storeMerchant(server, { realName: 'Chen Jing' });
  await openStore(server, seller);
  const design = await designFor(server, seller, { name: storeName('Harbour Tea House') });
  await api(server, 'PUT', '/api/v1/me/store/design', { cookie: seller.cookie, body: design });
  await api(server, 'POST', '/api/v1/me/store/design/publish', { cookie: seller.cookie });
  await api(server, 'PUT', '/api/v1/me/business-profile', {
    cookie: seller.cookie,
    body: {
      industry: 'food',
      businessModel: 'manufacturer',
      experience: 'gt3y',
      platforms: ['1688', 'taobao'],
      targetMarkets: ['CN', 'SEA'],
      teamSize: '6-20',
    },
  });
  others.push(await insertMerchant(server, { email: `last.${Date.now()}@example.com` }));
  // The directory lists them once their events are delivered and the inserted ones backfilled.
  await directoryCaughtUp(server);
  return { seller: { ...seller, storeName: design.name }, others };
}

test("an admin signs in, changes a task's Chinese title and sees it in the plan preview", async ({
  page,
  server,
  clock,
  operator,
}) => {
  const admin = await operator(['admin'], { signedIn: false });
  const merchant = await insertMerchant(server, { locale: 'zh-CN' });
  await page.goto(`${server.url}/admin/login`);
  await signInToConsole(page, admin, clock, {
    email: /e-mail/i,
    password: /^password$/i,
    totp: /authenticator code/i,
    submit: /sign in/i,
  });
  await expect(page.getByRole('navigation', { name: /console navigation/i })).toBeVisible();
  await page.getByRole('link', { name: 'Growth plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Growth plan' })).toBeVisible();

  await page.getByRole('tab', { name: /^Tasks/ }).click();
  const row = page.locator('tr[data-task="verify_email"]');
  await expect(row.getByText('验证邮箱', { exact: true })).toHaveCount(1);
  await row.getByRole('button', { name: /^Edit/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit task verify_email' });
  const titleZh = dialog.getByLabel('Title (Chinese)');
  await expect(titleZh).toHaveValue('验证邮箱');
  await titleZh.fill(newTitle);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByText(newTitle, { exact: true })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Preview' }).click();
  const task = page.getByTestId('growth-preview').locator('li[data-task="verify_email"]');
  await expect(task).toContainText('Verify your e-mail address');
  await page.getByLabel('Plan language').selectOption('zh-CN');
  await expect(task).toContainText(newTitle);
  // The merchants' plans say the same: the preview is built by the server from the rules.
  const plan = await api(server, 'GET', '/api/v1/me/growth-plan', {
    cookie: merchant.cookie,
    headers: { 'accept-language': 'zh-CN' },
  });
  expect(plan.json().tasks.find((t: { key: string }) => t.key === 'verify_email').title).toBe(
    newTitle,
  );
});

test('an admin finds a merchant in the directory by e-mail and opens it', async ({
  page,
  server,
  operator,
}) => {
  const { seller, others } = await directoryWithSeller(server);
  await operator(['admin']);
  await page.goto(`${server.url}/admin`);
  await page.getByRole('link', { name: 'Merchants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merchants' })).toBeVisible();
  const table = page.getByTestId('merchant-directory');
  // Every merchant is listed, the one with only a phone too.
  for (const merchant of [seller, ...others]) {
    await expect(table.locator(`tr[data-merchant="${merchant.id}"]`)).toBeVisible();
  }

  await page.getByLabel('Search').fill(seller.email.toUpperCase());
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  const row = table.locator(`tr[data-merchant="${seller.id}"]`);
  await expect(row).toContainText(seller.email);
  await expect(row.getByTestId('verification')).toContainText('Verified');
  await expect(row.getByTestId('store')).toContainText(seller.storeName);
  await expect(row.getByTestId('deposit')).toHaveText(/^¥[\d,]+\.\d\d$/);
  expect(new URL(page.url()).searchParams.get('q')).toBe(seller.email.toUpperCase());

  await row.getByRole('link', { name: /Open Chen Jing/ }).click();
  const drawer = page.getByTestId('merchant-detail');
  await expect(drawer.getByRole('heading', { name: 'Chen Jing' })).toBeVisible();
  await expect(drawer).toContainText(seller.storeName);
  await expect(drawer).toContainText('Manufacturer');
  await expect(drawer.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^\d+$/);
  expect(new URL(page.url()).searchParams.get('merchant')).toBe(seller.id);
  // The deposit statement says what each movement is for, in the reader's language.
  await expect(drawer.getByTestId('deposit-statement')).toContainText(
    'Store deposit (TEST MODE: no real money moved)',
  );
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
});

test('an admin names a rule in both languages, and each language reads its own', async ({
  page,
  server,
  operator,
  openContext,
}) => {
  const admin = await operator(['admin']);
  await page.goto(`${server.url}/admin/growth?tab=rules`);
  const card = page.locator('[data-rule="dropshipper"]');
  await expect(card.locator('h3')).toHaveText('Dropshipper: suppliers');
  await expect(card).toContainText('代发商家：挑选供应商');
  await card.getByRole('button', { name: /^Edit/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit rule dropshipper' });
  const nameZh = dialog.getByLabel('Name (Chinese)');
  await expect(dialog.getByLabel('Name (English)')).toHaveValue('Dropshipper: suppliers');
  // Both names are required: an empty Chinese name is refused where it is typed.
  await nameZh.fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(nameZh).toHaveAttribute('aria-invalid', 'true');
  await nameZh.fill('代发商家：挑选可靠的供应商');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const chinese = await openContext({ locale: 'zh-CN' });
  await chinese.addCookies([
    { name: 'kd_admin', value: admin.cookie.replace('kd_admin=', ''), url: server.url },
    { name: 'lang', value: 'zh-CN', url: server.url },
  ]);
  const chinesePage = await chinese.newPage();
  await chinesePage.goto(`${server.url}/admin/growth?tab=rules`);
  await expect(chinesePage.locator('[data-rule="dropshipper"] h3')).toHaveText(
    '代发商家：挑选可靠的供应商',
  );
});

test('the audit log names who tried to sign in, and shows amounts as money', async ({
  page,
  server,
  operator,
}) => {
  const admin = await operator(['admin']);
  const refused = await server.app.inject({
    method: 'POST',
    url: '/api/v1/admin/auth/login',
    payload: { email: admin.email, password: 'wrong password', totp: '000000' },
  });
  expect(refused.statusCode).toBe(401);
  await recordAudit(server.database.db, {
    actor: admin.id,
    action: 'payment.confirmed',
    target: { type: 'payment', id: '00000000-0000-4000-8000-000000000001' },
    before: { status: 'awaiting_confirmation' },
    after: {
      status: 'succeeded',
      amountReceived: { amount: 398_000, currency: 'CNY' },
      bankReference: 'ICBC-0001',
    },
  });
  await page.goto(`${server.url}/admin/audit-log`);
  const log = page.getByTestId('audit-log');
  const failed = log.locator('tr[data-action="operator.login_failed"]').first();
  await expect(failed.getByTestId('audit-unknown-person')).toHaveText(
    `Unknown person (signing in as Operator admin <${admin.email}>)`,
  );
  await expect(failed).toContainText('Wrong password');
  const changes = log
    .locator('tr[data-action="payment.confirmed"]')
    .first()
    .getByTestId('audit-changes');
  await expect(changes).toContainText('Amount received¥3,980.00');
  await expect(changes).toContainText('Waiting for confirmation');
  await expect(changes).not.toContainText('{"amount"');
});

for (const language of ['en', 'zh-CN'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 800 }],
  ] as const) {
    test.describe(`on a ${device} in ${language}`, () => {
      test.use({ locale: language, viewport });

      test('every console page fits the screen (screenshots with SCREENSHOT_DIR)', async ({
        page,
        server,
        operator,
        languageCookie,
      }) => {
        const { seller } = await directoryWithSeller(server);
        await operator(['admin']);
        await languageCookie(language);
        const shot = (name: string, fullPage = true) =>
          expectFitsScreen(page, `console-${name}-${language}-${device}`, fullPage);
        await page.goto(`${server.url}/admin/growth?tab=rules`);
        await expect(page.getByTestId('growth-rules')).toBeVisible();
        await shot('growth-rules');
        await page
          .locator('[data-rule="experienced_maker_scale_up"]')
          .getByRole('button')
          .first()
          .click();
        await expect(page.getByTestId('condition-editor')).toBeVisible();
        await shot('growth-rule-dialog', false);
        const ruleDialog = page.getByRole('dialog');
        await ruleDialog.getByTestId('task-keys').scrollIntoViewIfNeeded();
        await shot('growth-rule-dialog-tasks', false);
        // A test without values is refused by the server, and marked where it is.
        await ruleDialog.locator('.condition-group__add').last().click();
        await ruleDialog.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
        await expect(ruleDialog.locator('.clause[data-invalid]')).toBeVisible();
        await ruleDialog.locator('.clause[data-invalid]').scrollIntoViewIfNeeded();
        await shot('growth-rule-dialog-error', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/growth?tab=tasks`);
        await expect(page.getByTestId('growth-tasks')).toBeVisible();
        await shot('growth-tasks');
        await page.locator('tr[data-task="verify_email"]').getByRole('button').click();
        await expect(page.getByRole('dialog').locator('input[name="titleZh"]')).toBeVisible();
        await shot('growth-task-dialog', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/growth?tab=preview`);
        await expect(page.getByTestId('growth-preview').locator('li').first()).toBeVisible();
        await shot('growth-preview');
        await page.goto(`${server.url}/admin/merchants`);
        await expect(page.getByTestId('merchant-directory')).toBeVisible();
        await shot('merchants');
        await page.goto(`${server.url}/admin/merchants?merchant=${seller.id}`);
        const drawer = page.getByTestId('merchant-detail');
        await expect(drawer.getByRole('progressbar')).toBeVisible();
        await shot('merchant-detail', false);
        await page.getByTestId('growth-tasks').scrollIntoViewIfNeeded();
        await shot('merchant-detail-growth', false);
        await expect(drawer.getByTestId('deposit-statement')).toBeVisible();
        await page.getByTestId('deposit-statement').scrollIntoViewIfNeeded();
        await shot('merchant-detail-statement', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/audit-log`);
        await expect(page.getByTestId('audit-log')).toBeVisible();
        await shot('audit-log');
      });
    });
  }
}
