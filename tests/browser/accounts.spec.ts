import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import { recordMilestone } from '../../src/server/modules/growth/index.ts';
import { freshEmail, freshPhone } from '../support/accounts.ts';
import { devInbox } from '../support/mailbox.ts';
import type { TestServer } from '../support/server.ts';
import { expect, test } from './fixtures.ts';

// A merchant's account in a Chinese browser, step by step as a person takes it: signing up,
// adding a mobile number, signing out and in by SMS, resetting the password, the business
// profile. Each test starts from an account made for it; the English block goes back and forth
// on the sign-up's code step.

const firstPassword = 'blue-harbor-lantern-42';
const newPassword = 'quiet-river-maple-77';

// The server's clock stands still unless a test moves it (to let the sign-in's fresh
// re-authentication lapse); the mailbox is read by message, not by time.
test.use({ serverOptions: { clock: 'manual' } });

/** A +86 mobile number as the pages show it: "+86 138 0013 8000". */
function shownPhone(e164: string): string {
  const national = e164.slice(3);
  return `+86 ${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
}

/** The merchant's mobile number verified, as the account page leaves it (that has its own test). */
async function verifiedPhone(server: TestServer, email: string): Promise<string> {
  const phone = freshPhone();
  const [merchant] = await server.database.db
    .update(merchants)
    .set({ phone, phoneVerifiedAt: server.deps.clock.now() })
    .where(eq(merchants.emailNormalized, email.toLowerCase()))
    .returning();
  if (!merchant) throw new Error(`no merchant ${email}`);
  await recordMilestone(server.database.db, merchant.id, 'phone_verified', server.deps.clock);
  return phone;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test.describe('a merchant account, in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('signs up by e-mail with the code from the mailbox and lands on the dashboard', async ({
    page,
    server,
  }) => {
    const email = freshEmail('merchant');
    const inbox = devInbox(server.url, email);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '免费注册' }).click();
    await expect(page).toHaveURL(`${server.url}/signup`);
    await expect(heading(page, '注册卖家账号')).toBeVisible();

    await page.getByLabel('邮箱', { exact: true }).fill(email);
    await page.getByLabel('密码', { exact: true }).fill(firstPassword);
    await page.getByRole('radio', { name: /个人账号/ }).check();
    await page.getByRole('button', { name: '获取验证码' }).click();

    await expect(heading(page, '输入验证码')).toBeVisible();
    await expect(page.getByText(`6 位验证码已发送至 ${email}`)).toBeVisible();
    // The resend button counts down the 60 s the server asks for.
    await expect(page.getByRole('button', { name: /秒后可重新获取/ })).toBeDisabled();

    await page.getByLabel('验证码', { exact: true }).fill(await inbox.nextCode());
    await page.getByRole('button', { name: '完成注册' }).click();

    await expect(page).toHaveURL(`${server.url}/dashboard`);
    await expect(heading(page, `您好，${email}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: '您的成长计划' })).toBeVisible();
    await expect(page.getByTestId('profile-prompt').getByText('介绍一下您的生意')).toBeVisible();
    // Verifying the e-mail at sign-up ticks its task off by itself: the growth module does it
    // from the sign-up's event, moments after the sign-up (a busy machine may need a reload).
    const emailTask = page
      .getByTestId('growth-tasks')
      .getByRole('listitem')
      .filter({ hasText: '验证邮箱' });
    await expect(async () => {
      if ((await emailTask.getAttribute('data-done')) !== 'true') await page.reload();
      await expect(emailTask).toHaveAttribute('data-done', 'true', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole('banner').getByRole('link', { name: email })).toBeVisible();
  });

  test('sends a signed-in merchant from the sign-in page to the dashboard', async ({
    page,
    server,
    signUp,
  }) => {
    const { email } = await signUp({ password: firstPassword });
    await page.goto(`${server.url}/login`);
    await expect(page).toHaveURL(`${server.url}/dashboard`);
    await expect(heading(page, `您好，${email}`)).toBeVisible();
  });

  test('adds a +86 mobile number, confirming the password first, and verifies it by SMS', async ({
    page,
    server,
    clock,
    signUp,
  }) => {
    await signUp({ password: firstPassword });
    const phone = freshPhone();
    const phoneInbox = devInbox(server.url, phone);
    await page.goto(`${server.url}/dashboard`);
    // Ten minutes after sign-in, changing a contact needs the password again.
    clock.advance(11 * 60_000);
    await page.locator('#seller-nav').getByRole('link', { name: '账号' }).click();
    await expect(page).toHaveURL(`${server.url}/account`);
    await expect(heading(page, '账号与安全')).toBeVisible();

    const phoneRow = page.getByTestId('contact-phone');
    await expect(phoneRow.getByText('尚未添加')).toBeVisible();
    await phoneRow.getByRole('button', { name: '添加' }).click();
    await expect(phoneRow.getByLabel('国家或地区')).toHaveValue('CN');
    await phoneRow.getByLabel('新手机号').fill(phone.slice(3));
    await phoneRow.getByRole('button', { name: '获取验证码' }).click();

    const dialog = page.getByRole('dialog', { name: '确认是您本人' });
    await dialog.getByRole('tabpanel').getByLabel('密码', { exact: true }).fill(firstPassword);
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect(dialog).toHaveCount(0);

    // After confirming, the number is sent again by itself and the code goes to it.
    await expect(phoneRow.getByText(`6 位验证码已发送至 ${shownPhone(phone)}`)).toBeVisible();
    await phoneRow.getByLabel('验证码', { exact: true }).fill(await phoneInbox.nextCode());
    await phoneRow.getByRole('button', { name: '验证', exact: true }).click();

    await expect(page.getByText('手机号验证成功。')).toBeVisible();
    await expect(phoneRow).toContainText(shownPhone(phone));
    await expect(phoneRow.locator('.status')).toHaveText('已验证');
  });

  test('signs out, and a visit to the account page asks to sign in first', async ({
    page,
    server,
    signUp,
  }) => {
    await signUp({ password: firstPassword });
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(`${server.url}/login`);
    await page.goto(`${server.url}/account`);
    await expect(page).toHaveURL(`${server.url}/login?next=%2Faccount`);
    await expect(heading(page, '登录开店')).toBeVisible();
  });

  test('signs in by SMS code and comes back to the account page', async ({
    page,
    context,
    server,
    signUp,
  }) => {
    const { email } = await signUp({ password: firstPassword });
    const phone = await verifiedPhone(server, email);
    await context.clearCookies();
    const phoneInbox = devInbox(server.url, phone);
    await page.goto(`${server.url}/account`);
    await expect(page).toHaveURL(`${server.url}/login?next=%2Faccount`);

    await page.getByRole('tab', { name: '短信验证码登录' }).click();
    await page.getByLabel('手机号', { exact: true }).fill(phone.slice(3));
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect(page.getByText(`如果 ${shownPhone(phone)} 已注册`)).toBeVisible();
    await page.getByLabel('验证码', { exact: true }).fill(await phoneInbox.nextCode());
    await page.getByRole('button', { name: '登录', exact: true }).click();

    await expect(page).toHaveURL(`${server.url}/account`);
    const phoneRow = page.getByTestId('contact-phone');
    await expect(phoneRow.getByText(shownPhone(phone))).toBeVisible();
    await expect(phoneRow.locator('.status')).toHaveText('已验证');
  });

  test('resets the password with an e-mail code, then signs in with the new one only', async ({
    page,
    context,
    server,
    signUp,
  }) => {
    const { email } = await signUp({ password: firstPassword });
    await context.clearCookies();
    const emailInbox = devInbox(server.url, email);
    await emailInbox.skipExisting();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await expect(page).toHaveURL(`${server.url}/forgot-password`);
    await expect(heading(page, '重置密码')).toBeVisible();

    await page.getByLabel('邮箱或手机号').fill(email);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('验证码', { exact: true }).fill(await emailInbox.nextCode());
    await page.getByLabel('新密码').fill(newPassword);
    await expect(page.getByLabel('退出所有其他设备上的登录')).toBeChecked();
    await page.getByRole('button', { name: '设置新密码' }).click();

    await expect(heading(page, '密码已修改')).toBeVisible();
    await page.getByRole('link', { name: '去登录' }).click();
    await expect(page).toHaveURL(`${server.url}/login`);

    await page.getByLabel('邮箱或手机号').fill(email);
    await page.getByLabel('密码', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('alert').getByText('账号或密码不正确。')).toBeVisible();

    await page.getByLabel('密码', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page).toHaveURL(`${server.url}/dashboard`);
    await expect(heading(page, `您好，${email}`)).toBeVisible();
  });

  test('fills in the business profile and sees a plan built for it', async ({
    page,
    server,
    signUp,
  }) => {
    const { email } = await signUp({ password: firstPassword });
    await verifiedPhone(server, email);
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: '完善经营信息' }).first().click();
    await expect(page).toHaveURL(`${server.url}/profile`);
    await expect(heading(page, '经营信息')).toBeVisible();

    await page.getByLabel('所属行业 / 主营类目').selectOption({ label: '服装配饰' });
    await page.getByRole('radio', { name: /生产厂家/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    await expect(page.getByRole('heading', { name: '经验与平台' })).toBeVisible();
    await page.getByRole('radio', { name: '3 年以上' }).check();
    await page.getByRole('checkbox', { name: '1688' }).check();
    await page.getByRole('checkbox', { name: '速卖通' }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    await expect(page.getByRole('heading', { name: '市场与团队' })).toBeVisible();
    await page.getByRole('checkbox', { name: '北美' }).check();
    await page.getByRole('checkbox', { name: '欧洲' }).check();
    await page.getByRole('radio', { name: '6–20 人' }).check();
    await page.getByRole('button', { name: '生成我的成长计划' }).click();

    await expect(page.getByRole('heading', { name: '您的成长计划已生成' })).toBeVisible();
    const tasks = page.getByTestId('growth-tasks').getByRole('listitem');
    const titles = tasks.getByTestId('task-title');
    // An experienced manufacturer gets wholesale tools; every plan starts with the basics.
    await expect(titles.filter({ hasText: /^设置批发阶梯价/ })).not.toHaveCount(0);
    await expect(titles.filter({ hasText: /^通过 CSV 批量导入商品/ })).not.toHaveCount(0);
    for (const done of ['完善经营信息', '验证邮箱', '验证手机号']) {
      await expect(tasks.filter({ hasText: done }).first()).toHaveAttribute('data-done', 'true');
    }
    const progress = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(progress).toBeGreaterThan(0);

    await page.getByRole('link', { name: '前往工作台' }).click();
    await expect(page).toHaveURL(`${server.url}/dashboard`);
    await expect(page.getByTestId('growth-next').getByText('下一步')).toBeVisible();
    await expect(page.getByTestId('profile-prompt')).toHaveCount(0);
  });
});

test.describe('the sign-up code step, back and forward, in English', () => {
  test.use({ locale: 'en' });

  test('keeps the code already sent usable, with the resend countdown, however often one goes back', async ({
    page,
    server,
  }) => {
    const newEmail = freshEmail('back.and.forth');
    const inbox = devInbox(server.url, newEmail);
    const codeStep = page.getByRole('heading', { level: 1, name: 'Enter the verification code' });
    const countdown = page.getByRole('button', { name: /^New code in \d+ s$/ });
    const goBack = () => page.getByRole('button', { name: 'Use a different address' }).click();
    const goForward = () => page.getByRole('button', { name: 'Send verification code' }).click();

    await page.goto(`${server.url}/signup`);
    await page.getByLabel('E-mail address', { exact: true }).fill(newEmail);
    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await page.getByRole('radio', { name: /^Personal/ }).check();
    await goForward();
    await expect(codeStep).toBeVisible();
    const firstCode = await inbox.nextCode();

    // Back and forward unchanged: straight to the code entry, the countdown still running.
    await goBack();
    await expect(page.getByLabel('E-mail address', { exact: true })).toBeVisible();
    await goForward();
    await expect(codeStep).toBeVisible();
    await expect(countdown).toBeDisabled();

    // Back, another password, forward: too soon for a new code, so the one sent stays the one.
    await goBack();
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await goForward();
    await expect(codeStep).toBeVisible();
    await expect(countdown).toBeDisabled();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByLabel('Verification code', { exact: true }).fill(firstCode);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(`${server.url}/dashboard`);
    // Only the one code was ever sent, and the sign-up took the password typed last.
    const messages = await fetch(
      `${server.url}/api/v1/dev/messages?to=${encodeURIComponent(newEmail)}`,
    ).then((response) => response.json());
    expect(messages).toHaveLength(1);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: newEmail, password: newPassword }),
    });
    expect(login.status).toBe(200);
  });
});
