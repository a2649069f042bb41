import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, designFor, openStore } from '../support/stores.ts';
import { expect, storeName, test } from './fixtures.ts';

// Every kind of page under the security headers, in a real Chromium: nothing the pages need is
// blocked by the CSP (seller center, console, design preview, storefront, mailbox, API docs);
// with DEV_MAILBOX=on on a non-loopback HOST each carries the warning, in both languages and at
// phone width (SCREENSHOT_DIR saves them); and the console's 404 leads somewhere the operator may go.

const screenshotDir = process.env.SCREENSHOT_DIR;
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

// As an operator who set DEV_MAILBOX=on to try Kaidian on a LAN address would run it.
test.use({ serverOptions: { clock: 'manual', env: { HOST: '0.0.0.0', DEV_MAILBOX: 'on' } } });

// Every CSP violation a page runs into, and page errors (which a block causes), are recorded.
// Init scripts come from the browser, not the page, so the page's CSP does not apply to them.
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

async function violationsOf(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  // The design page's preview is a frame with violations of its own.
  const inFrames = await Promise.all(
    page
      .frames()
      .filter((frame) => frame !== page.mainFrame())
      .map((frame) =>
        frame.evaluate(
          () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        ),
      ),
  );
  return [...inPage, ...inFrames.flat()];
}

type Visitor = 'visitor' | 'merchant' | 'merchant with a store' | 'admin';

const pages: { name: string; path: string; as: Visitor; ready: string }[] = [
  { name: 'sign-in', path: '/login', as: 'visitor', ready: 'form' },
  { name: 'dashboard', path: '/dashboard', as: 'merchant', ready: 'main' },
  {
    name: 'design',
    path: '/store/design',
    as: 'merchant with a store',
    ready: '[data-testid="design-preview"]',
  },
  { name: 'console', path: '/admin/operators', as: 'admin', ready: 'main h1' },
  { name: 'storefront', path: '/s/:slug', as: 'merchant with a store', ready: '.sf' },
  { name: 'mailbox', path: '/dev/mailbox', as: 'visitor', ready: 'main' },
];

for (const language of ['en', 'zh-CN'] as const) {
  for (const viewport of ['desktop', 'phone'] as const) {
    test.describe(`pages under the security headers (${language}, ${viewport})`, () => {
      test.use({ locale: language, viewport: viewports[viewport] });

      for (const target of pages) {
        test(`${target.name} runs without CSP violations and shows the mailbox warning`, async ({
          page,
          server,
          verifiedMerchant,
          operator,
        }) => {
          let url = target.path;
          if (target.as === 'merchant') await verifiedMerchant({ realName: 'Chen Jing' });
          if (target.as === 'admin') await operator(['admin']);
          if (target.as === 'merchant with a store') {
            const merchant = await verifiedMerchant({ realName: 'Chen Jing' });
            await openStore(server, merchant);
            const saved = await api(server, 'PUT', '/api/v1/me/store/design', {
              cookie: merchant.cookie,
              body: await designFor(server, merchant, { name: storeName('Harbour Tea House') }),
            });
            expect(saved.statusCode, saved.body).toBe(200);
            const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
              cookie: merchant.cookie,
            });
            expect(published.statusCode, published.body).toBe(200);
            url = url.replace(':slug', published.json().slug);
          }
          const problems = watchProblems(page);
          await page.goto(`${server.url}${url}`);
          await expect(page.locator(target.ready).first()).toBeVisible();
          if (target.name === 'design') {
            // The preview frame must load (frame-ancestors 'self'), with its inline styles.
            const frame = page.frameLocator('[data-testid="design-preview"]');
            await expect(frame.locator('.sf').first()).toBeVisible();
          }
          const notice = page.getByTestId('dev-mailbox-notice').first();
          await expect(notice).toBeVisible();
          await expect(notice).toContainText(
            language === 'en' ? 'Development mailbox on' : '开发邮箱已开启',
          );
          // The warning must not push the page wider than the screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(1);
          if (screenshotDir) {
            await page.screenshot({
              path: path.join(screenshotDir, `security-${target.name}-${language}-${viewport}.png`),
            });
          }
          expect(await violationsOf(page)).toEqual([]);
          expect(problems).toEqual([]);
        });
      }
    });
  }
}

test('the API docs render in Chromium under their policy', async ({ page, server }) => {
  const problems = watchProblems(page);
  await page.goto(`${server.url}/api/docs`);
  await expect(page.locator('.swagger-ui .info .title')).toContainText('Kaidian API');
  await expect(page.locator('.opblock').first()).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the console's 404 offers an admin without the reviewer role their own first page, which opens", async ({
  page,
  server,
  operator,
}) => {
  await operator(['admin']);
  await page.goto(`${server.url}/admin/no-such-page`);
  const back = page.getByRole('link', { name: 'Go to my console home' });
  await expect(back).toHaveAttribute('href', '/admin/operators');
  await back.click();
  await expect(page).toHaveURL(`${server.url}/admin/operators`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('console-forbidden')).toHaveCount(0);
});
