// What the app costs per request over a raw server on the same database: the storefront page,
// its 304 revalidation, the store types list and the signed-in account, each as a ratio to a
// plain Fastify 5 + pg server doing one indexed SELECT, measured in the same run (three
// interleaved pairs, autocannon c=50). Goal: every ratio ≥ 0.8.
//   npm run bench:overhead                     (BENCH_DURATION=2 for a quick run, in seconds)
//   BENCH_STRICT=1 npm run bench:overhead      (exit 1 if a ratio is below 0.8)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/request-overhead.ts
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import type { connectDatabase } from '../src/server/db/client.ts';
import { storefrontMerchant } from '../tests/support/products.ts';
import { type BenchApp, ROOT_DIR, startBenchApp } from './bench-app.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const PAIRS = 3;
const GOAL = 0.8;
// What Chromium sends: the app must pay for (or skip) compression as it would for a browser.
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'en-US,en;q=0.9',
};
// Production's default LOG_LEVEL: a line per request received and answered, like main.ts.
const LOG_LEVEL = 'info';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

async function main() {
  // Written as production writes it (pino, JSON, same serializers), to a sink instead of stdout.
  const bench = await startBenchApp({ logLevel: LOG_LEVEL });
  const { app, database } = bench;
  const baseline = rawBaseline(database.pool);
  try {
    const seeded = await seedStorefront(bench);
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });
    const baselineTarget = `${baselineUrl}/stores/${seeded.slug}`;
    const scenarios: [string, string, Record<string, string>][] = [
      ['storefront page', `${appUrl}/s/${seeded.slug}`, {}],
      ['storefront 304', `${appUrl}/s/${seeded.slug}`, { 'if-none-match': seeded.etag }],
      ['GET /api/v1/store-types', `${appUrl}/api/v1/store-types`, {}],
      ['GET /api/v1/me', `${appUrl}/api/v1/me`, { cookie: seeded.cookie }],
    ];
    console.log(
      `\nrequest overhead: autocannon c=${CONNECTIONS}, ${DURATION_S} s, ${PAIRS} interleaved pairs app/baseline; app logging at "${LOG_LEVEL}"`,
    );
    console.log(
      `${'request'.padEnd(26)} ${'app req/s'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  ${'raw req/s'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  app/raw`,
    );
    const ratios: number[] = [];
    // BENCH_ONLY=store-types (a part of a name) measures just the matching requests.
    const only = process.env.BENCH_ONLY;
    for (const [name, target, headers] of scenarios) {
      if (only && !name.includes(only)) continue;
      // A request that does not answer as the scenario says is measured as nothing.
      await expectStatus(target, headers, name === 'storefront 304' ? 304 : 200);
      const appRuns: Figures[] = [];
      const rawRuns: Figures[] = [];
      for (let pair = 0; pair < PAIRS; pair += 1) {
        appRuns.push(await load(target, headers));
        rawRuns.push(await load(baselineTarget, {}));
      }
      const ours = mean(appRuns);
      const raw = mean(rawRuns);
      const ratio = ours.rps / raw.rps;
      ratios.push(ratio);
      console.log(
        `${name.padEnd(26)} ${ours.rps.toFixed(0).padStart(9)} ${ms(ours.p50)} ${ms(ours.p99)}  ${raw.rps.toFixed(0).padStart(9)} ${ms(raw.p50)} ${ms(raw.p99)}  ×${ratio.toFixed(2)}`,
      );
    }
    if (process.env.BENCH_STRICT === '1' && ratios.some((ratio) => ratio < GOAL)) {
      console.error(`a ratio is below ×${GOAL}`);
      process.exitCode = 1;
    }
  } finally {
    await baseline.close();
    await bench.close();
  }
}

/** The floor: Fastify 5 and pg, no plugins, one indexed SELECT, answered as JSON. */
function rawBaseline(pool: ReturnType<typeof connectDatabase>['pool']) {
  const raw = Fastify({ logger: false });
  raw.get<{ Params: { slug: string } }>('/stores/:slug', async (request) => {
    const { rows } = await pool.query({
      name: 'bench-store-by-slug',
      text: 'SELECT id, slug, status, published_at FROM stores WHERE slug = $1',
      values: [request.params.slug],
    });
    return rows[0] ?? null;
  });
  return raw;
}

/** One merchant with an open store and a published design, through the tests' own fixtures. */
async function seedStorefront({ app, testApp }: BenchApp) {
  const merchant = await storefrontMerchant(testApp);
  await testApp.worker.drain();
  const slug = merchant.slug;
  const page = await app.inject({ method: 'GET', url: `/s/${slug}`, headers: BROWSER_HEADERS });
  return { slug, cookie: merchant.cookie, etag: String(page.headers.etag) };
}

async function expectStatus(target: string, headers: Record<string, string>, status: number) {
  const response = await fetch(target, { headers: { ...BROWSER_HEADERS, ...headers } });
  if (response.status !== status) {
    throw new Error(`${target}: ${response.status} instead of ${status}: ${await response.text()}`);
  }
}

const execFileAsync = promisify(execFile);

/** autocannon in a process of its own, so the load generator does not share the app's thread. */
async function load(target: string, headers: Record<string, string>): Promise<Figures> {
  const args = ['-c', String(CONNECTIONS), '-d', String(DURATION_S), '-j'];
  for (const [name, value] of Object.entries({ ...BROWSER_HEADERS, ...headers })) {
    args.push('-H', `${name}=${value}`);
  }
  const { stdout } = await execFileAsync(
    path.join(ROOT_DIR, 'node_modules/.bin/autocannon'),
    [...args, target],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout);
  if (result.non2xx > 0 && !headers['if-none-match']) {
    throw new Error(`${target}: ${result.non2xx} answers were not 2xx`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function mean(runs: Figures[]): Figures {
  const average = (key: keyof Figures) =>
    runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
  return { rps: average('rps'), p50: average('p50'), p99: average('p99') };
}

const ms = (value: number) => `${value.toFixed(0)}ms`.padStart(5);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
