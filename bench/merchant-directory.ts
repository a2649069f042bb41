// The operator console's lists at scale: the merchant directory (unfiltered, each verification
// filter, a search) and the payments list at 10k and then 100k merchants, with the ratio
// 100k / 10k as the same-run baseline. Goal: p50 under 50 ms at 100k, within 1.5× of 10k.
//   npm run bench:directory
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
import { systemClock } from '../src/server/clock.ts';
import { loadConfig } from '../src/server/config.ts';
import { connectDatabase, withTx } from '../src/server/db/client.ts';
import { startEmbeddedPostgres, tmpDataDir } from '../src/server/db/embedded.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { createOperator, operatorSecretBox } from '../src/server/modules/operators/index.ts';
import { createSession } from '../src/server/modules/sessions/index.ts';
import { openSettings } from '../src/server/modules/settings/index.ts';
import { seedMerchants } from '../tests/support/merchant-seed.ts';

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const SCENARIOS: [string, string][] = [
  ['directory', '/api/v1/admin/merchants'],
  ...['verified', 'unverified', 'pending', 'changes_requested', 'rejected', 'none'].map(
    (filter): [string, string] => [
      `directory verification=${filter}`,
      `/api/v1/admin/merchants?verification=${filter}`,
    ],
  ),
  ['directory q=seller1234', '/api/v1/admin/merchants?q=seller1234'],
  ['payments', '/api/v1/admin/payments'],
];

async function main() {
  const dataDir = tmpDataDir();
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(dataDir, () => undefined);
  const url = process.env.DATABASE_URL ?? (embedded?.url as string);
  const database = connectDatabase(url, { max: 10 });
  await migrate(database.pool);
  const appDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-bench-'));
  const log = pino({ level: 'silent' });
  const settings = await openSettings(database, { log });
  const config = loadConfig(
    { PUBLIC_URL: 'http://localhost:3000', DATA_DIR: appDataDir },
    ROOT_DIR,
  );
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    email: createMailboxEmailTransport(systemClock),
    sms: createMailboxSmsProvider(systemClock),
    storage: createLocalStorage(path.join(appDataDir, 'uploads')),
    settings,
    webDir: path.join(ROOT_DIR, 'dist/web'),
  });
  try {
    const cookie = await financeAndReviewerCookie(database, config.dataDir);
    const figures = new Map<string, number[][]>();
    let seeded = 0;
    for (const size of SIZES) {
      await seedMerchants(database.pool, seeded, size);
      await seedPayments(database.pool, seeded, size);
      seeded = size;
      for (const [name, target] of SCENARIOS) {
        const times = await timeRequests(app, target, cookie);
        figures.set(name, [...(figures.get(name) ?? []), times]);
      }
    }
    console.log(`\nconsole lists, ${RUNS} sequential requests each (p50 / p95 in ms)`);
    console.log(
      `${'list'.padEnd(36)} ${'10k p50'.padStart(8)} ${'p95'.padStart(6)} ${'100k p50'.padStart(9)} ${'p95'.padStart(6)}  100k/10k`,
    );
    for (const [name] of SCENARIOS) {
      const [small, large] = (figures.get(name) ?? []).map((times) => [
        percentile(times, 0.5),
        percentile(times, 0.95),
      ]) as [number[], number[]];
      console.log(
        `${name.padEnd(36)} ${fmt(small[0]).padStart(8)} ${fmt(small[1]).padStart(6)} ${fmt(large[0]).padStart(9)} ${fmt(large[1]).padStart(6)}  ×${((large[0] ?? 0) / (small[0] ?? 1)).toFixed(2)}`,
      );
    }
  } finally {
    await app.close();
    await settings.close();
    await database.close();
    await embedded?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(appDataDir, { recursive: true, force: true });
  }
}

async function financeAndReviewerCookie(
  database: ReturnType<typeof connectDatabase>,
  dataDir: string,
): Promise<string> {
  const secretBox = await operatorSecretBox(dataDir);
  const created = await withTx(database.db, (tx) =>
    createOperator(
      tx,
      {
        email: 'bench@kaidian.test',
        name: 'Bench',
        password: 'correct horse battery staple',
        roles: ['reviewer', 'finance'],
      },
      { actor: null, ip: null, clock: systemClock, secretBox, locale: 'en', exactRoles: true },
    ),
  );
  const settings = await openSettings(database, { log: pino({ level: 'silent' }) });
  try {
    const { token } = await createSession(
      database.db,
      { subjectType: 'operator', subjectId: created.operator.id },
      systemClock,
      settings,
    );
    return `kd_admin=${token}`;
  } finally {
    await settings.close();
  }
}

/** One store-purchase payment for every other seeded merchant, of every status. */
async function seedPayments(
  pool: ReturnType<typeof connectDatabase>['pool'],
  from: number,
  to: number,
) {
  await pool.query(
    `INSERT INTO payments (payer_kind, payer_merchant_id, subject_type, subject_id, provider, status,
                           amount, currency, test_mode, created_at, updated_at)
     SELECT 'merchant', md5('seed-merchant-' || i)::uuid, 'store_purchase', gen_random_uuid(),
            'sandbox', (ARRAY['succeeded', 'failed', 'cancelled', 'pending'])[i % 4 + 1], 60000,
            'CNY', true, timestamptz '2026-01-01' - make_interval(secs => i),
            timestamptz '2026-01-01' - make_interval(secs => i)
     FROM generate_series($1::int, $2::int - 1) AS i
     WHERE i % 2 = 0`,
    [from, to],
  );
  // The fee and deposit lines of the payments just added (those without lines yet).
  await pool.query(
    `INSERT INTO payment_lines (payment_id, kind, amount, currency, position)
     SELECT p.id, line.kind, line.amount, 'CNY', line.position
     FROM payments p
     CROSS JOIN (VALUES ('fee', 10000, 0), ('deposit', 50000, 1)) AS line (kind, amount, position)
     WHERE NOT EXISTS (SELECT 1 FROM payment_lines l WHERE l.payment_id = p.id)`,
  );
  await pool.query('VACUUM ANALYZE payments, payment_lines');
}

async function timeRequests(
  app: Awaited<ReturnType<typeof buildApp>>,
  url: string,
  cookie: string,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = -5; run < RUNS; run += 1) {
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 200)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    if (run >= 0) times.push(elapsed);
  }
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const fmt = (ms: number | undefined) => (ms ?? 0).toFixed(1);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
