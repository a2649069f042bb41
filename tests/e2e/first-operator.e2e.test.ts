import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCreate } from '../../src/cli/admin-create.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { signUpThroughApi } from '../support/browser-accounts.ts';
import type { TestOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import {
  licenceImage,
  signInToConsole,
  VALID_RESIDENT_ID,
  VALID_USCC,
} from '../support/verification.ts';

// Issue 8's newcomer acceptance: the operator the README's command creates, with no role given
// or changed, enters the bank account, approves an enterprise verification and confirms its bank
// transfer; the enterprise merchant never types a real name and opens a store after approval.
// Each test carries on from the last.

const companyName = '厦门示例茶业有限公司';
const merchantEmail = 'tea.company@example.com';
const operatorEmail = 'founder@example.com';
const operatorPassword = 'a long passphrase for the founder';

const clock = new ManualClock(new Date());
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let merchantContext: BrowserContext;
let operatorContext: BrowserContext;
let merchant: Page;
let console_: Page;
let licence: string;
let reference = '';

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser, licence] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir } }),
    launchBrowser(),
    licenceImage('png'),
  ]);
  merchantContext = await newContextWithLocale(browser, 'zh-CN');
  operatorContext = await newContextWithLocale(browser, 'en-US');
  merchant = await merchantContext.newPage();
  console_ = await operatorContext.newPage();
});

afterAll(async () => {
  await merchantContext?.close();
  await operatorContext?.close();
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  if (licence) await fs.rm(path.dirname(licence), { recursive: true, force: true });
});

const consoleNav = () => console_.getByRole('navigation', { name: 'Console navigation' });

describe("the README's first operator and an enterprise merchant's first store", () => {
  let founder: TestOperator;

  it('the operator created as the README says signs in and has every duty in the sidebar', async () => {
    // `npm run kaidian -- admin create --email … --password …`: the command's own function.
    const printed = await adminCreate(server.database, server.deps.config, {
      email: operatorEmail,
      password: operatorPassword,
    });
    expect(printed).toContain(`Created operator ${operatorEmail} (admin, reviewer, finance).`);
    const totpSecret = /TOTP secret: ([A-Z2-7]+)/.exec(printed)?.[1] ?? '';
    founder = { id: '', email: operatorEmail, password: operatorPassword, totpSecret };

    await console_.goto(`${server.url}/admin/login`);
    await signInToConsole(console_, founder, clock, {
      email: /^E-mail address$/,
      password: /^Password$/,
      totp: /^Authenticator code$/,
      submit: /^Sign in$/,
    });
    await consoleNav().getByRole('link', { name: 'Review queue' }).waitFor();
    for (const section of ['Payments to confirm', 'Payment settings', 'Operators']) {
      await consoleNav().getByRole('link', { name: section }).waitFor();
    }
  });

  it('enters the platform’s bank account in the payment settings', async () => {
    await consoleNav().getByRole('link', { name: 'Payment settings' }).click();
    await console_.waitForURL(`${server.url}/admin/payment-settings`);
    const settings = console_.getByTestId('payment-settings');
    await settings.getByLabel('Account name').fill('Kaidian Platform Co., Ltd.');
    await settings.getByLabel('Bank', { exact: true }).fill('China Merchants Bank, Xiamen Branch');
    await settings.getByLabel('Account number').fill('5929 0000 1234 5678');
    await settings.getByRole('button', { name: 'Save' }).first().click();
    await settings.getByText('Saved. Merchants see the new account from now on.').waitFor();
  });

  it('an enterprise merchant signs up and submits the company for verification', async () => {
    await signUpThroughApi(merchantContext.request, server.url, {
      email: merchantEmail,
      password: 'tea-garden-harbour-42',
      accountType: 'enterprise',
      locale: 'zh-CN',
    });
    // The mobile number is verified on the account page in the accounts journey; here it is
    // taken as done, so that what is left between this merchant and a store is the name.
    await server.database.db
      .update(merchants)
      .set({ phone: '+8613900139000', phoneVerifiedAt: new Date() })
      .where(eq(merchants.emailNormalized, merchantEmail));

    await merchant.goto(`${server.url}/verification`);
    await merchant.getByRole('heading', { level: 1, name: '实名认证' }).waitFor();
    await merchant.getByLabel('企业名称').fill(companyName);
    await merchant.getByLabel('统一社会信用代码').fill(VALID_USCC);
    await merchant.getByLabel('注册地址').fill('福建省厦门市思明区示例路 8 号');
    await merchant.getByLabel('法定代表人姓名').fill('陈五');
    await merchant.getByLabel('法定代表人证件号码').fill(VALID_RESIDENT_ID);
    await merchant.locator('input[type=file][name=business_license]').setInputFiles(licence);
    await merchant
      .getByTestId('upload-business_license')
      .and(merchant.locator('[data-state=done]'))
      .waitFor();
    await merchant.getByRole('button', { name: '提交审核' }).click();
    await merchant.getByTestId('verification-status').getByText('实名认证审核中').waitFor();

    // Before approval the store page says what is missing; no name was ever typed.
    await merchant.goto(`${server.url}/store`);
    const eligibility = merchant.getByTestId('eligibility');
    await eligibility.getByTestId('condition-identity_verified').waitFor();
    expect(
      await eligibility.getByTestId('condition-identity_verified').getAttribute('data-met'),
    ).toBe('false');
  });

  it('the first operator reviews the case from the queue and approves it', async () => {
    await consoleNav().getByRole('link', { name: 'Review queue' }).click();
    await console_.waitForURL(`${server.url}/admin/verifications`);
    await console_
      .getByTestId('verification-queue')
      .getByRole('link', { name: companyName })
      .click();
    await console_.getByRole('heading', { level: 1, name: companyName }).waitFor();
    await console_.getByRole('tab', { name: 'Approve' }).click();
    await console_.getByRole('button', { name: 'Approve verification' }).click();
    await console_.locator('.case-header [data-status=approved]').waitFor();
  });

  it('the merchant meets every requirement, the company name taken from the verification', async () => {
    await merchant.goto(`${server.url}/store`);
    const eligibility = merchant.getByTestId('eligibility');
    await eligibility.getByText('全部满足').waitFor();
    expect(await eligibility.getByTestId('condition-real_name').getAttribute('data-met')).toBe(
      'true',
    );
    expect(await merchant.getByTestId('verified-name-mismatch').count()).toBe(0);

    await merchant.goto(`${server.url}/account`);
    expect(await merchant.getByLabel('企业名称').inputValue()).toBe(companyName);
  });

  it('the merchant buys Standard by bank transfer and sees the real bank account', async () => {
    await merchant.goto(`${server.url}/store`);
    await merchant.getByRole('heading', { level: 1, name: '开通店铺' }).waitFor();
    await merchant
      .getByTestId('package-standard')
      .getByRole('button', { name: '选择标准版' })
      .click();
    await merchant.getByRole('radio', { name: /银行转账/ }).check();
    await merchant.getByRole('button', { name: '去付款' }).click();

    const payment = merchant.getByTestId('payment-panel');
    await payment.getByRole('heading', { name: '银行转账付款' }).waitFor();
    reference = (await payment.getByTestId('payment-reference').textContent()) ?? '';
    expect(reference).toMatch(/^KD-/);
    const shown = (await payment.textContent()) ?? '';
    expect(shown).toContain('¥32,800.00');
    expect(shown).toContain('5929 0000 1234 5678');
  });

  it('the first operator confirms the transfer, and the store opens', async () => {
    await consoleNav().getByRole('link', { name: 'Payments to confirm' }).click();
    await console_.waitForURL(`${server.url}/admin/payments`);
    const row = console_.getByTestId(`payment-${reference}`);
    await row.getByRole('button', { name: 'Confirm receipt' }).click();
    const dialog = console_.getByRole('dialog', { name: `Confirm transfer ${reference}` });
    await dialog.getByLabel('Amount received').fill('32,800.00');
    await dialog.getByLabel('Bank reference').fill('CMB-XM-0001');
    await dialog.getByRole('button', { name: 'Confirm receipt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await console_.getByTestId('payment-confirmed').getByText(reference).waitFor();

    await merchant
      .getByTestId('store-opened')
      .getByText('店铺已开通！')
      .waitFor({ timeout: 15_000 });
    expect(
      await merchant.getByTestId('store-status-card').getByTestId('store-status').textContent(),
    ).toBe('营业中');
  });
});
