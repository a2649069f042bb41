// What every benchmark starts from: PostgreSQL (embedded, or DATABASE_URL), migrated, and the app
// built on it exactly as production builds it, logging as production logs to a sink. The tests'
// fixtures drive it through `testApp` (sign-up, store, design), so a bench seeds what it measures
// the way a merchant would.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import {
  createMailboxEmailTransport,
  createMailboxSmsProvider,
} from '../src/server/adapters/mailbox/mailbox.ts';
import { createLocalStorage } from '../src/server/adapters/storage/local.ts';
import { buildApp } from '../src/server/app.ts';
import { outboxHandlers } from '../src/server/app-modules.ts';
import type { AppDeps } from '../src/server/app-types.ts';
import { systemClock } from '../src/server/clock.ts';
import { loadConfig } from '../src/server/config.ts';
import { connectDatabase } from '../src/server/db/client.ts';
import { startEmbeddedPostgres, tmpDataDir } from '../src/server/db/embedded.ts';
import { errorSerializers } from '../src/server/db/loggable-error.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { openSettings } from '../src/server/modules/settings/index.ts';
import { createOutboxWorker } from '../src/server/outbox/worker.ts';
import type { TestApp } from '../tests/support/app.ts';
import type { TestDatabase } from '../tests/support/db.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchApp {
  database: ReturnType<typeof connectDatabase>;
  deps: AppDeps;
  app: Awaited<ReturnType<typeof buildApp>>;
  /** The app as the tests' fixtures take it, with an outbox worker to drain after seeding. */
  testApp: TestApp;
  /** Stops the app, the settings listener, the database and removes the data directories. */
  close(): Promise<void>;
}

export async function startBenchApp(options: { logLevel?: string } = {}): Promise<BenchApp> {
  const dataDir = tmpDataDir();
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(dataDir, () => undefined);
  const database = connectDatabase(process.env.DATABASE_URL ?? (embedded?.url as string));
  await migrate(database.pool);
  const appDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-bench-'));
  const log = pino(
    {
      level: options.logLevel ?? 'info',
      base: { service: 'kaidian' },
      serializers: errorSerializers,
    },
    pino.destination({ dest: os.devNull, sync: false }),
  );
  const settings = await openSettings(database, { log });
  const deps: AppDeps = {
    config: loadConfig({ PUBLIC_URL: 'http://localhost:3000', DATA_DIR: appDataDir }, ROOT_DIR),
    database,
    clock: systemClock,
    email: createMailboxEmailTransport(systemClock),
    sms: createMailboxSmsProvider(systemClock),
    storage: createLocalStorage(path.join(appDataDir, 'uploads')),
    settings,
    webDir: path.join(ROOT_DIR, 'dist/web'),
  };
  const app = await buildApp(deps, { logger: log });
  const worker = createOutboxWorker({
    db: database.db,
    handlers: outboxHandlers({
      email: deps.email,
      sms: deps.sms,
      publicUrl: deps.config.publicUrl,
    }),
    clock: deps.clock,
    log: { info: () => undefined, warn: () => undefined },
  });
  const testApp: TestApp = {
    app,
    deps,
    database: database as TestDatabase,
    worker,
    close: async () => undefined,
  };
  return {
    database,
    deps,
    app,
    testApp,
    close: async () => {
      await app.close();
      await settings.close();
      await database.close();
      await embedded?.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(appDataDir, { recursive: true, force: true });
    },
  };
}
