import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { signUpThroughApi } from '../support/browser-accounts.ts';
import { insertOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import {
  licenceImage,
  signInToConsole,
  USCC_WRONG_CHECK,
  VALID_RESIDENT_ID,
  VALID_USCC,
} from '../support/verification.ts';

// Screenshots of the verification pages and the operator console, in both languages, on a
// desktop and a 375 px phone, for a person to look at. Only runs when asked:
// npm run screenshots (KAIDIAN_SCREENSHOTS=DIR, default /tmp/kaidian-screens)
const outDir = process.env.KAIDIAN_SCREENSHOTS ?? '/tmp/kaidian-screens';

const clock = new ManualClock(new Date());
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let licence: string;

beforeAll(async () => {
  if (!outDir) return;
  await fs.mkdir(outDir, { recursive: true });
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser, licence] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir } }),
    launchBrowser(),
    licenceImage('jpeg'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  if (licence) await fs.rm(path.dirname(licence), { recursive: true, force: true });
});

const locales = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'zh', locale: 'zh-CN' },
] as const;
const viewports = [
  { device: 'desktop', size: { width: 1280, height: 800 } },
  { device: 'phone', size: { width: 375, height: 740 } },
] as const;

function shooter(page: Page, prefix: string, width: number) {
  return async (name: string) => {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(outDir as string, `${prefix}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= 1400) return;
    for (let top = 0, part = 1; top < height; top += 1000, part += 1) {
      const clip = { x: 0, y: top, width, height: Math.min(1000, height - top) };
      await page.screenshot({ path: file.replace('.png', `.${part}.png`), fullPage: true, clip });
    }
  };
}

describe('verification and console pages, for a person to look at', () => {
  for (const { lang, locale } of locales) {
    for (const { device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        clock.advance(2 * 60_000);
        const tag = `${lang}-${device}`;
        const zh = lang === 'zh';
        const admin = await insertOperator(
          server,
          ['admin', 'reviewer'],
          `admin-${tag}@kaidian.test`,
        );

        // A personal merchant's empty form, then an enterprise merchant through to approval.
        const personal: BrowserContext = await newContextWithLocale(browser, locale, {
          viewport: size,
        });
        const personalPage = await personal.newPage();
        await signUpThroughApi(personal.request, server.url, {
          email: `person-${tag}@example.com`,
          password: 'correct-horse-battery',
          accountType: 'personal',
          locale: zh ? 'zh-CN' : 'en',
        });
        await personalPage.goto(`${server.url}/verification`);
        await personalPage.getByTestId('verification-form').waitFor();
        const personalShot = shooter(personalPage, `${tag}-merchant`, size.width);
        await personalShot('01-personal-empty');
        await personalPage.locator('input[name=legalName]').fill(zh ? '张三' : 'Zhang San');
        await personalPage.locator('input[name=idNumber]').fill(VALID_RESIDENT_ID);
        await personalPage.locator('input[name=idLongTerm]').check();
        await personalPage.locator('input[type=file][name=id_front]').setInputFiles(licence);
        await personalPage.locator('[data-testid=upload-id_front][data-state=done]').waitFor();
        await personalPage.getByRole('button', { name: /Submit for review|提交审核/ }).click();
        await personalPage.locator('.field__error').first().waitFor();
        await personalShot('02-personal-missing-back');
        await personal.close();

        const context = await newContextWithLocale(browser, locale, { viewport: size });
        const page = await context.newPage();
        const shot = shooter(page, `${tag}-merchant`, size.width);
        // Plain brackets: the server stores names NFKC-normalised, so full-width ones would change.
        const company = zh ? `福州示例贸易有限公司 (${device})` : `Example Trading Ltd (${device})`;
        await signUpThroughApi(context.request, server.url, {
          email: `company-${tag}@example.com`,
          password: 'correct-horse-battery',
          accountType: 'enterprise',
          locale: zh ? 'zh-CN' : 'en',
        });
        await page.goto(`${server.url}/verification`);
        await page.getByTestId('verification-form').waitFor();
        await shot('03-enterprise-empty');
        await page.locator('input[name=companyName]').fill(company);
        await page.locator('input[name=registrationNumber]').fill(USCC_WRONG_CHECK);
        await page
          .locator('textarea[name=registeredAddress]')
          .fill(zh ? '福建省福州市鼓楼区示例路 1 号' : '1 Example Road, Gulou, Fuzhou, Fujian');
        await page.locator('input[name="legalRepresentative.name"]').fill(zh ? '李四' : 'Li Si');
        await page.locator('input[name="legalRepresentative.idNumber"]').fill(VALID_RESIDENT_ID);
        await page.locator('input[type=file][name=business_license]').setInputFiles(licence);
        await page.locator('[data-testid=upload-business_license][data-state=done]').waitFor();
        await page.getByRole('button', { name: /Submit for review|提交审核/ }).click();
        await page.locator('.field__error').first().waitFor();
        await shot('04-enterprise-server-error');
        await page.locator('input[name=registrationNumber]').fill(VALID_USCC);
        await page.getByRole('button', { name: /Submit for review|提交审核/ }).click();
        await page.locator('[data-testid=verification-status][data-status=pending]').waitFor();
        await shot('05-pending');

        // The console.
        const consoleContext = await newContextWithLocale(browser, locale, { viewport: size });
        const desk = await consoleContext.newPage();
        const deskShot = shooter(desk, `${tag}-console`, size.width);
        await desk.goto(`${server.url}/admin`);
        await desk.waitForURL(/\/admin\/login/);
        await desk.locator('input[name=email]').waitFor();
        await deskShot('01-login');
        await signInToConsole(desk, admin, clock, {
          email: /^(E-mail address|邮箱)$/,
          password: /^(Password|密码)$/,
          totp: /^(Authenticator code|身份验证器验证码)$/,
          submit: /^(Sign in|登录)$/,
        });
        await desk.waitForURL(`${server.url}/admin/verifications`);
        await desk.getByTestId('verification-queue').waitFor();
        await deskShot('02-queue');
        if (device === 'phone') {
          await desk.getByRole('button', { name: /Open menu|打开菜单/ }).click();
          await deskShot('03-menu');
          await desk.getByRole('button', { name: /Close menu|关闭菜单/ }).click();
        }
        await desk.getByRole('link', { name: company }).click();
        await desk.getByTestId('document-business_license').getByRole('img').waitFor();
        await deskShot('04-case');
        await desk.getByRole('tab', { name: /Request changes|要求修改/ }).click();
        await desk.locator('input[name=field][value=registeredAddress]').check();
        await desk.locator('input[name=field][value="documents.business_license"]').check();
        // Each ticked field gets a reason that fits it and its own note.
        await desk
          .locator('select[name="reason-registeredAddress"]')
          .selectOption('address_mismatch');
        await desk
          .locator('textarea[name="note-registeredAddress"]')
          .fill(zh ? '请填写到楼层和房间号。' : 'Include the floor and room.');
        await desk
          .locator('select[name="reason-documents.business_license"]')
          .selectOption('document_unreadable');
        await desk
          .locator('textarea[name=note]')
          .fill(
            zh
              ? '请填写营业执照上的完整地址，并上传更清晰的照片。'
              : 'Please give the full address and a sharper photo.',
          );
        await deskShot('05-case-request-changes');
        await desk.getByRole('button', { name: /Send request for changes|发送修改要求/ }).click();
        await desk.locator('.case-header [data-status=changes_requested]').waitFor();
        await deskShot('06-case-decided');

        await page.goto(`${server.url}/verification`);
        await page
          .locator('[data-testid=verification-status][data-status=changes_requested]')
          .waitFor();
        await shot('06-changes-requested');
        await page
          .locator('textarea[name=registeredAddress]')
          .fill(
            zh
              ? '福建省福州市鼓楼区示例路 1 号 8 层'
              : '8/F, 1 Example Road, Gulou, Fuzhou, Fujian',
          );
        await page.getByRole('button', { name: /Submit again|重新提交/ }).click();
        await page.locator('[data-testid=verification-status][data-status=pending]').waitFor();

        await desk.reload();
        await desk.locator('.case-header [data-status=pending]').waitFor();
        await deskShot('07-case-resubmitted');
        await desk.getByRole('tab', { name: /Reject|驳回/ }).click();
        await desk.locator('input[name=reason]').first().check();
        await deskShot('08-case-reject-tab');
        await desk.getByRole('tab', { name: /Approve|通过/ }).click();
        await desk.getByRole('button', { name: /Approve verification|通过认证/ }).click();
        await desk.locator('.case-header [data-status=approved]').waitFor();

        await page.goto(`${server.url}/verification`);
        await page.locator('[data-testid=verification-status][data-status=approved]').waitFor();
        await page.getByRole('banner').getByTestId('verified-badge').waitFor();
        await shot('07-approved');
        await page.getByRole('button', { name: /Change verified details|修改认证资料/ }).click();
        await shot('08-approved-change');

        await desk.goto(`${server.url}/admin/operators`);
        await desk.getByTestId('operators').waitFor();
        await deskShot('09-operators');
        await desk.getByRole('button', { name: /New operator|新建运营人员/ }).click();
        await desk.locator('input[name=name]').fill(zh ? '王五' : 'Wang Wu');
        await desk.locator('input[name=email]').fill(`new-${tag}@kaidian.test`);
        await desk.locator('input[name=password]').fill('correct horse battery staple');
        await deskShot('10-operator-new');
        await desk.getByRole('button', { name: /Create operator|创建运营人员/ }).click();
        await desk.getByTestId('totp-setup').waitFor();
        await deskShot('11-operator-totp');
        await desk.getByRole('button', { name: /^(Done|完成)$/ }).click();
        await desk
          .getByTestId(`operator-new-${tag}@kaidian.test`)
          .getByRole('button', { name: /Change roles|修改角色/ })
          .click();
        await deskShot('12-operator-roles');

        await desk.goto(`${server.url}/admin/audit-log`);
        await desk.getByTestId('audit-log').waitFor();
        await deskShot('13-audit-log');

        await context.close();
        await consoleContext.close();
      });
    }
  }
});
