import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import type { EmailTransport } from '../../src/server/adapters/email/transport.ts';
import {
  createMailboxEmailTransport,
  createMailboxSmsProvider,
} from '../../src/server/adapters/mailbox/mailbox.ts';
import { createLocalStorage } from '../../src/server/adapters/storage/local.ts';
import { buildApp } from '../../src/server/app.ts';
import { outboxHandlers } from '../../src/server/app-modules.ts';
import type { AppDeps, AppInstance } from '../../src/server/app-types.ts';
import { type Clock, systemClock } from '../../src/server/clock.ts';
import { loadConfig } from '../../src/server/config.ts';
import { connectDatabase } from '../../src/server/db/client.ts';
import { openSettings } from '../../src/server/modules/settings/index.ts';
import { createOutboxWorker, type OutboxWorker } from '../../src/server/outbox/worker.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestApp {
  app: AppInstance;
  deps: AppDeps;
  database: TestDatabase;
  worker: OutboxWorker;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  email?: EmailTransport;
  /** Reach the database through a proxy the test can cut (database.proxy). */
  proxiedDatabase?: boolean;
  /** How often the settings cache checks the version while its listener is down. */
  settingsPollIntervalMs?: number;
  /** A pino logger for the app, as main.ts gives it; without one the app logs nothing. */
  logger?: FastifyBaseLogger;
  /** The built web app to serve (default dist/web): a copy that a rebuild cannot change. */
  webDir?: string;
}

/** The real app on a database of its own, with the development mailbox as transport. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase({ proxied: options.proxiedDatabase ?? false });
  const clock = options.clock ?? systemClock;
  const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', ...options.env }, ROOT_DIR);
  const email = options.email ?? createMailboxEmailTransport(clock);
  const sms = createMailboxSmsProvider(clock);
  const storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-uploads-'));
  const deps: AppDeps = {
    // The tests read codes from the mailbox: served, unless a test chooses SMTP or DEV_MAILBOX.
    config: {
      ...config,
      devMailbox: options.email || options.env?.DEV_MAILBOX ? config.devMailbox : true,
    },
    database,
    clock,
    email,
    sms,
    storage: createLocalStorage(storageDir),
    settings: await openSettings(database, {
      pollIntervalMs: options.settingsPollIntervalMs ?? 200,
    }),
    webDir: options.webDir ?? path.join(ROOT_DIR, 'dist/web'),
  };
  const app = await buildApp(deps, options.logger ? { logger: options.logger } : {});
  const worker = createOutboxWorker({
    db: database.db,
    handlers: outboxHandlers({ email, sms, publicUrl: config.publicUrl }),
    clock,
    log: { info: () => undefined, warn: () => undefined },
    pollIntervalMs: 50,
  });
  return {
    app,
    deps,
    database,
    worker,
    async close() {
      await worker.stop();
      await app.close();
      await deps.settings.close();
      await database.drop();
      await fs.rm(storageDir, { recursive: true, force: true });
    },
  };
}

export interface SecondInstance {
  app: AppInstance;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * Another instance of the same app on the same database, as a second process behind a load
 * balancer would be: its own pool, its own settings cache, nothing shared in memory.
 */
export async function createSecondInstance(
  testApp: TestApp,
  options: { settingsPollIntervalMs?: number } = {},
): Promise<SecondInstance> {
  const database = connectDatabase(testApp.database.url);
  const settings = await openSettings(database, {
    pollIntervalMs: options.settingsPollIntervalMs ?? 200,
  });
  const deps: AppDeps = { ...testApp.deps, database, settings };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    async close() {
      await app.close();
      await settings.close();
      await database.close();
    },
  };
}
