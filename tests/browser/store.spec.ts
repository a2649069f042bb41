import type { BrowserContext, Page } from '@playwright/test';
import { totpCodeAt } from '../../src/server/modules/operators/index.ts';
import type { TestServer } from '../support/server.ts';
import { addSessionCookie, givePassword, squareLogo } from '../support/store-browser.ts';
import {
  api,
  buyStore,
  designFor,
  enterBankAccount,
  offer,
  openStore,
  operatorCookie,
  PLATFORM_BANK_ACCOUNT,
  removeBankAccount,
  type StoreMerchant,
  storeMerchant,
  uploadPng,
} from '../support/stores.ts';
import { expect, storeName, test } from './fixtures.ts';

// Issue 5's acceptance, in the browser: a verified merchant buys Standard with the sandbox,
// designs and publishes the store, and the storefront reads without JavaScript; the deposit
// holds the package's deposit. Then bank transfer: not offered until an admin enters the
// platform's bank account in the console; the first transfer rejected by finance with a reason
// the merchant reads; paid again and confirmed. Each step starts from the state the one before
// leaves, made through the API.

test.describe('a verified merchant opens a store with the sandbox, in English', () => {
  test.use({ locale: 'en' });

  test('signs in and sees every requirement met, and the packages side by side', async ({
    page,
    server,
  }) => {
    const password = 'lantern-harbour-tea-42';
    const merchant = await storeMerchant(server);
    await givePassword(server, merchant.id, password);

    await page.goto(`${server.url}/login`);
    const form = page.getByRole('tabpanel', { name: 'Password' });
    await form.getByLabel('E-mail or mobile number').fill(merchant.email);
    await form.getByLabel('Password', { exact: true }).fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${server.url}/dashboard`);

    await page.locator('#seller-nav').getByRole('link', { name: 'Store' }).click();
    await expect(page).toHaveURL(`${server.url}/store`);
    await expect(page.getByRole('heading', { level: 1, name: 'Open your store' })).toBeVisible();
    const eligibility = page.getByTestId('eligibility');
    await expect(eligibility.getByText('All met')).toBeVisible();
    for (const key of ['identity_verified', 'email_verified', 'phone_verified', 'real_name']) {
      await expect(eligibility.getByTestId(`condition-${key}`)).toHaveAttribute('data-met', 'true');
    }

    // The personal store's packages, compared on the same rows.
    const standard = page.getByTestId('package-standard');
    await expect(standard.getByText('¥1,980.00', { exact: true }).first()).toBeVisible();
    await expect(standard).toContainText('¥2,000.00');
    await expect(page.getByTestId('package-basic')).toContainText('Free');
  });

  test('buys Standard with the sandbox: a TEST MODE card form, and the payment succeeds', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    await verifiedMerchant();
    await page.goto(`${server.url}/store`);
    await page
      .getByTestId('package-standard')
      .getByRole('button', { name: 'Choose Standard' })
      .click();
    const summary = page.getByTestId('checkout-summary');
    await expect(summary.getByText('Personal store · Standard')).toBeVisible();
    await expect(summary).toContainText('¥3,980.00');

    await page.getByRole('radio', { name: /Test payment \(sandbox\)/ }).check();
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    const payment = page.getByTestId('payment-panel');
    await expect(payment.getByRole('heading', { name: 'Pay with a test card' })).toBeVisible();
    await expect(payment.getByTestId('test-mode').first()).toHaveText('TEST MODE');
    await expect(payment.getByTestId('amount-due')).toHaveText('¥3,980.00');
    await expect(payment.getByLabel('Card number')).toHaveValue('4242 4242 4242 4242');
    await payment.getByRole('button', { name: 'Pay ¥3,980.00 (succeeds)' }).click();

    const opened = page.getByTestId('store-opened');
    await expect(opened.getByText('Your store is open!')).toBeVisible();
    const status = page.getByTestId('store-status-card');
    await expect(status.getByTestId('store-status')).toHaveText('Active');
    await expect(status.getByTestId('test-mode')).toHaveText('TEST MODE');
    // The next step is one click away.
    await opened.getByRole('link', { name: 'Design your store' }).click();
    await expect(page).toHaveURL(`${server.url}/store/design`);
  });

  test('designs the store: a square logo, a template and a theme, a name; then publishes it', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    const merchant = await verifiedMerchant();
    await openStore(server, merchant);
    const name = storeName('Harbour Tea House');

    await page.goto(`${server.url}/store/design`);
    await expect(page.getByRole('heading', { level: 1, name: 'Store design' })).toBeVisible();
    const nameField = page.getByLabel('Store name');
    const badRules = page.getByTestId('name-rules').locator('[data-state="bad"]');
    // The rules are checked while typing: a web address is pointed out at once.
    await nameField.fill('harbourtea.com');
    await expect(badRules.first()).toContainText('No web addresses');
    await nameField.fill(name);
    await expect(badRules).toHaveCount(0);

    const uploaded = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/uploads') && response.status() === 201,
    );
    await page
      .getByTestId('upload-logo')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await squareLogo(400) });
    await uploaded;
    await expect(page.getByTestId('upload-logo')).toHaveAttribute('data-state', 'done');

    await page.getByRole('radio', { name: /Modern/ }).check();
    await page.getByRole('radio', { name: 'Gold' }).check();
    await page.getByRole('textbox', { name: /^Announcement/ }).fill('Spring tea has arrived.');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText(/^Draft saved /)).toBeVisible();
    // The preview is the server's rendering of the saved draft.
    const preview = page.frameLocator('[data-testid="design-preview"]');
    await expect(preview.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByRole('button', { name: 'Publish' }).click();
    const slug = name.toLowerCase().replaceAll(' ', '-');
    await expect(page.getByTestId('published-notice').getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`/s/${slug}$`),
    );
    await expect(page.getByTestId('store-address').getByText(`/s/${slug}`)).toBeVisible();
  });

  test('the storefront, fetched without JavaScript, shows the name, the logo and the verified badge', async ({
    browser,
    server,
  }) => {
    const merchant = await storeMerchant(server);
    await openStore(server, merchant);
    const name = storeName('Harbour Tea House');
    const logoUploadId = await uploadPng(server, merchant.cookie, 'logo', await squareLogo(400));
    const design = await designFor(server, merchant, {
      name,
      templateId: 'modern',
      theme: 'gold',
      logoUploadId,
    });
    const saved = await api(server, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: design,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);
    const { slug } = published.json();

    const response = await fetch(`${server.url}/s/${slug}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<h1 class="sf-name">${name}</h1>`);
    expect(html).toContain(`<title>${name}`);
    expect(html).toContain('data-testid="verified-badge"');
    expect(html).toContain('tpl-modern theme-gold');
    const logoPath = `/s/${slug}/media/${logoUploadId}`;
    expect(html).toContain(`src="${logoPath}"`);
    const logo = await fetch(`${server.url}${logoPath}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toMatch(/^image\//);

    // The same page in a browser that runs no scripts at all.
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'en' });
    try {
      const plain = await noScript.newPage();
      const logoLoaded = plain.waitForResponse(
        (candidate) => candidate.url().endsWith(logoPath) && candidate.status() === 200,
      );
      await plain.goto(`${server.url}/s/${slug}`);
      await expect(plain.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(plain.getByTestId('verified-badge')).toBeVisible();
      await expect(plain.getByRole('img', { name })).toHaveAttribute('src', logoPath);
      await logoLoaded;
    } finally {
      await noScript.close();
    }
  });

  test('the deposit page shows the Standard deposit as the balance, and the transfer in the statement', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    const merchant = await verifiedMerchant();
    const { offer: standard } = await openStore(server, merchant);
    expect(standard.deposit).toEqual({ amount: 200_000, currency: 'CNY' });

    await page.goto(`${server.url}/store`);
    await page
      .getByRole('navigation', { name: 'Store pages' })
      .getByRole('link', { name: 'Deposit' })
      .click();
    await expect(page).toHaveURL(`${server.url}/store/deposit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Deposit' })).toBeVisible();
    await expect(page.getByTestId('deposit-balance')).toHaveText('¥2,000.00');
    await expect(page.getByTestId('deposit-required')).toHaveText('¥2,000.00');
    await expect(page.getByTestId('deposit-shortfall')).toHaveCount(0);

    const rows = page.getByTestId('deposit-statement').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Deposit paid');
    await expect(rows.first()).toContainText('+¥2,000.00');
  });
});

test.describe('bank transfer: the account entered, a transfer rejected, one confirmed, in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  const accountNumber = '6217 0000 1111 2222 333';
  const bankAccount = { ...PLATFORM_BANK_ACCOUNT, accountNumber };

  const chooseStandard = async (page: Page, server: TestServer) => {
    await page.goto(`${server.url}/store`);
    await expect(page.getByRole('heading', { level: 1, name: '开通店铺' })).toBeVisible();
    await page.getByTestId('package-standard').getByRole('button', { name: '选择标准版' }).click();
    await expect(page.getByRole('radio', { name: /测试付款/ })).toBeVisible();
  };

  /** The merchant pays by transfer at the checkout; the reference code to write on it. */
  const payByTransfer = async (page: Page) => {
    await page.getByRole('radio', { name: /银行转账/ }).check();
    await page.getByRole('button', { name: '去付款' }).click();
    const payment = page.getByTestId('payment-panel');
    await expect(payment.getByRole('heading', { name: '银行转账付款' })).toBeVisible();
    await expect(payment.getByTestId('payment-reference')).toHaveText(/^KD-/);
    await expect(payment).toContainText('¥3,980.00');
    // The account the admin entered, and no other.
    await expect(payment).toContainText(accountNumber);
    await expect(payment).not.toContainText('6222000000000000000');
    await expect(
      payment.getByTestId('payment-waiting').getByText('等待平台确认您的转账'),
    ).toBeVisible();
    return (await payment.getByTestId('payment-reference').textContent()) ?? '';
  };

  /** A merchant who chose Standard and pays by transfer, waiting on the store page in Chinese. */
  const waitingMerchant = async (
    server: TestServer,
    openContext: () => Promise<BrowserContext>,
  ): Promise<{ merchant: StoreMerchant; page: Page; reference: string; paymentId: string }> => {
    await enterBankAccount(server, bankAccount);
    const merchant = await storeMerchant(server, { locale: 'zh-CN' });
    const purchase = await buyStore(
      server,
      merchant,
      await offer(server, 'personal', 'standard'),
      'offline',
    );
    const context = await openContext();
    await addSessionCookie(context, server.url, merchant.cookie);
    const page = await context.newPage();
    await page.goto(`${server.url}/store`);
    const reference: string = purchase.payment.reference;
    await expect(page.getByTestId('payment-panel').getByTestId('payment-reference')).toHaveText(
      reference,
    );
    return { merchant, page, reference, paymentId: purchase.payment.id };
  };

  const merchantBrowser = () => ({ locale: 'zh-CN' });

  test('until an admin enters the bank account, the merchant is not offered bank transfer', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    await removeBankAccount(server);
    await verifiedMerchant();
    await chooseStandard(page, server);
    await expect(page.getByRole('radio', { name: /银行转账/ })).toHaveCount(0);
  });

  test('an admin signs in to the console and enters the bank account in the payment settings', async ({
    page,
    server,
  }) => {
    await removeBankAccount(server);
    // One operator who is both admin and finance, as on a small platform.
    const operator = await operatorCookie(server, ['admin', 'finance']);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('邮箱').fill(operator.email);
    await page.getByLabel('密码', { exact: true }).fill(operator.password);
    await page.getByLabel('身份验证器验证码').fill(totpCodeAt(operator.totpSecret, new Date()));
    await page.getByRole('button', { name: '登录' }).click();

    await page.locator('#console-nav').getByRole('link', { name: '支付设置' }).click();
    await expect(page).toHaveURL(`${server.url}/admin/payment-settings`);
    // The console says why merchants cannot pay by transfer yet.
    await expect(
      page
        .getByTestId('offline-unavailable')
        .getByText('填写收款银行账户后，商家才能选择银行转账', { exact: false }),
    ).toBeVisible();
    await expect(page.getByTestId('offline-state')).toHaveText('未提供');

    await page.getByLabel('户名', { exact: true }).fill('开店示例科技有限公司');
    await page.getByLabel('开户银行', { exact: true }).fill('招商银行上海分行');
    await page.getByLabel('账号', { exact: true }).fill(accountNumber);
    await page.getByRole('button', { name: '保存' }).first().click();
    await expect(page.getByText('已保存。商家从现在起会看到新的账户。')).toBeVisible();
    await expect(page.getByTestId('offline-state')).toHaveText('已向商家提供');
    await expect(page.getByTestId('offline-unavailable')).toHaveCount(0);
  });

  test('the merchant now chooses bank transfer and gets the reference code and that account', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    await enterBankAccount(server, bankAccount);
    await verifiedMerchant();
    await chooseStandard(page, server);
    await payByTransfer(page);
  });

  test('finance rejects the transfer with a reason; the merchant reads it and can pay again', async ({
    page,
    server,
    operator,
    openContext,
  }) => {
    const merchant = await waitingMerchant(server, () => openContext(merchantBrowser()));
    const { reference } = merchant;
    await operator(['admin', 'finance']);
    await page.goto(`${server.url}/admin`);
    await page.locator('#console-nav').getByRole('link', { name: '待确认付款' }).click();
    await expect(page).toHaveURL(`${server.url}/admin/payments`);
    const row = page.getByTestId(`payment-${reference}`);
    await expect(row).toContainText('¥3,980.00');

    await row.getByRole('button', { name: '拒绝' }).click();
    const dialog = page.getByRole('dialog', { name: `拒绝转账 ${reference}` });
    await expect(dialog).toBeVisible();
    // Another reason needs words the merchant will read.
    await dialog.getByRole('radio', { name: /其他原因/ }).check();
    await dialog.getByRole('button', { name: '拒绝转账' }).click();
    await expect(dialog.getByText('请填写商家将看到的原因。')).toBeVisible();
    await dialog.getByRole('radio', { name: '付款人不是商家本人或本企业' }).check();
    await dialog.getByLabel(/给商家的备注/).fill('款项来自王五的个人账户');
    await dialog.getByRole('button', { name: '拒绝转账' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('payment-rejected').getByText(reference)).toBeVisible();

    // The waiting page hears it: the payment failed, with finance's reason; pay again.
    await expect(
      merchant.page
        .getByTestId('payment-failed')
        .getByText('转账付款人与账户主体不一致：款项来自王五的个人账户', { exact: false }),
    ).toBeVisible();
    // The checkout comes back with the same package chosen.
    await expect(
      merchant.page.getByTestId('checkout-summary').getByText('个人店 · 标准版'),
    ).toBeVisible();
    const again = await payByTransfer(merchant.page);
    expect(again).not.toBe(reference);
  });

  test('finance finds the new transfer in the queue', async ({
    page,
    server,
    operator,
    openContext,
  }) => {
    const merchant = await waitingMerchant(server, () => openContext(merchantBrowser()));
    const finance = await operator(['admin', 'finance']);
    const rejected = await api(
      server,
      'POST',
      `/api/v1/admin/payments/${merchant.paymentId}/reject`,
      {
        cookie: finance.cookie,
        body: { reason: 'wrong_payer', note: '款项来自王五的个人账户' },
      },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    const again = await buyStore(
      server,
      merchant.merchant,
      await offer(server, 'personal', 'standard'),
      'offline',
    );
    const reference: string = again.payment.reference;
    expect(reference).not.toBe(merchant.reference);

    await page.goto(`${server.url}/admin/payments`);
    await expect(page.getByTestId(`payment-${reference}`)).toContainText('¥3,980.00');
    await expect(page.getByTestId(`payment-${merchant.reference}`)).toHaveCount(0);
  });

  test('refuses a partial amount with the server’s message, then confirms the exact one', async ({
    page,
    server,
    operator,
    openContext,
  }) => {
    const finance = await operator(['admin', 'finance']);
    await settleOtherTransfers(server, finance.cookie);
    const { reference } = await waitingMerchant(server, () => openContext(merchantBrowser()));

    await page.goto(`${server.url}/admin/payments`);
    await page
      .getByTestId(`payment-${reference}`)
      .getByRole('button', { name: '确认到账' })
      .click();
    const dialog = page.getByRole('dialog', { name: `确认转账 ${reference}` });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('实收金额').fill('3000');
    await dialog.getByLabel('银行流水号').fill('CMB-20261123-0001');
    await dialog.getByRole('button', { name: '确认到账' }).click();
    await expect(dialog.getByText(/与应付金额.*不一致/)).toBeVisible();

    await dialog.getByLabel('实收金额').fill('3,980.00');
    await dialog.getByRole('button', { name: '确认到账' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('payment-confirmed').getByText(reference)).toBeVisible();
    await expect(page.getByText('没有等待确认的银行转账。')).toBeVisible();
  });

  test('the merchant’s waiting page sees the confirmation and the store is active', async ({
    server,
    openContext,
  }) => {
    const merchant = await waitingMerchant(server, () => openContext(merchantBrowser()));
    const finance = await operatorCookie(server, ['finance']);
    const confirmed = await api(
      server,
      'POST',
      `/api/v1/admin/payments/${merchant.paymentId}/confirm`,
      {
        cookie: finance.cookie,
        body: { amountReceived: { amount: 398_000, currency: 'CNY' }, bankReference: 'CMB-0002' },
      },
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    await expect(merchant.page.getByTestId('store-opened').getByText('店铺已开通！')).toBeVisible();
    const status = merchant.page.getByTestId('store-status-card');
    await expect(status.getByTestId('store-status')).toHaveText('营业中');
    // Paid by bank transfer: real money, no TEST MODE.
    await expect(status.getByTestId('test-mode')).toHaveCount(0);
  });
});

/**
 * Finance has worked through every other transfer waiting on the worker's server (other journeys
 * leave theirs), so that the queue is empty once the test's own is confirmed.
 */
async function settleOtherTransfers(server: TestServer, cookie: string): Promise<void> {
  const waiting = await api(
    server,
    'GET',
    '/api/v1/admin/payments?status=awaiting_confirmation&limit=100',
    {
      cookie,
    },
  );
  expect(waiting.statusCode, waiting.body).toBe(200);
  for (const payment of waiting.json().items as { id: string }[]) {
    const rejected = await api(server, 'POST', `/api/v1/admin/payments/${payment.id}/reject`, {
      cookie,
      body: { reason: 'not_received' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
  }
}
