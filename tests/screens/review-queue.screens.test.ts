import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { insertMerchant, insertOperator, logInOperator } from '../support/operators.ts';
import { startTestServer } from '../support/server.ts';
import { uploadImage } from '../support/stores.ts';
import { signInToConsole, VALID_RESIDENT_ID } from '../support/verification.ts';

// The review queue's status tabs and the menu badge with their counts, in both languages, on a
// desktop and a 390 px phone, for a person to look at.
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
  // Five identities: three waiting, one approved, one sent back for a change.
  const reviewer = await logInOperator(server, clock, await insertOperator(server, ['reviewer']));
  const names = ['王芳', 'Li Wei', '陈静', 'Zhang Min', '刘洋'];
  const ids: string[] = [];
  for (const legalName of names) {
    clock.advance(5 * 60_000);
    const merchant = await insertMerchant(server);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification',
      headers: { cookie: merchant.cookie },
      payload: {
        kind: 'personal',
        legalName,
        idType: 'cn_resident_id',
        idNumber: VALID_RESIDENT_ID,
        idExpiry: '2036-05-01',
        documents: [
          {
            type: 'id_front',
            uploadId: await uploadImage(server, merchant.cookie, 'kyc', 400, 250),
          },
          {
            type: 'id_back',
            uploadId: await uploadImage(server, merchant.cookie, 'kyc', 400, 250),
          },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    ids.push(response.json().id);
  }
  const decide = (id: string | undefined, payload: object) =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/admin/verifications/${id}/decision`,
      headers: { cookie: reviewer },
      payload,
    });
  expect((await decide(ids[0], { decision: 'approve' })).statusCode).toBe(200);
  const changes = await decide(ids[1], {
    decision: 'request_changes',
    reasons: [{ code: 'document_unreadable', field: 'documents.id_front' }],
  });
  expect(changes.statusCode, changes.body).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

const locales = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'zh', locale: 'zh-CN' },
] as const;
const viewports = [
  { device: 'desktop', size: { width: 1280, height: 800 } },
  { device: 'phone', size: { width: 390, height: 844 } },
] as const;

describe('the review queue with its counts, for a person to look at', () => {
  for (const { lang, locale } of locales) {
    for (const { device, size } of viewports) {
      it(`${lang} on a ${device}`, async () => {
        const tag = `${lang}-${device}`;
        const operator = await insertOperator(server, ['reviewer'], `queue-${tag}@kaidian.test`);
        const context = await newContextWithLocale(browser, locale, { viewport: size });
        const page = await context.newPage();
        const shot = async (name: string) => {
          await page.waitForLoadState('networkidle');
          await page.screenshot({
            path: path.join(outDir, `${tag}-queue-${name}.png`),
            fullPage: true,
          });
        };
        await page.goto(`${server.url}/admin`);
        await page.locator('input[name=email]').waitFor();
        await signInToConsole(page, operator, clock, {
          email: /^(E-mail address|邮箱)$/,
          password: /^(Password|密码)$/,
          totp: /^(Authenticator code|身份验证器验证码)$/,
          submit: /^(Sign in|登录)$/,
        });
        await page.getByTestId('verification-queue').waitFor();
        expect(await page.getByTestId('queue-count-pending').textContent()).toBe('3');
        expect(await page.getByTestId('queue-count-all').textContent()).toBe('5');
        await shot('01-pending');
        if (device === 'phone') {
          await page.getByRole('button', { name: /Open menu|打开菜单/ }).click();
        }
        const nav = page.getByRole('navigation', { name: /Console navigation|后台导航/ });
        // The menu names what waits; its accessible name reads "Review queue 3 waiting".
        await nav
          .getByRole('link', { name: /(Review queue 3 waiting|审核队列 3 条待处理)$/ })
          .waitFor();
        await shot('02-menu');
        if (device === 'phone') {
          await page.getByRole('button', { name: /Close menu|关闭菜单/ }).click();
        }
        await page.getByRole('tab', { name: /Changes requested|需修改|待修改/ }).click();
        await page.getByTestId('verification-queue').waitFor();
        await shot('03-changes-requested');
        await context.close();
      });
    }
  }
});
