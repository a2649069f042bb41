import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { devInbox } from '../support/mailbox.ts';
import { startTestServer } from '../support/server.ts';

// One merchant's journey in a Chinese browser, step by step as a person takes it: each test
// carries on from where the previous one left off (same browser context, same account).

const email = 'merchant@example.com';
const phoneNational = '13800138000';
const phoneE164 = '+8613800138000';
const firstPassword = 'blue-harbor-lantern-42';
const newPassword = 'quiet-river-maple-77';

// The server's clock stands still unless a test moves it (to let the sign-in's fresh
// re-authentication lapse); the mailbox is read by message, not by time.
const clock = new ManualClock(new Date());
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let emailInbox: ReturnType<typeof devInbox>;
let phoneInbox: ReturnType<typeof devInbox>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
  context = await newContextWithLocale(browser, 'zh-CN');
  page = await context.newPage();
  emailInbox = devInbox(server.url, email);
  phoneInbox = devInbox(server.url, phoneE164);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const header = () => page.getByRole('banner');

async function signOutFromHeader() {
  await header().getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(`${server.url}/login`);
}

describe('a merchant account, in Chinese', () => {
  it('signs up by e-mail with the code from the mailbox and lands on the dashboard', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '免费注册' }).click();
    await page.waitForURL(`${server.url}/signup`);
    await heading('注册卖家账号').waitFor();

    await page.getByLabel('邮箱', { exact: true }).fill(email);
    await page.getByLabel('密码', { exact: true }).fill(firstPassword);
    await page.getByRole('radio', { name: /个人账号/ }).check();
    await page.getByRole('button', { name: '获取验证码' }).click();

    await heading('输入验证码').waitFor();
    await page.getByText(`6 位验证码已发送至 ${email}`).waitFor();
    // The resend button counts down the 60 s the server asks for.
    expect(await page.getByRole('button', { name: /秒后可重新获取/ }).isDisabled()).toBe(true);

    await page.getByLabel('验证码', { exact: true }).fill(await emailInbox.nextCode());
    await page.getByRole('button', { name: '完成注册' }).click();

    await page.waitForURL(`${server.url}/dashboard`);
    await heading(`您好，${email}`).waitFor();
    await page.getByRole('heading', { name: '您的成长计划' }).waitFor();
    await page.getByTestId('profile-prompt').getByText('介绍一下您的生意').waitFor();
    // Verifying the e-mail at sign-up ticked its task off by itself.
    const emailTask = page
      .getByTestId('growth-tasks')
      .getByRole('listitem')
      .filter({ hasText: '验证邮箱' });
    expect(await emailTask.getAttribute('data-done')).toBe('true');
    expect(await header().getByRole('link', { name: email }).isVisible()).toBe(true);
  });

  it('sends a signed-in merchant from the sign-in page to the dashboard', async () => {
    await page.goto(`${server.url}/login`);
    await page.waitForURL(`${server.url}/dashboard`);
    await heading(`您好，${email}`).waitFor();
  });

  it('adds a +86 mobile number, confirming the password first, and verifies it by SMS', async () => {
    // Ten minutes after sign-in, changing a contact needs the password again.
    clock.advance(11 * 60_000);
    await page.locator('#seller-nav').getByRole('link', { name: '账号' }).click();
    await page.waitForURL(`${server.url}/account`);
    await heading('账号与安全').waitFor();

    const phoneRow = page.getByTestId('contact-phone');
    await phoneRow.getByText('尚未添加').waitFor();
    await phoneRow.getByRole('button', { name: '添加' }).click();
    expect(await phoneRow.getByLabel('国家或地区').inputValue()).toBe('CN');
    await phoneRow.getByLabel('新手机号').fill(phoneNational);
    await phoneRow.getByRole('button', { name: '获取验证码' }).click();

    const dialog = page.getByRole('dialog', { name: '确认是您本人' });
    await dialog.waitFor();
    await dialog.getByRole('tabpanel').getByLabel('密码', { exact: true }).fill(firstPassword);
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.waitFor({ state: 'detached' });

    // After confirming, the number is sent again by itself and the code goes to it.
    await phoneRow.getByText('6 位验证码已发送至 +86 138 0013 8000').waitFor();
    await phoneRow.getByLabel('验证码', { exact: true }).fill(await phoneInbox.nextCode());
    await phoneRow.getByRole('button', { name: '验证', exact: true }).click();

    await page.getByText('手机号验证成功。').waitFor();
    expect(await phoneRow.textContent()).toContain('+86 138 0013 8000');
    expect(await phoneRow.locator('.status').textContent()).toBe('已验证');
  });

  it('signs out, and a visit to the account page asks to sign in first', async () => {
    await signOutFromHeader();
    await page.goto(`${server.url}/account`);
    await page.waitForURL(`${server.url}/login?next=%2Faccount`);
    await heading('登录开店').waitFor();
  });

  it('signs in by SMS code and comes back to the account page', async () => {
    await page.getByRole('tab', { name: '短信验证码登录' }).click();
    await page.getByLabel('手机号', { exact: true }).fill(phoneNational);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(`如果 +86 138 0013 8000 已注册`).waitFor();
    await page.getByLabel('验证码', { exact: true }).fill(await phoneInbox.nextCode());
    await page.getByRole('button', { name: '登录', exact: true }).click();

    await page.waitForURL(`${server.url}/account`);
    const phoneRow = page.getByTestId('contact-phone');
    await phoneRow.getByText('+86 138 0013 8000').waitFor();
    expect(await phoneRow.locator('.status').textContent()).toBe('已验证');
  });

  it('resets the password with an e-mail code, then signs in with the new one only', async () => {
    await signOutFromHeader();
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(`${server.url}/forgot-password`);
    await heading('重置密码').waitFor();

    await page.getByLabel('邮箱或手机号').fill(email);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('验证码', { exact: true }).fill(await emailInbox.nextCode());
    await page.getByLabel('新密码').fill(newPassword);
    expect(await page.getByLabel('退出所有其他设备上的登录').isChecked()).toBe(true);
    await page.getByRole('button', { name: '设置新密码' }).click();

    await heading('密码已修改').waitFor();
    await page.getByRole('link', { name: '去登录' }).click();
    await page.waitForURL(`${server.url}/login`);

    await page.getByLabel('邮箱或手机号').fill(email);
    await page.getByLabel('密码', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').getByText('账号或密码不正确。').waitFor();

    await page.getByLabel('密码', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    await heading(`您好，${email}`).waitFor();
  });

  it('fills in the business profile and sees a plan built for it', async () => {
    await page.getByRole('link', { name: '完善经营信息' }).first().click();
    await page.waitForURL(`${server.url}/profile`);
    await heading('经营信息').waitFor();

    await page.getByLabel('所属行业 / 主营类目').selectOption({ label: '服装配饰' });
    await page.getByRole('radio', { name: /生产厂家/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: '经验与平台' }).waitFor();
    await page.getByRole('radio', { name: '3 年以上' }).check();
    await page.getByRole('checkbox', { name: '1688' }).check();
    await page.getByRole('checkbox', { name: '速卖通' }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: '市场与团队' }).waitFor();
    await page.getByRole('checkbox', { name: '北美' }).check();
    await page.getByRole('checkbox', { name: '欧洲' }).check();
    await page.getByRole('radio', { name: '6–20 人' }).check();
    await page.getByRole('button', { name: '生成我的成长计划' }).click();

    await page.getByRole('heading', { name: '您的成长计划已生成' }).waitFor();
    const tasks = page.getByTestId('growth-tasks').getByRole('listitem');
    const titles = await tasks.locator('.task__title').allTextContents();
    // An experienced manufacturer gets wholesale tools; every plan starts with the basics.
    expect(titles.some((title) => title.startsWith('设置批发阶梯价'))).toBe(true);
    expect(titles.some((title) => title.startsWith('通过 CSV 批量导入商品'))).toBe(true);
    for (const done of ['完善经营信息', '验证邮箱', '验证手机号']) {
      expect(await tasks.filter({ hasText: done }).first().getAttribute('data-done')).toBe('true');
    }
    const progress = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(progress).toBeGreaterThan(0);

    await page.getByRole('link', { name: '前往工作台' }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    await page.getByTestId('growth-next').getByText('下一步').waitFor();
    expect(await page.getByTestId('profile-prompt').count()).toBe(0);
  });
});

describe('the sign-up code step, back and forward, in English', () => {
  const newEmail = 'back.and.forth@example.com';
  let englishContext: BrowserContext;
  let englishPage: Page;

  beforeAll(async () => {
    englishContext = await newContextWithLocale(browser, 'en');
    englishPage = await englishContext.newPage();
  });
  afterAll(() => englishContext?.close());

  const codeStep = () =>
    englishPage.getByRole('heading', { level: 1, name: 'Enter the verification code' });
  const countdown = () => englishPage.getByRole('button', { name: /^New code in \d+ s$/ });
  const goBack = () => englishPage.getByRole('button', { name: 'Use a different address' }).click();
  const goForward = () =>
    englishPage.getByRole('button', { name: 'Send verification code' }).click();

  it('keeps the code already sent usable, with the resend countdown, however often one goes back', async () => {
    const inbox = devInbox(server.url, newEmail);
    await englishPage.goto(`${server.url}/signup`);
    await englishPage.getByLabel('E-mail address', { exact: true }).fill(newEmail);
    await englishPage.getByLabel('Password', { exact: true }).fill(firstPassword);
    await englishPage.getByRole('radio', { name: /^Personal/ }).check();
    await goForward();
    await codeStep().waitFor();
    const firstCode = await inbox.nextCode();

    // Back and forward unchanged: straight to the code entry, the countdown still running.
    await goBack();
    await englishPage.getByLabel('E-mail address', { exact: true }).waitFor();
    await goForward();
    await codeStep().waitFor();
    expect(await countdown().isDisabled()).toBe(true);

    // Back, another password, forward: too soon for a new code, so the one sent stays the one.
    await goBack();
    await englishPage.getByLabel('Password', { exact: true }).fill(newPassword);
    await goForward();
    await codeStep().waitFor();
    expect(await countdown().isDisabled()).toBe(true);
    expect(await englishPage.getByRole('alert').count()).toBe(0);

    await englishPage.getByLabel('Verification code', { exact: true }).fill(firstCode);
    await englishPage.getByRole('button', { name: 'Create account' }).click();
    await englishPage.waitForURL(`${server.url}/dashboard`);
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
