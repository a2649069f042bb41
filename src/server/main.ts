import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createSmtpTransport } from './adapters/email/smtp.ts';
import {
  createMailboxEmailTransport,
  createMailboxSmsProvider,
} from './adapters/mailbox/mailbox.ts';
import { createLocalStorage } from './adapters/storage/local.ts';
import { buildApp } from './app.ts';
import { outboxHandlers, scheduledJobs } from './app-modules.ts';
import { systemClock } from './clock.ts';
import { type Config, ConfigError, loadConfig, redact } from './config.ts';
import { connectDatabase } from './db/client.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded.ts';
import { errorSerializers } from './db/loggable-error.ts';
import { migrate } from './db/migrate.ts';
import { createScheduler } from './jobs/scheduler.ts';
import { createProductImportWorker } from './modules/products/index.ts';
import { openSettings } from './modules/settings/index.ts';
import { createOutboxWorker } from './outbox/worker.ts';
import { ensureWebBuild } from './web/ensure-web-build.ts';

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHUTDOWN_DEADLINE_MS = 10_000;

/** One clear line and a non-zero exit: what an operator needs when start-up cannot go on. */
function fail(message: string): never {
  process.stderr.write(`kaidian: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  // Errors are logged without a failed query's parameters (personal data): loggable-error.ts.
  const log = pino({
    level: config.logLevel,
    base: { service: 'kaidian' },
    serializers: errorSerializers,
  });
  const started = Date.now();

  let embedded: EmbeddedDatabase | null = null;
  const [webDir, databaseUrl] = await Promise.all([
    ensureWebBuild({ rootDir: ROOT_DIR, log: (msg) => log.info(msg) }).then(
      (result) => result.outDir,
    ),
    config.databaseUrl ??
      startEmbeddedPostgres(config.dataDir, (msg) => log.info(msg), {
        // Requests got 503 meanwhile; without a database there is nothing left to serve.
        onUnrecoverable: (reason) => fail(reason),
      }).then((db) => {
        embedded = db;
        return db.url;
      }),
  ]).catch((error: unknown) =>
    fail(
      error instanceof ConfigError ? error.message : `could not start: ${(error as Error).message}`,
    ),
  );

  const database = connectDatabase(databaseUrl, {
    onConnectionError: (error) => log.warn({ error: error.message }, 'database connection lost'),
  });
  try {
    await database.pool.query('SELECT 1');
  } catch (error) {
    await (embedded as EmbeddedDatabase | null)?.stop();
    fail(`DATABASE_URL: cannot connect to ${redact(databaseUrl)} (${(error as Error).message})`);
  }
  await migrate(database.pool, (msg) => log.info(msg));

  const email = config.smtpUrl
    ? createSmtpTransport(config.smtpUrl, config.mailFrom)
    : createMailboxEmailTransport(systemClock);
  const sms = createMailboxSmsProvider(systemClock);
  const storage = createLocalStorage(path.join(config.dataDir, 'uploads'));
  const settings = await openSettings(database, { log });
  const deps = { config, database, clock: systemClock, email, sms, storage, settings, webDir };
  const app = await buildApp(deps, { logger: log });
  const worker = createOutboxWorker({
    db: database.db,
    handlers: outboxHandlers({ email, sms, publicUrl: config.publicUrl }),
    clock: systemClock,
    log,
    listenUrl: database.pool.options.connectionString,
  });
  const productImports = createProductImportWorker({
    db: database.db,
    storage,
    clock: systemClock,
    settings,
    log,
  });
  const scheduler = createScheduler({
    db: database.db,
    jobs: scheduledJobs(settings),
    clock: systemClock,
    log,
  });

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    await (embedded as EmbeddedDatabase | null)?.stop();
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'EADDRINUSE'
        ? `PORT: ${config.port} is already in use`
        : `could not listen: ${(error as Error).message}`,
    );
  }
  worker.start();
  scheduler.start();
  productImports.start();
  log.info(
    {
      url: config.publicUrl,
      mail: email.name,
      database: embedded ? 'embedded' : 'external',
      ms: Date.now() - started,
    },
    `Kaidian is running at ${config.publicUrl}`,
  );
  if (config.devMailboxWarning) {
    log.warn(
      `DEV_MAILBOX=on: every e-mail and SMS, codes included, is readable by anyone at ${config.publicUrl}/dev/mailbox`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // Order matters: stop taking requests and let in-flight ones finish, then the worker, then
    // the database they both use.
    await app.close().catch((error) => log.error({ err: error }, 'closing HTTP server failed'));
    await Promise.all([worker.stop(), scheduler.stop(), productImports.stop()]);
    await email.close();
    await settings.close();
    await database.close();
    await (embedded as EmbeddedDatabase | null)?.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
