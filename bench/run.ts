// Benchmarks: figures printed beside a baseline measured in the same run, never absolute goals.
//   npm run bench
import fs from 'node:fs/promises';
import { systemClock } from '../src/server/clock.ts';
import { connectDatabase, withTx } from '../src/server/db/client.ts';
import { startEmbeddedPostgres, tmpDataDir } from '../src/server/db/embedded.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { enqueue } from '../src/server/outbox/enqueue.ts';
import { createOutboxWorker } from '../src/server/outbox/worker.ts';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 2000);
const quiet = { info: () => undefined, warn: () => undefined };

async function main() {
  const dataDir = tmpDataDir();
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(dataDir, () => undefined);
  const url = process.env.DATABASE_URL ?? (embedded?.url as string);
  const database = connectDatabase(url, { max: 10 });
  await migrate(database.pool);
  try {
    const single = await outboxRun(database, 1, 'single');
    const double = await outboxRun(database, 2, 'double');
    const quad = await outboxRun(database, 4, 'quad');
    console.log(
      `\noutbox delivery of ${MESSAGES} messages (a handler that waits 1 ms, like a fast SMTP relay)`,
    );
    console.log('workers  msgs/s   vs 1 worker');
    for (const [workers, rate] of [
      [1, single],
      [2, double],
      [4, quad],
    ] as const) {
      console.log(
        `${String(workers).padEnd(8)} ${rate.toFixed(0).padStart(6)}   ×${(rate / single).toFixed(2)}`,
      );
    }
  } finally {
    await database.close();
    await embedded?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Enqueue MESSAGES rows, then time `workers` concurrent workers draining them. */
async function outboxRun(
  database: ReturnType<typeof connectDatabase>,
  workers: number,
  label: string,
) {
  await database.pool.query('TRUNCATE outbox_messages CASCADE');
  await withTx(database.db, async (tx) => {
    for (let i = 0; i < MESSAGES; i += 1) {
      await enqueue(tx, { topic: 'bench', key: `${label}-${i}`, payload: { i } });
    }
  });
  const delivered = new Set<string>();
  const pool = Array.from({ length: workers }, () =>
    createOutboxWorker({
      db: database.db,
      clock: systemClock,
      log: quiet,
      handlers: {
        bench: async (_tx, message) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          delivered.add(message.idempotencyKey);
        },
      },
    }),
  );
  const started = performance.now();
  await Promise.all(pool.map((worker) => worker.drain()));
  const seconds = (performance.now() - started) / 1000;
  if (delivered.size !== MESSAGES) throw new Error(`delivered ${delivered.size} of ${MESSAGES}`);
  return MESSAGES / seconds;
}

await main();
