import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base } from '@playwright/test';
import { ManualClock, systemClock } from '../../src/server/clock.ts';
import { rateLimitCounters } from '../../src/server/http/rate-limit.ts';
import type { OperatorRole } from '../../src/server/modules/operators/index.ts';
import { freshEmail } from '../support/accounts.ts';
import { type NewMerchant, signUpThroughApi } from '../support/browser-accounts.ts';
import type { TestOperator } from '../support/operators.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addSessionCookie } from '../support/store-browser.ts';
import {
  type MerchantSetup,
  operatorCookie,
  type StoreMerchant,
  storeMerchant,
} from '../support/stores.ts';

export { expect } from '@playwright/test';

// The browser journeys' fixtures: one server per worker (the real app listening, its outbox
// worker running, on a database of its own), and per test the state the journey starts from,
// made through the same helpers the integration tests use. Locale and viewport come from
// `test.use({ locale, viewport })`; every test has a fresh browser context (no cookies).

export interface ServerOptions {
  /** 'manual': the server's clock stands still until the test moves it (TOTP steps, expiry). */
  clock?: 'system' | 'manual';
  /** Environment the server is configured from, on top of a DATA_DIR of its own. */
  env?: Record<string, string>;
  /**
   * A name: the files giving it have a server no other file uses, for journeys that change what
   * every merchant sees (the growth plan's tasks and rules). The name alone makes it a new worker.
   */
  isolated?: string;
}

export type SignedUpMerchant = Required<Pick<NewMerchant, 'email' | 'password'>> & NewMerchant;
export type SignedInOperator = TestOperator & { cookie: string };

interface WorkerFixtures {
  /** Which server the file needs; files asking for different ones run in different workers. */
  serverOptions: ServerOptions;
  server: TestServer;
  /** The server's clock, with `serverOptions: { clock: 'manual' }`. */
  clock: ManualClock;
}

interface TestFixtures {
  /** Sign the test's browser context in with a session cookie (kd_session=… or kd_admin=…). */
  signInWith: (cookie: string) => Promise<void>;
  /**
   * A merchant signed up through the API with the code from the dev mailbox, its session cookie
   * in the test's context; a fresh e-mail address unless one is given.
   */
  signUp: (merchant?: Partial<NewMerchant>) => Promise<SignedUpMerchant>;
  /**
   * A merchant made straight in the database, by default with e-mail and phone verified, a real
   * name and an approved identity (stores.ts), signed in in the test's context.
   */
  verifiedMerchant: (setup?: MerchantSetup) => Promise<StoreMerchant>;
  /** An operator with these roles; signed in in the test's context unless `signedIn: false`. */
  operator: (roles: OperatorRole[], options?: { signedIn?: boolean }) => Promise<SignedInOperator>;
  /**
   * Another browser context (a second person: the merchant while the test's page is the
   * operator's), closed with the test. Its own locale and viewport; no cookies.
   */
  openContext: (options?: {
    locale?: string;
    viewport?: { width: number; height: number };
  }) => Promise<BrowserContext>;
  /** The site's language cookie, as the language switch sets it. */
  languageCookie: (language: 'en' | 'zh-CN', context?: BrowserContext) => Promise<void>;
  /**
   * A server of the test's own, as a fresh installation is (no operator yet, so the first one
   * created gets every role), with a clock that stands still; closed with the test.
   */
  freshInstallation: { server: TestServer; clock: ManualClock };
  /** Rate-limit counters are per test: every journey comes from the same 127.0.0.1. */
  freshRateLimits: undefined;
}

/** The app listening, on a database and a DATA_DIR (the operators' TOTP key) of its own. */
async function startServer(options: ServerOptions): Promise<TestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  const clock = options.clock === 'manual' ? new ManualClock(new Date()) : systemClock;
  const server = await startTestServer({ clock, env: { DATA_DIR: dataDir, ...options.env } });
  return {
    ...server,
    async close() {
      await server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The merchant locale matching the browser's: Chinese for a zh-* browser, else English. */
function merchantLocale(browserLocale: string | undefined): 'en' | 'zh-CN' {
  return browserLocale?.startsWith('zh') ? 'zh-CN' : 'en';
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  serverOptions: [{}, { scope: 'worker', option: true }],

  server: [
    async ({ serverOptions }, use) => {
      const server = await startServer(serverOptions);
      await use(server);
      await server.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  clock: [
    async ({ server }, use) => {
      const clock = server.deps.clock;
      if (!(clock instanceof ManualClock)) {
        throw new Error("the clock fixture needs test.use({ serverOptions: { clock: 'manual' } })");
      }
      await use(clock);
    },
    { scope: 'worker' },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from it: none.
  freshInstallation: async ({}, use) => {
    const server = await startServer({ clock: 'manual' });
    await use({ server, clock: server.deps.clock as ManualClock });
    await server.close();
  },

  freshRateLimits: [
    async ({ server }, use) => {
      await server.database.db.delete(rateLimitCounters);
      await use(undefined);
    },
    { auto: true },
  ],

  signInWith: async ({ context, server }, use) => {
    await use((cookie) => addSessionCookie(context, server.url, cookie));
  },

  signUp: async ({ context, server, locale }, use) => {
    await use(async (merchant = {}) => {
      const signedUp: SignedUpMerchant = {
        email: freshEmail(),
        password: 'lantern-copper-meadow-42',
        locale: merchantLocale(locale),
        ...merchant,
      };
      await signUpThroughApi(context.request, server.url, signedUp);
      return signedUp;
    });
  },

  verifiedMerchant: async ({ server, signInWith, locale }, use) => {
    await use(async (setup = {}) => {
      const merchant = await storeMerchant(server, { locale: merchantLocale(locale), ...setup });
      await signInWith(merchant.cookie);
      return merchant;
    });
  },

  operator: async ({ server, signInWith }, use) => {
    await use(async (roles, options = {}) => {
      const operator = await operatorCookie(server, roles);
      if (options.signedIn ?? true) await signInWith(operator.cookie);
      return operator;
    });
  },

  openContext: async ({ browser }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        locale: options.locale ?? 'en',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },

  languageCookie: async ({ context, server }, use) => {
    await use(async (language, target = context) => {
      await target.addCookies([{ name: 'lang', value: language, url: server.url }]);
    });
  },
});

/**
 * A store name no other test of the worker's server has taken (names are unique): `base` and
 * four letters (letters, so a pinyin slug stays predictable). Keep `base` under 25 characters.
 */
export function storeName(base: string): string {
  const letters = Array.from({ length: 4 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `${base} ${letters}`;
}
