import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { insertOperator, logInOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';

// The authenticator set-up an admin sees after creating an operator: the QR code (drawn from the
// qrcode package) beside the secret, in both languages, on a desktop and a 390 px phone.
// npm run screenshots (KAIDIAN_SCREENSHOTS=DIR, default /tmp/kaidian-screens)
const outDir = process.env.KAIDIAN_SCREENSHOTS ?? '/tmp/kaidian-screens';

const clock = new ManualClock(new Date());
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  await fs.mkdir(outDir, { recursive: true });
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  [server, browser] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

const cases = [
  { lang: 'en', locale: 'en-US', open: 'New operator', create: 'Create operator', role: 'Admin' },
  { lang: 'zh', locale: 'zh-CN', open: '新建运营人员', create: '创建运营人员', role: '管理员' },
] as const;
const viewports = [
  { device: 'desktop', size: { width: 1280, height: 800 } },
  { device: 'phone', size: { width: 390, height: 844 } },
] as const;

describe('the TOTP set-up of a new operator, for a person to look at', () => {
  for (const { lang, locale, open, create, role } of cases) {
    for (const { device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        const tag = `${lang}-${device}`;
        const admin = await insertOperator(server, ['admin'], `qr-${tag}@kaidian.test`);
        const context = await newContextWithLocale(browser, locale, { viewport: size });
        await addSessionCookie(context, server.url, await logInOperator(server, clock, admin));
        const page = await context.newPage();
        await page.goto(`${server.url}/admin/operators`);
        await page.getByRole('button', { name: open }).click();
        const dialog = page.getByRole('dialog');
        const inputs = dialog.locator('input:not([type=checkbox])');
        await inputs.nth(0).fill(`Operator ${tag}`);
        await inputs.nth(1).fill(`new-${tag}@kaidian.test`);
        await inputs.nth(2).fill('correct horse battery staple');
        await dialog
          .getByRole('checkbox', { name: new RegExp(role) })
          .first()
          .check();
        await dialog.getByRole('button', { name: create }).click();
        const qr = page.getByTestId('totp-qr');
        await qr.waitFor();
        // A version-appropriate symbol: 4 modules of quiet zone around 21 + 4k modules.
        const side = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
        expect((side - 8 - 21) % 4).toBe(0);
        await page.screenshot({ path: path.join(outDir, `${tag}-totp-qr.png`), fullPage: true });
        await context.close();
      });
    }
  }
});
