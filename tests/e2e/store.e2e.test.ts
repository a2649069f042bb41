import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/server/modules/operators/index.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { insertOperator } from '../support/operators.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie, givePassword, squareLogo } from '../support/store-browser.ts';
import { offer, storeMerchant } from '../support/stores.ts';

// Issue 5's acceptance, in the browser: a verified merchant buys Standard with the sandbox,
// designs and publishes the store, and the storefront reads without JavaScript; the deposit
// holds the package's deposit. Then bank transfer: not offered until an admin enters the
// platform's bank account in the console; the first transfer rejected by finance with a reason
// the merchant reads; paid again and confirmed.
// Each test carries on from where the previous one in its block left off.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storeName = 'Harbour Tea House';
const password = 'lantern-harbour-tea-42';

describe('a verified merchant opens a store with the sandbox, in English', () => {
  let context: BrowserContext;
  let page: Page;
  let slug = '';
  let logoUploadId = '';

  beforeAll(async () => {
    context = await newContextWithLocale(browser, 'en');
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('signs in and sees every requirement met, and the packages side by side', async () => {
    const merchant = await storeMerchant(server);
    await givePassword(server, merchant.id, password);

    await page.goto(`${server.url}/login`);
    const form = page.getByRole('tabpanel', { name: 'Password' });
    await form.getByLabel('E-mail or mobile number').fill(merchant.email);
    await form.getByLabel('Password', { exact: true }).fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/dashboard`);

    await page.locator('#seller-nav').getByRole('link', { name: 'Store' }).click();
    await page.waitForURL(`${server.url}/store`);
    await page.getByRole('heading', { level: 1, name: 'Open your store' }).waitFor();
    const eligibility = page.getByTestId('eligibility');
    await eligibility.getByText('All met').waitFor();
    for (const key of ['identity_verified', 'email_verified', 'phone_verified', 'real_name']) {
      expect(await eligibility.getByTestId(`condition-${key}`).getAttribute('data-met')).toBe(
        'true',
      );
    }

    // The personal store's packages, compared on the same rows.
    const standard = page.getByTestId('package-standard');
    await standard.getByText('¥1,980.00', { exact: true }).first().waitFor();
    expect(await standard.textContent()).toContain('¥2,000.00');
    expect(await page.getByTestId('package-basic').textContent()).toContain('Free');
  });

  it('buys Standard with the sandbox: a TEST MODE card form, and the payment succeeds', async () => {
    await page
      .getByTestId('package-standard')
      .getByRole('button', { name: 'Choose Standard' })
      .click();
    const summary = page.getByTestId('checkout-summary');
    await summary.getByText('Personal store · Standard').waitFor();
    expect(await summary.textContent()).toContain('¥3,980.00');

    await page.getByRole('radio', { name: /Test payment \(sandbox\)/ }).check();
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    const payment = page.getByTestId('payment-panel');
    await payment.getByRole('heading', { name: 'Pay with a test card' }).waitFor();
    expect(await payment.getByTestId('test-mode').first().textContent()).toBe('TEST MODE');
    expect(await payment.getByTestId('amount-due').textContent()).toBe('¥3,980.00');
    expect(await payment.getByLabel('Card number').inputValue()).toBe('4242 4242 4242 4242');
    await payment.getByRole('button', { name: 'Pay ¥3,980.00 (succeeds)' }).click();

    await page.getByTestId('store-opened').getByText('Your store is open!').waitFor();
    const status = page.getByTestId('store-status-card');
    expect(await status.getByTestId('store-status').textContent()).toBe('Active');
    expect(await status.getByTestId('test-mode').textContent()).toBe('TEST MODE');
  });

  it('designs the store: a square logo, a template and a theme, a name; then publishes it', async () => {
    await page.getByTestId('store-opened').getByRole('link', { name: 'Design your store' }).click();
    await page.waitForURL(`${server.url}/store/design`);
    await page.getByRole('heading', { level: 1, name: 'Store design' }).waitFor();

    const name = page.getByLabel('Store name');
    // The rules are checked while typing: a web address is pointed out at once.
    await name.fill('harbourtea.com');
    expect(
      await page.getByTestId('name-rules').locator('[data-state="bad"]').first().textContent(),
    ).toContain('No web addresses');
    await name.fill(storeName);
    expect(await page.getByTestId('name-rules').locator('[data-state="bad"]').count()).toBe(0);

    const uploaded = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/uploads') && response.status() === 201,
    );
    await page
      .getByTestId('upload-logo')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: await squareLogo(400),
      });
    logoUploadId = (await (await uploaded).json()).id;
    await page.locator('[data-testid="upload-logo"][data-state="done"]').waitFor();

    await page.getByRole('radio', { name: /Modern/ }).check();
    await page.getByRole('radio', { name: 'Gold' }).check();
    await page.getByRole('textbox', { name: /^Announcement/ }).fill('Spring tea has arrived.');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/^Draft saved /).waitFor();
    // The preview is the server's rendering of the saved draft.
    const preview = page.frameLocator('[data-testid="design-preview"]');
    await preview.getByRole('heading', { level: 1, name: storeName }).waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    const published = page.getByTestId('published-notice');
    await published.waitFor();
    const href = await published.getByRole('link').getAttribute('href');
    slug = /\/s\/([a-z0-9-]+)$/.exec(href ?? '')?.[1] ?? '';
    expect(slug).toBe('harbour-tea-house');
    await page.getByTestId('store-address').getByText(`/s/${slug}`).waitFor();
  });

  it('the storefront, fetched without JavaScript, shows the name, the logo and the verified badge', async () => {
    const response = await fetch(`${server.url}/s/${slug}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<h1 class="sf-name">${storeName}</h1>`);
    expect(html).toContain(`<title>${storeName}`);
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
      await plain.getByRole('heading', { level: 1, name: storeName }).waitFor();
      await plain.getByTestId('verified-badge').waitFor();
      expect(await plain.getByRole('img', { name: storeName }).getAttribute('src')).toBe(logoPath);
      await logoLoaded;
    } finally {
      await noScript.close();
    }
  });

  it('the deposit page shows the Standard deposit as the balance, and the transfer in the statement', async () => {
    const { deposit } = await offer(server, 'personal', 'standard');
    expect(deposit).toEqual({ amount: 200_000, currency: 'CNY' });

    await page
      .getByRole('navigation', { name: 'Store pages' })
      .getByRole('link', { name: 'Deposit' })
      .click();
    await page.waitForURL(`${server.url}/store/deposit`);
    await page.getByRole('heading', { level: 1, name: 'Deposit' }).waitFor();
    expect(await page.getByTestId('deposit-balance').textContent()).toBe('¥2,000.00');
    expect(await page.getByTestId('deposit-required').textContent()).toBe('¥2,000.00');
    expect(await page.getByTestId('deposit-shortfall').count()).toBe(0);

    const rows = page.getByTestId('deposit-statement').locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const transfer = await rows.first().textContent();
    expect(transfer).toContain('Deposit paid');
    expect(transfer).toContain('+¥2,000.00');
  });
});

describe('bank transfer: the account entered, a transfer rejected, one confirmed, in Chinese', () => {
  let merchantContext: BrowserContext;
  let operatorContext: BrowserContext;
  let merchantPage: Page;
  let operatorPage: Page;
  let reference = '';
  const accountNumber = '6217 0000 1111 2222 333';

  beforeAll(async () => {
    [merchantContext, operatorContext] = await Promise.all([
      newContextWithLocale(browser, 'zh-CN'),
      newContextWithLocale(browser, 'zh-CN'),
    ]);
    [merchantPage, operatorPage] = await Promise.all([
      merchantContext.newPage(),
      operatorContext.newPage(),
    ]);
  });

  afterAll(async () => {
    await merchantContext?.close();
    await operatorContext?.close();
  });

  const chooseStandard = async () => {
    await merchantPage.goto(`${server.url}/store`);
    await merchantPage.getByRole('heading', { level: 1, name: '开通店铺' }).waitFor();
    await merchantPage
      .getByTestId('package-standard')
      .getByRole('button', { name: '选择标准版' })
      .click();
    await merchantPage.getByRole('radio', { name: /测试付款/ }).waitFor();
  };

  const payByTransfer = async () => {
    await merchantPage.getByRole('radio', { name: /银行转账/ }).check();
    await merchantPage.getByRole('button', { name: '去付款' }).click();
    const payment = merchantPage.getByTestId('payment-panel');
    await payment.getByRole('heading', { name: '银行转账付款' }).waitFor();
    const code = (await payment.getByTestId('payment-reference').textContent()) ?? '';
    expect(code).toMatch(/^KD-/);
    expect(await payment.textContent()).toContain('¥3,980.00');
    // The account the admin entered, and no other.
    expect(await payment.textContent()).toContain(accountNumber);
    expect(await payment.textContent()).not.toContain('6222000000000000000');
    await payment.getByTestId('payment-waiting').getByText('等待平台确认您的转账').waitFor();
    return code;
  };

  it('until an admin enters the bank account, the merchant is not offered bank transfer', async () => {
    const merchant = await storeMerchant(server, { locale: 'zh-CN' });
    await addSessionCookie(merchantContext, server.url, merchant.cookie);
    await chooseStandard();
    expect(await merchantPage.getByRole('radio', { name: /银行转账/ }).count()).toBe(0);
  });

  it('an admin signs in to the console and enters the bank account in the payment settings', async () => {
    // One operator who is both admin and finance, as on a small platform.
    const operator = await insertOperator(server, ['admin', 'finance']);
    await operatorPage.goto(`${server.url}/admin/login`);
    await operatorPage.getByLabel('邮箱').fill(operator.email);
    await operatorPage.getByLabel('密码', { exact: true }).fill(operator.password);
    await operatorPage
      .getByLabel('身份验证器验证码')
      .fill(totpCodeAt(operator.totpSecret, new Date()));
    await operatorPage.getByRole('button', { name: '登录' }).click();

    await operatorPage.locator('#console-nav').getByRole('link', { name: '支付设置' }).click();
    await operatorPage.waitForURL(`${server.url}/admin/payment-settings`);
    // The console says why merchants cannot pay by transfer yet.
    await operatorPage
      .getByTestId('offline-unavailable')
      .getByText('填写收款银行账户后，商家才能选择银行转账', { exact: false })
      .waitFor();
    expect(await operatorPage.getByTestId('offline-state').textContent()).toBe('未提供');

    await operatorPage.getByLabel('户名', { exact: true }).fill('开店示例科技有限公司');
    await operatorPage.getByLabel('开户银行', { exact: true }).fill('招商银行上海分行');
    await operatorPage.getByLabel('账号', { exact: true }).fill(accountNumber);
    await operatorPage.getByRole('button', { name: '保存' }).first().click();
    await operatorPage.getByText('已保存。商家从现在起会看到新的账户。').waitFor();
    expect(await operatorPage.getByTestId('offline-state').textContent()).toBe('已向商家提供');
    expect(await operatorPage.getByTestId('offline-unavailable').count()).toBe(0);
  });

  it('the merchant now chooses bank transfer and gets the reference code and that account', async () => {
    await chooseStandard();
    reference = await payByTransfer();
  });

  it('finance rejects the transfer with a reason; the merchant reads it and can pay again', async () => {
    await operatorPage.locator('#console-nav').getByRole('link', { name: '待确认付款' }).click();
    await operatorPage.waitForURL(`${server.url}/admin/payments`);
    const row = operatorPage.getByTestId(`payment-${reference}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('¥3,980.00');

    await row.getByRole('button', { name: '拒绝' }).click();
    const dialog = operatorPage.getByRole('dialog', { name: `拒绝转账 ${reference}` });
    await dialog.waitFor();
    // Another reason needs words the merchant will read.
    await dialog.getByRole('radio', { name: /其他原因/ }).check();
    await dialog.getByRole('button', { name: '拒绝转账' }).click();
    await dialog.getByText('请填写商家将看到的原因。').waitFor();
    await dialog.getByRole('radio', { name: '付款人不是商家本人或本企业' }).check();
    await dialog.getByLabel(/给商家的备注/).fill('款项来自王五的个人账户');
    await dialog.getByRole('button', { name: '拒绝转账' }).click();
    await dialog.waitFor({ state: 'detached' });
    await operatorPage.getByTestId('payment-rejected').getByText(reference).waitFor();

    // The waiting page hears it: the payment failed, with finance's reason; pay again.
    await merchantPage
      .getByTestId('payment-failed')
      .getByText('转账付款人与账户主体不一致：款项来自王五的个人账户', { exact: false })
      .waitFor({ timeout: 15_000 });
    // The checkout comes back with the same package chosen.
    await merchantPage.getByTestId('checkout-summary').getByText('个人店 · 标准版').waitFor();
    const again = await payByTransfer();
    expect(again).not.toBe(reference);
    reference = again;
  });

  it('finance finds the new transfer in the queue', async () => {
    await operatorPage.goto(`${server.url}/admin/payments`);
    const row = operatorPage.getByTestId(`payment-${reference}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('¥3,980.00');
  });

  it('refuses a partial amount with the server’s message, then confirms the exact one', async () => {
    const page = operatorPage;
    await page
      .getByTestId(`payment-${reference}`)
      .getByRole('button', { name: '确认到账' })
      .click();
    const dialog = page.getByRole('dialog', { name: `确认转账 ${reference}` });
    await dialog.waitFor();
    await dialog.getByLabel('实收金额').fill('3000');
    await dialog.getByLabel('银行流水号').fill('CMB-20261123-0001');
    await dialog.getByRole('button', { name: '确认到账' }).click();
    await dialog.getByText(/与应付金额.*不一致/).waitFor();

    await dialog.getByLabel('实收金额').fill('3,980.00');
    await dialog.getByRole('button', { name: '确认到账' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('payment-confirmed').getByText(reference).waitFor();
    await page.getByText('没有等待确认的银行转账。').waitFor();
  });

  it('the merchant’s waiting page sees the confirmation and the store is active', async () => {
    await merchantPage
      .getByTestId('store-opened')
      .getByText('店铺已开通！')
      .waitFor({ timeout: 15_000 });
    const status = merchantPage.getByTestId('store-status-card');
    expect(await status.getByTestId('store-status').textContent()).toBe('营业中');
    // Paid by bank transfer: real money, no TEST MODE.
    expect(await status.getByTestId('test-mode').count()).toBe(0);
  });
});
