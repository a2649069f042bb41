import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { signUpThroughApi } from '../support/browser-accounts.ts';
import type { DevMessage } from '../support/mailbox.ts';
import { insertOperator, type TestOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import {
  licenceImage,
  signInToConsole,
  USCC_WRONG_CHECK,
  VALID_RESIDENT_ID,
  VALID_USCC,
} from '../support/verification.ts';

// The acceptance journey of real-name verification (SPEC §3, §9): an enterprise merchant, in a
// Chinese browser, submits; a reviewer, in an English one, signs in with password and TOTP and
// asks for one change, picking the reason for that field and writing a note on it; the merchant
// sees exactly that, cannot send it back unchanged, fixes it and resubmits; the reviewer sees
// the change old → new and approves; the merchant sees the verified badge and has both decisions
// by e-mail. Each test carries on from the last.

const merchantEmail = 'licence@example.com';
const companyName = '福州示例贸易有限公司';
const firstAddress = '福建省福州市鼓楼区示例路 1 号';
const fixedAddress = '福建省福州市鼓楼区示例路 1 号 8 层 801 室';
const addressNote = 'Please give the full address on the licence, with the floor and room.';

const clock = new ManualClock(new Date());
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let merchantContext: BrowserContext;
let operatorContext: BrowserContext;
let merchant: Page;
let console_: Page;
let reviewer: TestOperator;
let licence: string;

beforeAll(async () => {
  // The operators' TOTP key file lives in DATA_DIR: one of this file's own.
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser, licence] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir } }),
    launchBrowser(),
    licenceImage('png'),
  ]);
  reviewer = await insertOperator(server, ['reviewer'], 'reviewer@kaidian.test');
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

const merchantStatus = () => merchant.getByTestId('verification-status');

async function openCase(name: string) {
  await console_.goto(`${server.url}/admin/verifications`);
  await console_.getByTestId('verification-queue').getByRole('link', { name }).click();
  await console_.getByRole('heading', { level: 1, name }).waitFor();
}

describe('real-name verification, from submission to the verified badge', () => {
  it('an enterprise merchant submits the form with a licence image, fixing a field the server refused', async () => {
    await signUpThroughApi(merchantContext.request, server.url, {
      email: merchantEmail,
      password: 'blue-harbor-lantern-42',
      accountType: 'enterprise',
      locale: 'zh-CN',
    });
    await merchant.goto(`${server.url}/verification`);
    await merchant.getByRole('heading', { level: 1, name: '实名认证' }).waitFor();
    await merchantStatus().getByText('您尚未完成实名认证').waitFor();
    // Nothing approved yet: no badge in the header.
    expect(await merchant.getByRole('banner').getByTestId('verified-badge').count()).toBe(0);

    await merchant.getByLabel('企业名称').fill(companyName);
    expect(await merchant.getByLabel('注册国家或地区').inputValue()).toBe('CN');
    await merchant.getByLabel('统一社会信用代码').fill(USCC_WRONG_CHECK);
    await merchant.getByLabel('注册地址').fill(firstAddress);
    await merchant.getByLabel('法定代表人姓名').fill('李四');
    await merchant.getByLabel('法定代表人证件号码').fill(VALID_RESIDENT_ID);

    await merchant.locator('input[type=file][name=business_license]').setInputFiles(licence);
    const upload = merchant.getByTestId('upload-business_license');
    await upload.and(merchant.locator('[data-state=done]')).waitFor();
    await upload.getByText(/^已上传/).waitFor();
    // The preview shows the picture that was chosen.
    expect(
      await upload.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBe(900);

    await merchant.getByRole('button', { name: '提交审核' }).click();
    // The server's GB 32100 check refuses the code; its message stands beside the field.
    const creditCode = merchant.getByLabel('统一社会信用代码');
    await merchant
      .getByText('统一社会信用代码不是有效的统一社会信用代码（校验码不符）。')
      .waitFor();
    expect(await creditCode.getAttribute('aria-invalid')).toBe('true');

    await creditCode.fill(VALID_USCC);
    await merchant.getByRole('button', { name: '提交审核' }).click();
    await merchantStatus().getByText('实名认证审核中').waitFor();
    await merchant.getByText('实名认证已提交，审核完成后我们会通过邮件通知您。').waitFor();
    expect(await merchantStatus().getAttribute('data-status')).toBe('pending');
    // While it is reviewed, the form gives way to what was sent.
    expect(await merchant.getByTestId('verification-form').count()).toBe(0);
    await merchant.getByText(firstAddress).waitFor();
  });

  it('a reviewer signs in to the console with password and authenticator code', async () => {
    await console_.goto(`${server.url}/admin/verifications`);
    await console_.waitForURL(/\/admin\/login\?next=%2Fadmin%2Fverifications$/);
    await console_.getByRole('heading', { level: 1, name: 'Operator sign-in' }).waitFor();

    // A wrong code is refused like a wrong password, without saying which was wrong.
    await console_.getByLabel('E-mail address').fill(reviewer.email);
    await console_.getByLabel('Password', { exact: true }).fill(reviewer.password);
    await console_.getByLabel('Authenticator code').fill('000000');
    await console_.getByRole('button', { name: 'Sign in' }).click();
    await console_.getByText('The account or password is not correct.').waitFor();

    await signInToConsole(console_, reviewer, clock, {
      email: /^E-mail address$/,
      password: /^Password$/,
      totp: /^Authenticator code$/,
      submit: /^Sign in$/,
    });
    await console_.waitForURL(`${server.url}/admin/verifications`);
    await console_.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();

    const panel = console_.getByTestId('operator-panel');
    await panel.getByText('Operator reviewer').waitFor();
    await panel.getByText('Reviewer', { exact: true }).waitFor();
    // A reviewer's sidebar has no admin sections.
    const nav = console_.getByRole('navigation', { name: 'Console navigation' });
    expect(await nav.getByRole('link', { name: 'Operators' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    // Typed in directly, an admin page says which role it needs.
    await console_.goto(`${server.url}/admin/audit-log`);
    await console_
      .getByTestId('console-forbidden')
      .getByText('This page needs the Admin role.', { exact: false })
      .waitFor();
  });

  it('the reviewer opens the case from the queue and asks to change the registered address', async () => {
    await console_.goto(`${server.url}/admin/verifications`);
    const row = console_.getByTestId('verification-queue').getByRole('row', { name: /福州示例/ });
    await row.getByText(merchantEmail).waitFor();
    await row.getByText('Enterprise').waitFor();
    await row.getByText('Under review').waitFor();
    await openCase(companyName);

    // The licence is shown inline from the reviewers' document endpoint.
    const licenceImg = console_.getByTestId('document-business_license').getByRole('img');
    await expect
      .poll(() => licenceImg.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(900);
    await console_.getByText(VALID_USCC).waitFor();

    await console_.getByRole('tab', { name: 'Request changes' }).click();
    await console_.getByRole('checkbox', { name: /Registered address/ }).check();
    // No reason is assumed for the reviewer: they pick one among those that fit the field.
    const reason = console_.getByRole('combobox', { name: 'Reason for Registered address' });
    expect(await reason.inputValue()).toBe('');
    expect(await reason.locator('option:not([disabled])').allTextContents()).toEqual([
      'The registered address does not match the business licence',
      'Write my own reason',
    ]);
    await console_.getByRole('button', { name: 'Send request for changes' }).click();
    await console_.getByText('Choose why this field must change.').waitFor();

    await reason.selectOption('address_mismatch');
    await console_.getByLabel(/^Note on Registered address/).fill(addressNote);
    await console_.getByRole('button', { name: 'Send request for changes' }).click();

    await console_.getByText('Your decision is saved.', { exact: false }).waitFor();
    await console_.locator('.case-header [data-status=changes_requested]').waitFor();
    await console_.getByTestId('case-history').getByText('Changes requested').waitFor();
  });

  it('the merchant sees what to change, fixes the address and resubmits', async () => {
    await merchant.goto(`${server.url}/verification`);
    await merchantStatus().getByText('请修改实名认证资料').waitFor();
    // Exactly the field, reason and note the reviewer gave, and nothing else.
    const reasons = merchant.getByTestId('verification-reasons').getByRole('listitem');
    expect(await reasons.allTextContents()).toEqual([
      `注册地址：注册地址与营业执照不一致。${addressNote}`,
    ]);

    // The form comes back filled in, with the field to change marked with the reviewer's note.
    expect(await merchant.getByTestId('requested-registeredAddress').textContent()).toBe(
      `需要修改：注册地址与营业执照不一致。${addressNote}`,
    );
    // Sent back unchanged, it is refused beside the field that was to change.
    await merchant.getByRole('button', { name: '重新提交审核' }).click();
    await merchant.getByText('注册地址尚未按审核意见修改。').waitFor();
    expect(await merchantStatus().getAttribute('data-status')).toBe('changes_requested');
    expect(await merchant.getByLabel('企业名称').inputValue()).toBe(companyName);
    expect(await merchant.getByLabel('统一社会信用代码').inputValue()).toBe(VALID_USCC);
    await merchant
      .getByTestId('upload-business_license')
      .and(merchant.locator('[data-state=done]'))
      .waitFor();

    await merchant.getByLabel('注册地址').fill(fixedAddress);
    await merchant.getByRole('button', { name: '重新提交审核' }).click();
    await merchantStatus().getByText('实名认证审核中').waitFor();
    await merchant.getByText(fixedAddress).waitFor();
  });

  it('the reviewer sees what changed, old → new, and approves', async () => {
    await openCase(companyName);
    await console_.getByTestId('changed-registeredAddress').waitFor();
    const change = console_.getByTestId('case-changes').locator('[data-field=registeredAddress]');
    expect(await change.locator('del').textContent()).toBe(firstAddress);
    expect(await change.locator('ins').textContent()).toBe(fixedAddress);
    // Only the address changed: the licence was kept.
    expect(await console_.getByTestId('case-changes').locator('[data-field]').count()).toBe(1);

    await console_.getByRole('tab', { name: 'Approve' }).click();
    await console_.getByRole('button', { name: 'Approve verification' }).click();
    await console_.locator('.case-header [data-status=approved]').waitFor();
    await console_.getByTestId('case-history').getByText('Approved', { exact: true }).waitFor();
  });

  it('the merchant sees the verified badge, and has both decisions by e-mail', async () => {
    await merchant.goto(`${server.url}/verification`);
    await merchantStatus().getByText('您已通过实名认证').waitFor();
    await merchantStatus().getByText(`认证主体：${companyName}`, { exact: false }).waitFor();
    await merchantStatus().getByTestId('verified-badge').getByText('已认证').waitFor();
    await merchant.getByRole('banner').getByTestId('verified-badge').waitFor();
    // Verified details are locked: changing them is a deliberate step.
    await merchant.getByRole('button', { name: '修改认证资料' }).waitFor();
    expect(await merchant.getByTestId('verification-form').count()).toBe(0);

    // Elsewhere in the seller center, the header still shows it.
    await merchant.goto(`${server.url}/dashboard`);
    await merchant.getByRole('banner').getByTestId('verified-badge').waitFor();

    const subjects = async () => {
      const response = await fetch(
        `${server.url}/api/v1/dev/messages?to=${encodeURIComponent(merchantEmail)}`,
      );
      return ((await response.json()) as DevMessage[]).map((message) => message.subject);
    };
    await expect
      .poll(subjects, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['开店：实名认证需要修改', '开店：实名认证已通过']));
  });

  it('the reviewer signs out, and the console asks to sign in again', async () => {
    await console_.goto(`${server.url}/admin/verifications`);
    await console_.getByTestId('operator-panel').getByRole('button', { name: 'Sign out' }).click();
    await console_.waitForURL(`${server.url}/admin/login`);
    await console_.goto(`${server.url}/admin`);
    await console_.waitForURL(/\/admin\/login\?next=%2Fadmin$/);
  });
});
