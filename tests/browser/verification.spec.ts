import type { Page } from '@playwright/test';
import type { DevMessage } from '../support/mailbox.ts';
import type { TestServer } from '../support/server.ts';
import { operatorCookie, storeMerchant } from '../support/stores.ts';
import {
  decideCase,
  licenceImage,
  signInToConsole,
  submitEnterpriseVerification,
  UNVERIFIED_COMPANY,
  USCC_WRONG_CHECK,
  VALID_RESIDENT_ID,
  VALID_USCC,
} from '../support/verification.ts';
import { expect, test } from './fixtures.ts';

// The acceptance journey of real-name verification (SPEC §3, §9): an enterprise merchant, in a
// Chinese browser, submits; a reviewer, in an English one, signs in with password and TOTP and
// asks for one change, picking the reason for that field and writing a note on it; the merchant
// sees exactly that, cannot send it back unchanged, fixes it and resubmits; the reviewer sees
// the change old → new and approves; the merchant sees the verified badge and has both decisions
// by e-mail. Each step starts from the case as the step before leaves it, made through the API.

const firstAddress = '福建省福州市鼓楼区示例路 1 号';
const fixedAddress = '福建省福州市鼓楼区示例路 1 号 8 层 801 室';
const addressNote = 'Please give the full address on the licence, with the floor and room.';
const addressChange = {
  decision: 'request_changes' as const,
  reasons: [{ code: 'address_mismatch', field: 'registeredAddress', note: addressNote }],
};

test.use({ serverOptions: { clock: 'manual' } });

/** A company name of the test's own: the review queue is the worker's server's. */
function companyName(): string {
  const tag = Array.from(
    { length: 3 },
    () => '甲乙丙丁戊己庚辛壬癸'[Math.floor(Math.random() * 10)],
  );
  return `福州示例${tag.join('')}贸易有限公司`;
}

/** An enterprise merchant (no name typed) with a case, as far along as `steps` go. */
async function caseAt(
  server: TestServer,
  merchant: { cookie: string },
  steps: 'submitted' | 'changes requested' | 'resubmitted' | 'approved',
) {
  const name = companyName();
  const reviewer = (await operatorCookie(server, ['reviewer'])).cookie;
  const first = await submitEnterpriseVerification(server, merchant.cookie, {
    companyName: name,
    registeredAddress: firstAddress,
  });
  if (steps === 'submitted') return name;
  await decideCase(server, reviewer, first.id, addressChange);
  if (steps === 'changes requested') return name;
  const second = await submitEnterpriseVerification(server, merchant.cookie, {
    companyName: name,
    registeredAddress: fixedAddress,
    licenceUploadId: first.licenceUploadId,
  });
  if (steps === 'resubmitted') return name;
  await decideCase(server, reviewer, second.id, { decision: 'approve' });
  return name;
}

async function openCase(page: Page, serverUrl: string, name: string) {
  await page.goto(`${serverUrl}/admin/verifications`);
  await page.getByTestId('verification-queue').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('the merchant, in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('an enterprise merchant submits the form with a licence image, fixing a field the server refused', async ({
    page,
    server,
    signUp,
  }) => {
    const licence = await licenceImage('png');
    const name = companyName();
    await signUp({ accountType: 'enterprise', password: 'blue-harbor-lantern-42' });
    await page.goto(`${server.url}/verification`);
    await expect(page.getByRole('heading', { level: 1, name: '实名认证' })).toBeVisible();
    const status = page.getByTestId('verification-status');
    await expect(status.getByText('您尚未完成实名认证')).toBeVisible();
    // Nothing approved yet: no badge in the header.
    await expect(page.getByRole('banner').getByTestId('verified-badge')).toHaveCount(0);

    await page.getByLabel('企业名称').fill(name);
    await expect(page.getByLabel('注册国家或地区')).toHaveValue('CN');
    await page.getByLabel('统一社会信用代码').fill(USCC_WRONG_CHECK);
    await page.getByLabel('注册地址').fill(firstAddress);
    await page.getByLabel('法定代表人姓名').fill('李四');
    await page.getByLabel('法定代表人证件号码').fill(VALID_RESIDENT_ID);

    await page.locator('input[type=file][name=business_license]').setInputFiles(licence);
    const upload = page.getByTestId('upload-business_license');
    await expect(upload).toHaveAttribute('data-state', 'done');
    await expect(upload.getByText(/^已上传/)).toBeVisible();
    // The preview shows the picture that was chosen.
    await expect
      .poll(() => upload.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(900);

    await page.getByRole('button', { name: '提交审核' }).click();
    // The server's GB 32100 check refuses the code; its message stands beside the field.
    const creditCode = page.getByLabel('统一社会信用代码');
    await expect(
      page.getByText('统一社会信用代码不是有效的统一社会信用代码（校验码不符）。'),
    ).toBeVisible();
    await expect(creditCode).toHaveAttribute('aria-invalid', 'true');

    await creditCode.fill(VALID_USCC);
    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(status.getByText('实名认证审核中')).toBeVisible();
    await expect(page.getByText('实名认证已提交，审核完成后我们会通过邮件通知您。')).toBeVisible();
    await expect(status).toHaveAttribute('data-status', 'pending');
    // While it is reviewed, the form gives way to what was sent.
    await expect(page.getByTestId('verification-form')).toHaveCount(0);
    await expect(page.getByText(firstAddress)).toBeVisible();
  });

  test('the merchant sees what to change, fixes the address and resubmits', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    const merchant = await verifiedMerchant(UNVERIFIED_COMPANY);
    const name = await caseAt(server, merchant, 'changes requested');
    await page.goto(`${server.url}/verification`);
    const status = page.getByTestId('verification-status');
    await expect(status.getByText('请修改实名认证资料')).toBeVisible();
    // Exactly the field, reason and note the reviewer gave, and nothing else.
    await expect(page.getByTestId('verification-reasons').getByRole('listitem')).toHaveText([
      `注册地址：注册地址与营业执照不一致。${addressNote}`,
    ]);

    // The form comes back filled in, with the field to change marked with the reviewer's note.
    await expect(page.getByTestId('requested-registeredAddress')).toHaveText(
      `需要修改：注册地址与营业执照不一致。${addressNote}`,
    );
    // Sent back unchanged, it is refused beside the field that was to change.
    await page.getByRole('button', { name: '重新提交审核' }).click();
    await expect(page.getByText('注册地址尚未按审核意见修改。')).toBeVisible();
    await expect(status).toHaveAttribute('data-status', 'changes_requested');
    await expect(page.getByLabel('企业名称')).toHaveValue(name);
    await expect(page.getByLabel('统一社会信用代码')).toHaveValue(VALID_USCC);
    await expect(page.getByTestId('upload-business_license')).toHaveAttribute('data-state', 'done');

    await page.getByLabel('注册地址').fill(fixedAddress);
    await page.getByRole('button', { name: '重新提交审核' }).click();
    await expect(status.getByText('实名认证审核中')).toBeVisible();
    await expect(page.getByText(fixedAddress)).toBeVisible();
  });

  test('the merchant sees the verified badge, and has both decisions by e-mail', async ({
    page,
    server,
    verifiedMerchant,
  }) => {
    const merchant = await verifiedMerchant(UNVERIFIED_COMPANY);
    const name = await caseAt(server, merchant, 'approved');
    await page.goto(`${server.url}/verification`);
    const status = page.getByTestId('verification-status');
    await expect(status.getByText('您已通过实名认证')).toBeVisible();
    await expect(status).toContainText(`认证主体：${name}`);
    await expect(status.getByTestId('verified-badge').getByText('已认证')).toBeVisible();
    await expect(page.getByRole('banner').getByTestId('verified-badge')).toBeVisible();
    // Verified details are locked: changing them is a deliberate step.
    await expect(page.getByRole('button', { name: '修改认证资料' })).toBeVisible();
    await expect(page.getByTestId('verification-form')).toHaveCount(0);

    // Elsewhere in the seller center, the header still shows it.
    await page.goto(`${server.url}/dashboard`);
    await expect(page.getByRole('banner').getByTestId('verified-badge')).toBeVisible();

    const subjects = async () => {
      const response = await fetch(
        `${server.url}/api/v1/dev/messages?to=${encodeURIComponent(merchant.email)}`,
      );
      return ((await response.json()) as DevMessage[]).map((message) => message.subject);
    };
    await expect
      .poll(subjects)
      .toEqual(expect.arrayContaining(['开店：实名认证需要修改', '开店：实名认证已通过']));
  });
});

test.describe('the reviewer, in English', () => {
  test.use({ locale: 'en-US' });

  test('a reviewer signs in to the console with password and authenticator code', async ({
    page,
    server,
    clock,
    operator,
  }) => {
    const reviewer = await operator(['reviewer'], { signedIn: false });
    await page.goto(`${server.url}/admin/verifications`);
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fverifications$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Operator sign-in' })).toBeVisible();

    // A wrong code is refused like a wrong password, without saying which was wrong.
    await page.getByLabel('E-mail address').fill(reviewer.email);
    await page.getByLabel('Password', { exact: true }).fill(reviewer.password);
    await page.getByLabel('Authenticator code').fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The account or password is not correct.')).toBeVisible();

    await signInToConsole(page, reviewer, clock, {
      email: /^E-mail address$/,
      password: /^Password$/,
      totp: /^Authenticator code$/,
      submit: /^Sign in$/,
    });
    await expect(page).toHaveURL(`${server.url}/admin/verifications`);
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();

    const panel = page.getByTestId('operator-panel');
    await expect(panel.getByText('Operator reviewer')).toBeVisible();
    await expect(panel.getByText('Reviewer', { exact: true })).toBeVisible();
    // A reviewer's sidebar has no admin sections.
    const nav = page.getByRole('navigation', { name: 'Console navigation' });
    await expect(nav.getByRole('link', { name: 'Operators' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    // Typed in directly, an admin page says which role it needs.
    await page.goto(`${server.url}/admin/audit-log`);
    await expect(page.getByTestId('console-forbidden')).toContainText(
      'This page needs the Admin role.',
    );
  });

  test('the reviewer opens the case from the queue and asks to change the registered address', async ({
    page,
    server,
    operator,
  }) => {
    const merchant = await storeMerchant(server, { ...UNVERIFIED_COMPANY, locale: 'zh-CN' });
    const name = await caseAt(server, merchant, 'submitted');
    await operator(['reviewer']);
    await page.goto(`${server.url}/admin/verifications`);
    const row = page.getByTestId('verification-queue').getByRole('row', { name });
    await expect(row.getByText(merchant.email)).toBeVisible();
    await expect(row.getByText('Enterprise')).toBeVisible();
    await expect(row.getByText('Under review')).toBeVisible();
    await openCase(page, server.url, name);

    // The licence is shown inline from the reviewers' document endpoint.
    const licenceImg = page.getByTestId('document-business_license').getByRole('img');
    await expect
      .poll(() => licenceImg.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(900);
    await expect(page.getByText(VALID_USCC)).toBeVisible();

    await page.getByRole('tab', { name: 'Request changes' }).click();
    await page.getByRole('checkbox', { name: /Registered address/ }).check();
    // No reason is assumed for the reviewer: they pick one among those that fit the field.
    const reason = page.getByRole('combobox', { name: 'Reason for Registered address' });
    await expect(reason).toHaveValue('');
    await expect(reason.locator('option:not([disabled])')).toHaveText([
      'The registered address does not match the business licence',
      'Write my own reason',
    ]);
    await page.getByRole('button', { name: 'Send request for changes' }).click();
    await expect(page.getByText('Choose why this field must change.')).toBeVisible();

    await reason.selectOption('address_mismatch');
    await page.getByLabel(/^Note on Registered address/).fill(addressNote);
    await page.getByRole('button', { name: 'Send request for changes' }).click();

    await expect(page.getByText('Your decision is saved.', { exact: false })).toBeVisible();
    await expect(page.locator('.case-header [data-status=changes_requested]')).toBeVisible();
    await expect(page.getByTestId('case-history').getByText('Changes requested')).toBeVisible();
  });

  test('the reviewer sees what changed, old → new, and approves', async ({
    page,
    server,
    operator,
  }) => {
    const merchant = await storeMerchant(server, { ...UNVERIFIED_COMPANY, locale: 'zh-CN' });
    const name = await caseAt(server, merchant, 'resubmitted');
    await operator(['reviewer']);
    await openCase(page, server.url, name);
    await expect(page.getByTestId('changed-registeredAddress')).toBeVisible();
    const changes = page.getByTestId('case-changes');
    const change = changes.locator('[data-field=registeredAddress]');
    await expect(change.locator('del')).toHaveText(firstAddress);
    await expect(change.locator('ins')).toHaveText(fixedAddress);
    // Only the address changed: the licence was kept.
    await expect(changes.locator('[data-field]')).toHaveCount(1);

    await page.getByRole('tab', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Approve verification' }).click();
    await expect(page.locator('.case-header [data-status=approved]')).toBeVisible();
    await expect(
      page.getByTestId('case-history').getByText('Approved', { exact: true }),
    ).toBeVisible();
  });

  test('the reviewer signs out, and the console asks to sign in again', async ({
    page,
    server,
    operator,
  }) => {
    await operator(['reviewer']);
    await page.goto(`${server.url}/admin/verifications`);
    await page.getByTestId('operator-panel').getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${server.url}/admin/login`);
    await page.goto(`${server.url}/admin`);
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  });
});
