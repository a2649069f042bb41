import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { multipartBody } from '../support/multipart.ts';
import { insertMerchant, insertOperator } from '../support/operators.ts';
import { plainPdf } from '../support/pdf.ts';
import { startTestServer } from '../support/server.ts';
import { signInToConsole, VALID_RESIDENT_ID, VALID_USCC } from '../support/verification.ts';

// A PDF business licence as the merchant and the reviewer see it: a download, never rendered
// inside the app. npm run screenshots (KAIDIAN_SCREENSHOTS=DIR, default /tmp/kaidian-screens)
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
  { lang: 'en', locale: 'en-US', width: 1280 },
  { lang: 'en', locale: 'en-US', width: 390 },
  { lang: 'zh', locale: 'zh-CN', width: 1280 },
  { lang: 'zh', locale: 'zh-CN', width: 390 },
] as const;

describe('a PDF licence, for a person to look at', () => {
  for (const { lang, locale, width } of cases) {
    it(`${lang} at ${width} px`, async () => {
      const tag = `${lang}-${width}`;
      const merchant = await insertMerchant(server, { accountType: 'enterprise' });
      const body = multipartBody(
        { purpose: 'kyc' },
        { filename: 'licence.pdf', contentType: 'application/pdf', data: await plainPdf() },
      );
      const uploaded = await server.app.inject({
        method: 'POST',
        url: '/api/v1/uploads',
        headers: { ...body.headers, cookie: merchant.cookie },
        payload: body.payload,
      });
      const submitted = await server.app.inject({
        method: 'POST',
        url: '/api/v1/me/verification',
        headers: { cookie: merchant.cookie },
        payload: {
          kind: 'enterprise',
          companyName: `Example Trading Ltd ${tag}`,
          country: 'CN',
          registrationNumber: VALID_USCC,
          legalRepresentative: { name: 'Li Si', idNumber: VALID_RESIDENT_ID },
          registeredAddress: '1 Example Road, Gulou, Fuzhou, Fujian',
          documents: [{ type: 'business_license', uploadId: uploaded.json().id }],
        },
      });
      if (submitted.statusCode !== 201) throw new Error(submitted.body);
      const viewport = { width, height: 800 };

      const merchantContext = await newContextWithLocale(browser, locale, { viewport });
      await merchantContext.addCookies([
        { name: 'kd_session', value: merchant.cookie.split('=')[1] as string, url: server.url },
      ]);
      const merchantPage = await merchantContext.newPage();
      await merchantPage.goto(`${server.url}/verification`);
      await merchantPage.locator('.document-thumb').first().waitFor();
      await merchantPage.screenshot({
        path: path.join(outDir, `pdf-${tag}-merchant.png`),
        fullPage: true,
      });
      await merchantContext.close();

      const operator = await insertOperator(server, ['reviewer'], `pdf-${tag}@kaidian.test`);
      const deskContext = await newContextWithLocale(browser, locale, { viewport });
      const desk = await deskContext.newPage();
      await desk.goto(`${server.url}/admin/login`);
      await signInToConsole(desk, operator, clock, {
        email: /^(E-mail address|邮箱)$/,
        password: /^(Password|密码)$/,
        totp: /^(Authenticator code|身份验证器验证码)$/,
        submit: /^(Sign in|登录)$/,
      });
      await desk.waitForURL(/\/admin\/verifications/);
      await desk.goto(`${server.url}/admin/verifications/${submitted.json().id}`);
      const document = desk.getByTestId('document-business_license');
      await document.locator('.case-document__pdf').waitFor();
      await document.scrollIntoViewIfNeeded();
      await desk.screenshot({ path: path.join(outDir, `pdf-${tag}-console.png`) });
      await document.screenshot({ path: path.join(outDir, `pdf-${tag}-console-document.png`) });
      await deskContext.close();
    });
  }
});
