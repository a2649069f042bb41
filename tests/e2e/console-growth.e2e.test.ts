import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { recordAudit } from '../../src/server/modules/audit/index.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { directoryCaughtUp } from '../support/directory.ts';
import { insertMerchant, insertOperator, type TestOperator } from '../support/operators.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api, designFor, openStore, storeMerchant } from '../support/stores.ts';

// The operator console's growth-plan editor and merchant directory (SPEC §2, §9): an admin signs
// in with password and TOTP, renames a task in Chinese and sees it in the plan preview, then finds
// a merchant in the directory by e-mail. Then every page in both languages, on a desktop and on a
// 375 px phone, must fit the screen; with SCREENSHOT_DIR set each one is saved there too.

const screenshotDir = process.env.SCREENSHOT_DIR;
const clock = new ManualClock(new Date());
let dataDir: string;
let server: TestServer;
let browser: Browser;
let admin: TestOperator;
let adminContext: BrowserContext;
let console_: Page;
let seller: { id: string; email: string; cookie: string };
let storeName: string;

const newTitle = '先把邮箱验证好';

function totp(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
  }).generate({
    timestamp: clock.now().getTime(),
  });
}

/** Sign in at /admin/login as a person would: e-mail, password and the authenticator's code. */
async function signIn(
  page: Page,
  labels: { email: RegExp; password: RegExp; totp: RegExp; submit: RegExp },
) {
  await page.goto(`${server.url}/admin/login`);
  // Each code is accepted once: the next sign-in uses the next step's.
  clock.advance(30_000);
  await page.getByLabel(labels.email).fill(admin.email);
  await page.getByLabel(labels.password, { exact: true }).fill(admin.password);
  await page.getByLabel(labels.totp).fill(totp(admin.totpSecret));
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
}

beforeAll(async () => {
  // The operators' TOTP key file lives in DATA_DIR: one of this file's own.
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir } }),
    launchBrowser(),
  ]);
  admin = await insertOperator(server, ['admin'], 'growth.admin@kaidian.test');

  // A verified merchant with an active, published store and its deposit, and a few others.
  await insertMerchant(server, { email: 'first.seller@example.com' });
  await insertMerchant(server, { email: null, phone: '+8613700002222', locale: 'zh-CN' });
  const verified = await storeMerchant(server, { realName: 'Chen Jing' });
  await openStore(server, verified);
  const design = await designFor(server, verified, { name: 'Harbour Tea House' });
  storeName = design.name;
  await api(server, 'PUT', '/api/v1/me/store/design', { cookie: verified.cookie, body: design });
  await api(server, 'POST', '/api/v1/me/store/design/publish', { cookie: verified.cookie });
  await api(server, 'PUT', '/api/v1/me/business-profile', {
    cookie: verified.cookie,
    body: {
      industry: 'food',
      businessModel: 'manufacturer',
      experience: 'gt3y',
      platforms: ['1688', 'taobao'],
      targetMarkets: ['CN', 'SEA'],
      teamSize: '6-20',
    },
  });
  seller = verified;
  await insertMerchant(server, { email: 'last.seller@example.com' });
  // The directory lists them once their events are delivered and the inserted ones backfilled.
  await directoryCaughtUp(server);

  adminContext = await newContextWithLocale(browser, 'en-US');
  console_ = await adminContext.newPage();
});

afterAll(async () => {
  await adminContext?.close();
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('the console: growth plan and merchant directory', () => {
  it("an admin signs in, changes a task's Chinese title and sees it in the plan preview", async () => {
    await signIn(console_, {
      email: /e-mail/i,
      password: /^password$/i,
      totp: /authenticator code/i,
      submit: /sign in/i,
    });
    await console_.getByRole('navigation', { name: /console navigation/i }).waitFor();
    await console_.getByRole('link', { name: 'Growth plan' }).click();
    await console_.getByRole('heading', { level: 1, name: 'Growth plan' }).waitFor();

    await console_.getByRole('tab', { name: /^Tasks/ }).click();
    const row = console_.locator('tr[data-task="verify_email"]');
    await expect.poll(() => row.getByText('验证邮箱', { exact: true }).count()).toBe(1);
    await row.getByRole('button', { name: /^Edit/ }).click();
    const dialog = console_.getByRole('dialog', { name: 'Edit task verify_email' });
    const titleZh = dialog.getByLabel('Title (Chinese)');
    expect(await titleZh.inputValue()).toBe('验证邮箱');
    await titleZh.fill(newTitle);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByText(newTitle, { exact: true }).count()).toBe(1);

    await console_.getByRole('tab', { name: 'Preview' }).click();
    const preview = console_.getByTestId('growth-preview');
    const task = preview.locator('li[data-task="verify_email"]');
    await expect.poll(() => task.textContent()).toContain('Verify your e-mail address');
    await console_.getByLabel('Plan language').selectOption('zh-CN');
    await expect.poll(() => task.textContent()).toContain(newTitle);
    // The merchants' plans say the same: the preview is built by the server from the rules.
    const plan = await api(server, 'GET', '/api/v1/me/growth-plan', {
      cookie: seller.cookie,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(plan.json().tasks.find((t: { key: string }) => t.key === 'verify_email').title).toBe(
      newTitle,
    );
  });

  it('an admin finds a merchant in the directory by e-mail and opens it', async () => {
    await console_.getByRole('link', { name: 'Merchants' }).click();
    await console_.getByRole('heading', { level: 1, name: 'Merchants' }).waitFor();
    const table = console_.getByTestId('merchant-directory');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);

    await console_.getByLabel('Search').fill(seller.email.toUpperCase());
    await console_.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const row = table.locator(`tr[data-merchant="${seller.id}"]`);
    expect(await row.textContent()).toContain(seller.email);
    expect(await row.getByTestId('verification').textContent()).toContain('Verified');
    expect(await row.getByTestId('store').textContent()).toContain(storeName);
    expect(await row.getByTestId('deposit').textContent()).toMatch(/^¥[\d,]+\.\d\d$/);
    expect(new URL(console_.url()).searchParams.get('q')).toBe(seller.email.toUpperCase());

    await row.getByRole('link', { name: /Open Chen Jing/ }).click();
    const drawer = console_.getByTestId('merchant-detail');
    await drawer.getByRole('heading', { name: 'Chen Jing' }).waitFor();
    await expect.poll(() => drawer.textContent()).toContain('Harbour Tea House');
    expect(await drawer.textContent()).toContain('Manufacturer');
    expect(await drawer.getByRole('progressbar').getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    expect(new URL(console_.url()).searchParams.get('merchant')).toBe(seller.id);
    // The deposit statement says what each movement is for, in the reader's language.
    const statement = drawer.getByTestId('deposit-statement');
    await expect
      .poll(() => statement.textContent())
      .toContain('Store deposit (TEST MODE: no real money moved)');
    await console_.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('an admin names a rule in both languages, and each language reads its own', async () => {
    await console_.goto(`${server.url}/admin/growth?tab=rules`);
    const card = console_.locator('[data-rule="dropshipper"]');
    await expect.poll(() => card.locator('h3').textContent()).toBe('Dropshipper: suppliers');
    expect(await card.textContent()).toContain('代发商家：挑选供应商');
    await card.getByRole('button', { name: /^Edit/ }).click();
    const dialog = console_.getByRole('dialog', { name: 'Edit rule dropshipper' });
    const nameZh = dialog.getByLabel('Name (Chinese)');
    expect(await dialog.getByLabel('Name (English)').inputValue()).toBe('Dropshipper: suppliers');
    // Both names are required: an empty Chinese name is refused where it is typed.
    await nameZh.fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => nameZh.getAttribute('aria-invalid')).toBe('true');
    await nameZh.fill('代发商家：挑选可靠的供应商');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const cookie = (await adminContext.cookies()).find((c) => c.name === 'kd_admin');
    const chinese = await browser.newContext({ locale: 'zh-CN' });
    await chinese.addCookies([
      { name: 'kd_admin', value: cookie?.value ?? '', url: server.url },
      { name: 'lang', value: 'zh-CN', url: server.url },
    ]);
    const page = await chinese.newPage();
    await page.goto(`${server.url}/admin/growth?tab=rules`);
    const heading = page.locator('[data-rule="dropshipper"] h3');
    await expect.poll(() => heading.textContent()).toBe('代发商家：挑选可靠的供应商');
    await chinese.close();
  });

  it('the audit log names who tried to sign in, and shows amounts as money', async () => {
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
    await console_.goto(`${server.url}/admin/audit-log`);
    const log = console_.getByTestId('audit-log');
    const failed = log.locator('tr[data-action="operator.login_failed"]').first();
    await expect
      .poll(() => failed.getByTestId('audit-unknown-person').textContent())
      .toBe('Unknown person (signing in as Operator admin <growth.admin@kaidian.test>)');
    expect(await failed.textContent()).toContain('Wrong password');
    const confirmed = log.locator('tr[data-action="payment.confirmed"]').first();
    const changes = await confirmed.locator('.diff').textContent();
    expect(changes).toContain('Amount received¥3,980.00');
    expect(changes).toContain('Waiting for confirmation');
    expect(changes).not.toContain('{"amount"');
  });

  it('fits every screen, in both languages (screenshots with SCREENSHOT_DIR)', async () => {
    const cookie = (await adminContext.cookies()).find((c) => c.name === 'kd_admin');
    expect(cookie).toBeDefined();
    for (const language of ['en', 'zh-CN'] as const) {
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['phone', { width: 375, height: 800 }],
      ] as const) {
        const context = await browser.newContext({ locale: language, viewport });
        await context.addCookies([
          { name: 'kd_admin', value: cookie?.value ?? '', url: server.url },
          { name: 'lang', value: language, url: server.url },
        ]);
        const page = await context.newPage();
        const shot = async (name: string, fullPage = true) => {
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(
            overflow,
            `${name} (${language}, ${device}) is wider than the screen`,
          ).toBeLessThanOrEqual(0);
          if (screenshotDir) {
            await page.screenshot({
              path: path.join(screenshotDir, `console-${name}-${language}-${device}.png`),
              fullPage,
            });
          }
        };
        await page.goto(`${server.url}/admin/growth?tab=rules`);
        await page.getByTestId('growth-rules').waitFor();
        await shot('growth-rules');
        await page
          .locator('[data-rule="experienced_maker_scale_up"]')
          .getByRole('button')
          .first()
          .click();
        await page.getByTestId('condition-editor').waitFor();
        await shot('growth-rule-dialog', false);
        const ruleDialog = page.getByRole('dialog');
        await ruleDialog.getByTestId('task-keys').scrollIntoViewIfNeeded();
        await shot('growth-rule-dialog-tasks', false);
        // A test without values is refused by the server, and marked where it is.
        await ruleDialog.locator('.condition-group__add').last().click();
        await ruleDialog.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
        await ruleDialog.locator('.clause[data-invalid]').waitFor();
        await ruleDialog.locator('.clause[data-invalid]').scrollIntoViewIfNeeded();
        await shot('growth-rule-dialog-error', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/growth?tab=tasks`);
        await page.getByTestId('growth-tasks').waitFor();
        await shot('growth-tasks');
        await page.locator('tr[data-task="verify_email"]').getByRole('button').click();
        await page.getByRole('dialog').locator('input[name="titleZh"]').waitFor();
        await shot('growth-task-dialog', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/growth?tab=preview`);
        await page.getByTestId('growth-preview').locator('li').first().waitFor();
        await shot('growth-preview');
        await page.goto(`${server.url}/admin/merchants`);
        await page.getByTestId('merchant-directory').waitFor();
        await shot('merchants');
        await page.goto(`${server.url}/admin/merchants?merchant=${seller.id}`);
        await page.getByTestId('merchant-detail').getByRole('progressbar').waitFor();
        await shot('merchant-detail', false);
        await page.locator('.plan-tasks').scrollIntoViewIfNeeded();
        await shot('merchant-detail-growth', false);
        await page.getByTestId('merchant-detail').getByTestId('deposit-statement').waitFor();
        await page.getByTestId('deposit-statement').scrollIntoViewIfNeeded();
        await shot('merchant-detail-statement', false);
        await page.keyboard.press('Escape');
        await page.goto(`${server.url}/admin/audit-log`);
        await page.getByTestId('audit-log').waitFor();
        await shot('audit-log');
        await context.close();
      }
    }
  });
});
