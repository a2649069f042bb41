import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { signUpThroughApi } from '../support/browser-accounts.ts';
import { startTestServer } from '../support/server.ts';

// Screenshots of the account pages in both languages, on a desktop and a 375 px phone, for a
// person to look at: npm run screenshots (KAIDIAN_SCREENSHOTS=DIR, default /tmp/kaidian-screens)
const outDir = process.env.KAIDIAN_SCREENSHOTS ?? '/tmp/kaidian-screens';

const clock = new ManualClock(new Date());
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  if (!outDir) return;
  await mkdir(outDir, { recursive: true });
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const locales = [
  { name: 'en', locale: 'en-US' },
  { name: 'zh', locale: 'zh-CN' },
] as const;
const viewports = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 375, height: 740 } },
] as const;

describe('account pages, for a person to look at', () => {
  for (const { name: lang, locale } of locales) {
    for (const { name: device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        // A fresh minute for the per-IP code limits, and a merchant of this run's own.
        clock.advance(2 * 60_000);
        const context = await newContextWithLocale(browser, locale, { viewport: size });
        const page = await context.newPage();
        // The whole page, and for tall ones also slices of it that are legible at a glance.
        const shot = async (name: string, options: { screenOnly?: boolean } = {}) => {
          await page.waitForLoadState('networkidle');
          const file = path.join(outDir as string, `${lang}-${device}-${name}.png`);
          // A dialog is seen where it opens, over the screen the merchant was looking at.
          if (options.screenOnly) return void (await page.screenshot({ path: file }));
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: file, fullPage: true });
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          if (height <= 1400) return;
          for (let top = 0, part = 1; top < height; top += 1000, part += 1) {
            const clip = { x: 0, y: top, width: size.width, height: Math.min(1000, height - top) };
            await page.screenshot({
              path: file.replace('.png', `.${part}.png`),
              fullPage: true,
              clip,
            });
          }
        };
        const open = async (route: string, ready: (page: Page) => Promise<unknown>) => {
          await page.goto(`${server.url}${route}`);
          await ready(page);
        };
        const h1 = (p: Page) => p.getByRole('heading', { level: 1 }).waitFor();

        await open('/', h1);
        await shot('01-home');
        await open('/signup', h1);
        await shot('02-signup');
        await page.getByRole('button', { name: /Send verification code|获取验证码/ }).click();
        await shot('03-signup-errors');
        await page.locator('input[name=email]').fill(`new-${lang}-${device}@example.com`);
        await page.locator('input[name=password]').fill('correct-horse-battery');
        await page.locator('input[name=accountType][value=enterprise]').check();
        await page.getByRole('tab', { name: /Mobile number|手机号注册/ }).click();
        await shot('04-signup-phone');
        await page.getByRole('tab', { name: /E-mail|邮箱注册/ }).click();
        await page.getByRole('button', { name: /Send verification code|获取验证码/ }).click();
        await page.locator('input[name=code]').waitFor();
        await shot('05-signup-code');

        await open('/login', h1);
        await shot('06-login');
        await page.getByRole('tab', { name: /SMS code|短信验证码登录/ }).click();
        await shot('07-login-sms');
        await open('/forgot-password', h1);
        await shot('08-forgot');
        await page.locator('input[name=identifier]').fill(`nobody-${lang}-${device}@example.com`);
        await page.getByRole('button', { name: /Send code|获取验证码/ }).click();
        await page.locator('input[name=code]').waitFor();
        await shot('09-forgot-code');

        await signUpThroughApi(context.request, server.url, {
          email: `shop-${lang}-${device}@example.com`,
          password: 'correct-horse-battery',
        });
        await open('/dashboard', (p) => p.getByTestId('growth-tasks').waitFor());
        await shot('10-dashboard-new');
        if (device === 'phone') {
          await page.getByRole('button', { name: /Open menu|打开菜单/ }).click();
          await shot('11-menu');
        }

        await open('/profile', h1);
        await page.locator('select[name=industry]').selectOption('apparel');
        await page.locator('input[name=businessModel][value=retailer]').check();
        await shot('12-profile-step1');
        await page.getByRole('button', { name: /Next|下一步/ }).click();
        await page.locator('input[name=experience][value=none]').check();
        await page.locator('input[name=platforms][value=taobao]').check();
        await shot('13-profile-step2');
        await page.getByRole('button', { name: /Next|下一步/ }).click();
        await page.locator('input[name=targetMarkets][value=cn]').check();
        await page.locator('input[name=targetMarkets][value=southeast_asia]').check();
        await page.locator('input[name=teamSize][value="2-5"]').check();
        await shot('14-profile-step3');
        await page.getByRole('button', { name: /Build my plan|生成我的成长计划/ }).click();
        await page.getByTestId('growth-tasks').waitFor();
        await shot('15-profile-result');
        await open('/dashboard', (p) => p.getByTestId('growth-tasks').waitFor());
        await shot('16-dashboard');

        await open('/account', (p) => p.getByTestId('sessions').waitFor());
        await shot('17-account');
        clock.advance(11 * 60_000);
        await page.getByTestId('contact-phone').getByRole('button').first().click();
        await page.locator('input[name=newPhone]').fill('+86 138 0013 8000');
        await page
          .getByTestId('contact-phone')
          .getByRole('button', { name: /Send code|获取验证码/ })
          .click();
        await page.getByRole('dialog').waitFor();
        await shot('18-account-reauth', { screenOnly: true });
        await context.close();
      });
    }
  }
});
