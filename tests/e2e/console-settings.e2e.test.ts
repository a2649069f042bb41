import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { operatorCookie } from '../support/stores.ts';

// The console's Settings page (SPEC §9): an admin finds Settings in the navigation, changes the
// code resend window in a dialog (a value out of range is refused first), a merchant's next code
// request follows the new window, the change is in the audit log, and the default comes back with
// one click. Every view fits a desktop and a 390 px phone in both languages; with SCREENSHOT_DIR
// set each one is saved there.

const screenshotDir = process.env.SCREENSHOT_DIR;
const RESEND = 'codes.resend_after_seconds';
let dataDir: string;
let server: TestServer;
let browser: Browser;
let admin: { id: string; cookie: string };

async function consolePage(language: 'en' | 'zh-CN', viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ locale: language, viewport });
  await context.addCookies([
    { name: 'kd_admin', value: admin.cookie.replace('kd_admin=', ''), url: server.url },
    { name: 'lang', value: language, url: server.url },
  ]);
  return context.newPage();
}

async function fitsAndShoot(page: Page, name: string, fullPage = true) {
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  if (screenshotDir) {
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
  }
}

const requestSignupCode = async () =>
  (
    await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        email: `seller-${Date.now()}@example.com`,
        password: 'lantern-copper-meadow-42',
        accountType: 'personal',
      },
    })
  ).json().resendAfterSeconds;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser] = await Promise.all([
    startTestServer({ env: { DATA_DIR: dataDir } }),
    launchBrowser(),
  ]);
  admin = await operatorCookie(server, ['admin']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('console settings', () => {
  it('an admin changes the code resend window, and it applies at once', async () => {
    const page = await consolePage('zh-CN');
    await page.goto(`${server.url}/admin`);
    await page.getByRole('link', { name: '平台设置' }).first().click();
    await page.waitForURL(/\/admin\/settings$/);
    const row = page.getByTestId(`setting-${RESEND}`);
    await expect.poll(() => row.getByTestId('setting-value').textContent()).toBe('60 秒');

    await row.getByRole('button', { name: '修改' }).click();
    const dialog = page.getByRole('dialog');
    const input = dialog.getByLabel('新数值');
    await input.fill('5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.textContent()).toContain('请输入 10 至 3600 之间的整数');

    await input.fill('120');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('setting-value').textContent()).toBe('120 秒');
    await expect.poll(() => row.textContent()).toContain('修改于');
    expect(await requestSignupCode()).toBe(120);

    const log = await server.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-log?action=setting.changed&targetId=${RESEND}`,
      headers: { cookie: admin.cookie },
    });
    expect(log.json().entries[0]).toMatchObject({
      actor: { id: admin.id },
      before: { value: 60 },
      after: { value: 120 },
    });
    await page.context().close();
  });

  it('fits every screen in both languages, dialog included', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        const page = await consolePage(language, viewport);
        await page.goto(`${server.url}/admin/settings`);
        await page.getByTestId('settings').waitFor();
        await fitsAndShoot(page, `console-settings-${language}-${device}`);
        await page
          .getByTestId(`setting-${RESEND}`)
          .getByRole('button', { name: language === 'en' ? 'Edit' : '修改' })
          .click();
        await page.getByRole('dialog').waitFor();
        // The modal covers the screen, not the page: a screenshot of what is seen.
        await fitsAndShoot(page, `console-settings-dialog-${language}-${device}`, false);
        await page.context().close();
      }
    }
  });

  it('puts the default back with one click', async () => {
    const page = await consolePage('en');
    await page.goto(`${server.url}/admin/settings`);
    const row = page.getByTestId(`setting-${RESEND}`);
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reset to default' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('setting-value').textContent()).toBe('60 seconds');
    expect(await requestSignupCode()).toBe(60);
    await page.context().close();
  });
});
