import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { signUp } from '../support/accounts.ts';
import { ROOT_DIR } from '../support/app.ts';
import { launchBrowser, newContextWithLocale } from '../support/browser.ts';
import { directoryCaughtUp } from '../support/directory.ts';
import { logInOperator } from '../support/operators.ts';
import {
  type ForeignText,
  horizontalOverflow,
  type PageLanguage,
  readPageText,
  textSlips,
} from '../support/page-text-checks.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import {
  api,
  buyStore,
  designFor,
  enterBankAccount,
  offer,
  openStore,
  operatorCookie,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';
import { VALID_RESIDENT_ID } from '../support/verification.ts';

// Every page of the seller center, the console, the storefront and the development mailbox, in
// zh-CN and en, on a 1280 px desktop and a 390 px phone, with state that gives each one real
// content. Each is saved as screenshots/every-page/<page>-<lang>-<width>.png for a person to look
// at, and checked by machine: nothing sticks out sideways, no message key or English sentence on a
// Chinese page, no Chinese on an English one (but what people typed), no "1 payments", no "CN¥",
// every amount as "¥1,234.00". The test fails listing every page and check that failed.
//   npm run screenshots -- every-page
//   KAIDIAN_PAGES=store,admin-growth-zh-CN-390 … : only the shots whose name contains one of these

const outDir = path.join(ROOT_DIR, 'screenshots/every-page');
const only = (process.env.KAIDIAN_PAGES ?? '')
  .split(',')
  .map((part) => part.trim())
  .filter(Boolean);

const languages = [
  { lang: 'zh-CN', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
] as const;
const widths = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

// What the merchants of this test typed, in Chinese as a Chinese merchant would: it shows as
// typed on English pages too.
const typed = {
  storeName: '陈记茶铺',
  announcement: '春茶已到店，欢迎品尝。',
  about: '自 1982 年起的家庭茶园。',
  sellerName: '陈静',
  reviewingName: '王芳',
} as const;

/** Text that is not the interface's, on every page: shown as it was typed, in its own language. */
const everywhere: ForeignText[] = [
  {
    selector: '[lang]:not(html)',
    reason: 'text marked with its own language, e.g. the language switch naming 中文 in Chinese',
  },
  {
    selector: '.brand__mark',
    reason: 'the logo: 开 drawn as a picture, hidden from screen readers',
  },
  { text: typed.storeName, reason: "the seller's store name, as the seller typed it" },
  { text: typed.announcement, reason: "the seller's storefront announcement" },
  { text: typed.about, reason: "the seller's storefront introduction" },
  { text: typed.sellerName, reason: "the seller's real name, from the identity document" },
  { text: typed.reviewingName, reason: 'the legal name a merchant entered for review' },
];

type Who = 'visitor' | 'newcomer' | 'reviewing' | 'seller' | 'transfer' | 'operator';

interface ScreenPage {
  name: string;
  who: Who;
  path: (lang: PageLanguage) => string;
  /** What to do on the page before it is looked at (open a tab, the menu). */
  before?: (page: Page, lang: PageLanguage) => Promise<void>;
  phoneOnly?: boolean;
  /** Not an interface page with one heading (a server-rendered list, a preview). */
  noHeading?: boolean;
  foreign?: ForeignText[];
}

const clock = new ManualClock(new Date());
let dataDir: string;
let server: TestServer;
let browser: Browser;
const cookies = {} as Record<Exclude<Who, 'visitor'>, string>;
const seeded = { caseId: '', slug: '', sellerId: '', message: { en: '', 'zh-CN': '' } };

const at = (fixed: string) => () => fixed;
const tab = (name: RegExp) => async (page: Page) => {
  await page.getByRole('tab', { name }).click();
};
const openMenu = async (page: Page) => {
  await page.getByRole('button', { name: /^(Open menu|打开菜单)$/ }).click();
};

const pages: ScreenPage[] = [
  // The seller center for visitors.
  { name: 'home', who: 'visitor', path: at('/') },
  { name: 'login', who: 'visitor', path: at('/login') },
  { name: 'signup', who: 'visitor', path: at('/signup') },
  { name: 'forgot-password', who: 'visitor', path: at('/forgot-password') },
  { name: 'products', who: 'visitor', path: at('/products') },
  { name: 'orders', who: 'visitor', path: at('/orders') },
  { name: 'not-found', who: 'visitor', path: at('/no-such-page') },
  { name: 'home-menu', who: 'visitor', path: at('/'), before: openMenu, phoneOnly: true },
  // A merchant who has just signed up.
  { name: 'dashboard-new', who: 'newcomer', path: at('/dashboard') },
  { name: 'account-new', who: 'newcomer', path: at('/account') },
  { name: 'profile-new', who: 'newcomer', path: at('/profile') },
  { name: 'verification-new', who: 'newcomer', path: at('/verification') },
  { name: 'store-new', who: 'newcomer', path: at('/store') },
  { name: 'store-design-new', who: 'newcomer', path: at('/store/design') },
  { name: 'store-deposit-new', who: 'newcomer', path: at('/store/deposit') },
  // A merchant whose identity is in review.
  { name: 'dashboard-reviewing', who: 'reviewing', path: at('/dashboard') },
  { name: 'verification-reviewing', who: 'reviewing', path: at('/verification') },
  // A verified merchant with an open store, its design published and its deposit paid.
  { name: 'dashboard-seller', who: 'seller', path: at('/dashboard') },
  { name: 'account-seller', who: 'seller', path: at('/account') },
  { name: 'profile-seller', who: 'seller', path: at('/profile') },
  { name: 'business-profile-seller', who: 'seller', path: at('/account/business-profile') },
  { name: 'verification-approved', who: 'seller', path: at('/verification') },
  { name: 'account-verification-approved', who: 'seller', path: at('/account/verification') },
  { name: 'store-open', who: 'seller', path: at('/store') },
  {
    name: 'store-design',
    who: 'seller',
    path: at('/store/design'),
    foreign: [{ text: '“官方”', reason: 'the name rules quote the reserved Chinese word itself' }],
  },
  { name: 'store-deposit', who: 'seller', path: at('/store/deposit') },
  { name: 'products-seller', who: 'seller', path: at('/products') },
  { name: 'orders-seller', who: 'seller', path: at('/orders') },
  { name: 'seller-menu', who: 'seller', path: at('/dashboard'), before: openMenu, phoneOnly: true },
  // A verified merchant whose bank transfer finance has not confirmed yet.
  { name: 'store-transfer-pending', who: 'transfer', path: at('/store') },
  { name: 'store-deposit-pending', who: 'transfer', path: at('/store/deposit') },
  // The console, for an operator with every role.
  { name: 'admin-login', who: 'visitor', path: at('/admin/login') },
  { name: 'admin-home', who: 'operator', path: at('/admin') },
  { name: 'admin-verifications', who: 'operator', path: at('/admin/verifications') },
  {
    name: 'admin-verifications-all',
    who: 'operator',
    path: at('/admin/verifications'),
    before: tab(/^(All|全部)/),
  },
  {
    name: 'admin-verification-case',
    who: 'operator',
    path: () => `/admin/verifications/${seeded.caseId}`,
  },
  { name: 'admin-operators', who: 'operator', path: at('/admin/operators') },
  { name: 'admin-merchants', who: 'operator', path: at('/admin/merchants') },
  {
    name: 'admin-merchant-drawer',
    who: 'operator',
    path: () => `/admin/merchants?merchant=${seeded.sellerId}`,
  },
  {
    name: 'admin-growth',
    who: 'operator',
    path: at('/admin/growth'),
    foreign: [
      {
        selector: '[data-rule] h3 + span:not(:has(.mono))',
        reason: "under each rule's name, its name in the other language, as operators wrote it",
      },
    ],
  },
  {
    name: 'admin-growth-tasks',
    who: 'operator',
    path: at('/admin/growth'),
    before: tab(/^(Tasks|任务)/),
    foreign: [
      {
        selector: '[data-task] td > [lang]',
        reason: "under each task's title, its title in the other language, as operators wrote it",
      },
    ],
  },
  {
    name: 'admin-growth-preview',
    who: 'operator',
    path: at('/admin/growth'),
    before: tab(/^(Preview|预览)$/),
  },
  { name: 'admin-deposits', who: 'operator', path: at('/admin/deposits') },
  { name: 'admin-audit-log', who: 'operator', path: at('/admin/audit-log') },
  { name: 'admin-payments', who: 'operator', path: at('/admin/payments') },
  {
    name: 'admin-store-types',
    who: 'operator',
    path: at('/admin/store-types'),
  },
  { name: 'admin-payment-settings', who: 'operator', path: at('/admin/payment-settings') },
  { name: 'admin-settings', who: 'operator', path: at('/admin/settings') },
  { name: 'admin-not-found', who: 'operator', path: at('/admin/no-such-page') },
  { name: 'admin-menu', who: 'operator', path: at('/admin'), before: openMenu, phoneOnly: true },
  // Server-rendered pages.
  { name: 'storefront', who: 'visitor', path: () => `/s/${seeded.slug}` },
  {
    name: 'storefront-preview',
    who: 'seller',
    path: at('/api/v1/me/store/design/preview'),
  },
  { name: 'storefront-not-found', who: 'visitor', path: at('/s/no-such-store') },
  {
    name: 'dev-mailbox',
    who: 'visitor',
    path: at('/dev/mailbox'),
    noHeading: true,
    foreign: [
      {
        selector: '[data-testid="mailbox-list"] li',
        reason: 'each message is in the language of the person it was sent to',
      },
    ],
  },
  // One message in the page's language: the message is the merchant's, the page around it ours.
  {
    name: 'dev-mailbox-message',
    who: 'visitor',
    path: (lang) => `/dev/mailbox/${seeded.message[lang]}`,
    foreign: [
      { text: 'Kaidian 开店', reason: 'e-mails sign with the bilingual brand (email-layout.ts)' },
    ],
  },
  {
    name: 'dev-mailbox-not-found',
    who: 'visitor',
    path: at('/dev/mailbox/00000000-0000-4000-8000-000000000000'),
  },
];

beforeAll(async () => {
  await fs.mkdir(outDir, { recursive: true });
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  const webDir = await snapshotWebBuild(path.join(dataDir, 'web'));
  [server, browser] = await Promise.all([
    startTestServer({ clock, env: { DATA_DIR: dataDir }, webDir }),
    launchBrowser(),
  ]);
  await seed();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

/**
 * A copy of the built web app, taken whole: the pages are looked at for minutes, and a rebuild of
 * dist/web meanwhile (another test run) would replace the assets the served index.html names.
 */
async function snapshotWebBuild(into: string): Promise<string> {
  const built = path.join(ROOT_DIR, 'dist/web');
  for (let attempt = 1; ; attempt += 1) {
    await fs.rm(into, { recursive: true, force: true });
    await fs.cp(built, into, { recursive: true });
    const index = await fs.readFile(path.join(into, 'index.html'), 'utf8');
    const assets = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    const present = await Promise.all(
      assets.map((asset) =>
        fs.access(path.join(into, asset)).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (present.every(Boolean)) return into;
    if (attempt >= 10) throw new Error('dist/web kept changing while it was copied');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
}

async function seed(): Promise<void> {
  // The platform takes bank transfers; an operator holds every role and signs in once (audit).
  await enterBankAccount(server);
  const operator = await operatorCookie(server, ['admin', 'reviewer', 'finance']);
  cookies.operator = await logInOperator(server, clock, operator);

  // Two sign-ups, one in each language: their codes are the mailbox's messages.
  const newcomer = await signUp(server, { email: 'newcomer@example.com', locale: 'en' });
  cookies.newcomer = `kd_session=${newcomer.session}`;
  const reviewing = await signUp(server, { email: 'wang.fang@example.com', locale: 'zh-CN' });
  cookies.reviewing = `kd_session=${reviewing.session}`;
  for (const [lang, address] of [
    ['en', newcomer.address],
    ['zh-CN', reviewing.address],
  ] as const) {
    const messages = await api(server, 'GET', `/api/v1/dev/messages?to=${address}`);
    seeded.message[lang] = messages.json()[0].id;
  }
  const submitted = await api(server, 'POST', '/api/v1/me/verification', {
    cookie: cookies.reviewing,
    body: {
      kind: 'personal',
      legalName: typed.reviewingName,
      idType: 'cn_resident_id',
      idNumber: VALID_RESIDENT_ID,
      idExpiry: '2036-05-01',
      documents: [
        {
          type: 'id_front',
          uploadId: await uploadImage(server, cookies.reviewing, 'kyc', 400, 250),
        },
        {
          type: 'id_back',
          uploadId: await uploadImage(server, cookies.reviewing, 'kyc', 400, 250),
        },
      ],
    },
  });
  expect(submitted.statusCode, submitted.body).toBe(201);
  seeded.caseId = submitted.json().id;

  // A verified seller: store paid in the sandbox, design published, business profile answered.
  const seller = await storeMerchant(server, { realName: typed.sellerName, locale: 'zh-CN' });
  cookies.seller = seller.cookie;
  seeded.sellerId = seller.id;
  await openStore(server, seller);
  const design = await designFor(server, seller, {
    name: typed.storeName,
    announcement: typed.announcement,
    about: typed.about,
  });
  const saved = await api(server, 'PUT', '/api/v1/me/store/design', {
    cookie: seller.cookie,
    body: design,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const published = await api(server, 'POST', '/api/v1/me/store/design/publish', {
    cookie: seller.cookie,
  });
  expect(published.statusCode, published.body).toBe(200);
  seeded.slug = published.json().slug;
  const profile = await api(server, 'PUT', '/api/v1/me/business-profile', {
    cookie: seller.cookie,
    body: {
      industry: 'food',
      businessModel: 'manufacturer',
      experience: 'gt3y',
      platforms: ['1688', 'taobao'],
      targetMarkets: ['CN', 'SEA'],
      teamSize: '6-20',
    },
  });
  expect(profile.statusCode, profile.body).toBe(200);

  // A verified merchant who chose bank transfer: the payment waits for finance.
  const transfer = await storeMerchant(server, { realName: 'Zhang Min' });
  cookies.transfer = transfer.cookie;
  await buyStore(server, transfer, await offer(server, 'personal', 'standard'), 'offline');

  // The directory lists every merchant once their events are delivered.
  await directoryCaughtUp(server);
}

/** Wait until the page shows its content: loaded, its heading there, no spinner left. */
async function settle(page: Page, screen: ScreenPage, slips: string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (!screen.noHeading) {
    await page
      .locator('h1')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => slips.push('no heading (h1) within 15 s'));
  }
  await page
    .locator('.loading, [aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => slips.push('still loading after 15 s'));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

describe('every page, in both languages, on a desktop and a phone', () => {
  for (const { lang, locale } of languages) {
    for (const size of widths) {
      const chosen = pages.filter(
        (screen) =>
          (!screen.phoneOnly || size.width < 600) &&
          (only.length === 0 ||
            only.some((part) => `${screen.name}-${lang}-${size.width}`.includes(part))),
      );
      it.runIf(chosen.length > 0)(
        `${lang} at ${size.width} px: ${chosen.length} pages`,
        async () => {
          const failures: string[] = [];
          const contexts = new Map<Who, BrowserContext>();
          const contextOf = async (who: Who) => {
            let context = contexts.get(who);
            if (!context) {
              context = await newContextWithLocale(browser, locale, { viewport: size });
              await context.addCookies([{ name: 'lang', value: lang, url: server.url }]);
              if (who !== 'visitor') await addSessionCookie(context, server.url, cookies[who]);
              contexts.set(who, context);
            }
            return context;
          };
          for (const screen of chosen) {
            const shot = `${screen.name}-${lang}-${size.width}`;
            const page = await (await contextOf(screen.who)).newPage();
            const slips: string[] = [];
            page.setDefaultTimeout(10_000);
            page.on('pageerror', (error) => slips.push(`script error: ${error.message}`));
            // A page asks only for what it needs: no 401 or 404 on the way (the page itself
            // may be a 404, and says so).
            page.on('response', (response) => {
              const request = response.request();
              if (response.status() >= 400 && request.resourceType() !== 'document') {
                const url = new URL(response.url());
                slips.push(
                  `${request.method()} ${url.pathname}${url.search} answered ${response.status()}`,
                );
              }
            });
            page.on('console', (message) => {
              if (
                message.type() === 'error' &&
                !message.text().startsWith('Failed to load resource')
              ) {
                slips.push(`console error: ${message.text()}`);
              }
            });
            try {
              await page.goto(`${server.url}${screen.path(lang)}`);
              await settle(page, screen, slips);
              if (screen.before) {
                await screen.before(page, lang);
                await settle(page, { ...screen, noHeading: true }, slips);
              }
              const overflow = await horizontalOverflow(page);
              if (overflow > 1) slips.push(`scrolls sideways by ${overflow} px`);
              const foreign = [...everywhere, ...(screen.foreign ?? [])];
              slips.push(...textSlips(await readPageText(page, foreign), lang, foreign));
              await page.evaluate(() => window.scrollTo(0, 0));
              await page.screenshot({ path: path.join(outDir, `${shot}.png`), fullPage: true });
            } catch (error) {
              slips.push(`could not be shown: ${(error as Error).message.split('\n')[0]}`);
            } finally {
              await page.close();
            }
            failures.push(...slips.map((slip) => `${shot}: ${slip}`));
          }
          for (const context of contexts.values()) await context.close();
          expect(failures, `\n${failures.join('\n')}\n`).toEqual([]);
        },
        20 * 60_000,
      );
    }
  }
});
