// The CSV product import at scale (SPEC §6, bulk import): a 100,000-row file in the template's
// format (single products and products whose variants span several rows, Chinese titles, unique
// SKUs) uploaded through the HTTP API to the server started as in production (`npm start`'s
// command line in a child process, so the RSS sampled is the importing process's own and not the
// bench's), the progress polled until the job ends, then the same file imported again. Beside it,
// in the same run, the floor: the same rows written by one UNNEST INSERT per table per 1,000 rows
// through pg.
// Goals: ≤ 60 s for the import and the server's peak RSS ≤ 400 MB while it runs; the second
// import changes nothing.
//   npm run bench:csv-import
//   BENCH_STRICT=1 npm run bench:csv-import    (exit 1 when a goal is missed)
//   BENCH_ROWS=10000 npm run bench:csv-import  (a quick try)
//   BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' …  (node's options for the server only)
import { openAsBlob, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { eq } from 'drizzle-orm';
import { freePort } from '../src/server/db/embedded.ts';
import { IMPORT_COLUMNS } from '../src/server/modules/products/import/columns.ts';
import { storePackages, stores } from '../src/server/modules/stores/schema.ts';
import { startKaidian, waitForReady } from '../tests/support/server.ts';
import {
  openStore,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from '../tests/support/stores.ts';
import { type BenchApp, startBenchApp } from './bench-app.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const GOAL_SECONDS = 60;
const GOAL_RSS_MB = 400;
/** How often the bench asks for the progress (the import page asks every second). */
const POLL_MS = 250;
/** How often the server's RSS is read from /proc. */
const SAMPLE_MS = 100;
/** The raw baseline's rows per transaction: the import's chunk. */
const RAW_CHUNK = 1_000;
/** One product in this many says publish=yes (with an image): publishing is part of the work. */
const PUBLISH_EVERY = 20;

type Pool = BenchApp['database']['pool'];

async function main() {
  const bench = await startBenchApp({ logLevel: 'warn' });
  const { database } = bench;
  let server: ReturnType<typeof startKaidian> | null = null;
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-csv-bench-'));
  try {
    const merchant = await openMerchant(bench);
    const image = await uploadImage(bench.testApp, merchant.cookie, 'product', 800, 800);
    const file = path.join(workDir, 'products.csv');
    const generated = await writeCsv(file, ROWS, image);
    console.log(
      `${ROWS.toLocaleString('en')} rows, ${generated.products.toLocaleString('en')} products, ${(generated.bytes / 1048576).toFixed(1)} MB (generated in ${generated.seconds.toFixed(1)} s)`,
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = startKaidian(
      {
        DATABASE_URL: process.env.DATABASE_URL ?? embeddedUrl(bench),
        DATA_DIR: bench.deps.config.dataDir,
        PORT: String(port),
        PUBLIC_URL: url,
      },
      (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    );
    const child = server;
    await waitForReady(url, child.child, 300_000).catch((error: Error) => {
      throw new Error(`${error.message}: ${child.stderr()}`);
    });
    const pid = server.child.pid;
    if (!pid) throw new Error('the server has no pid');
    await sleep(1_000);
    const idleMb = rssMb(pid);

    const storeId = await storeOf(database.pool, merchant.id);
    const first = await runImport(url, merchant.cookie, file, pid);
    const afterFirst = await snapshot(database.pool, storeId);
    const second = await runImport(url, merchant.cookie, file, pid);
    const afterSecond = await snapshot(database.pool, storeId);

    server.child.kill('SIGTERM');
    await server.exited;
    server = null;

    const rawMerchant = await openMerchant(bench);
    const raw = await rawInsert(
      database.pool,
      await storeOf(database.pool, rawMerchant.id),
      rawMerchant.id,
    );

    report({ idleMb, first, second, afterFirst, afterSecond, raw, products: generated.products });
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await bench.close();
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

function embeddedUrl(bench: BenchApp): string {
  const url = bench.database.pool.options.connectionString;
  if (!url) throw new Error('the bench database has no connection string');
  return url;
}

/** A merchant with an open store whose package lets every product of the file be published. */
async function openMerchant(bench: BenchApp): Promise<StoreMerchant> {
  const merchant = await storeMerchant(bench.testApp);
  await openStore(bench.testApp, merchant);
  await bench.testApp.worker.drain();
  const [store] = await bench.database.db
    .select({ packageId: stores.packageId })
    .from(stores)
    .where(eq(stores.merchantId, merchant.id));
  if (!store) throw new Error('the merchant has no store');
  await bench.database.db
    .update(storePackages)
    .set({ productLimit: ROWS })
    .where(eq(storePackages.id, store.packageId));
  return merchant;
}

async function storeOf(pool: Pool, merchantId: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    'SELECT id FROM stores WHERE merchant_id = $1',
    [merchantId],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('no store');
  return id;
}

// --- The file ---------------------------------------------------------------------------------

const ZH_WORDS = ['夏季', '新款', '纯棉', '宽松', '韩版', '复古', '加厚', '男士', '女士', '儿童'];
const COLOURS = ['红色', '蓝色', '黑色', '白色', '粉色', '绿色'];
const SIZES = ['S', 'M', 'L', 'XL'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const money = (minor: number) => (minor / 100).toFixed(2);

/** One product's rows (a handle's first row carries the product's fields), in the template's columns. */
interface Kind {
  category: string;
  noun: string;
  attributes: string;
  /** [option name, values] per option slot; the variants are their combinations. */
  options: [string, string[]][];
  byVariant: boolean;
}

const SINGLE: Kind = {
  category: 'tableware',
  noun: '陶瓷茶杯',
  attributes: 'material=陶瓷|origin=江西 Jiangxi',
  options: [],
  byVariant: false,
};

const KINDS: Kind[] = [
  // A single product (no options), priced by quantity with tiers, as the template's teapot.
  SINGLE,
  // A dress in colours and sizes priced by quantity: the template's dress.
  {
    category: 'dresses',
    noun: '碎花雪纺连衣裙',
    attributes: 'material=涤纶 Polyester|size=M|sleeve=短袖 Short sleeve',
    options: [
      ['颜色', COLOURS.slice(0, 2)],
      ['尺码', SIZES.slice(0, 3)],
    ],
    byVariant: false,
  },
  // Phone cases priced by variant, one option.
  {
    category: 'phone-cases',
    noun: '硅胶手机壳',
    attributes: 'brand=开店|model=KD-1',
    options: [['颜色', COLOURS.slice(0, 3)]],
    byVariant: true,
  },
  // Green tea, single.
  {
    category: 'green-tea',
    noun: '明前龙井绿茶',
    attributes: 'origin=浙江 Zhejiang|net-weight=250g|shelf-life=18 个月',
    options: [],
    byVariant: false,
  },
  // Sneakers in four sizes, priced by quantity.
  {
    category: 'sports-shoes',
    noun: '透气运动鞋',
    attributes: 'shoe-size=40|upper-material=网布 Mesh',
    options: [['尺码', ['39', '40', '41', '42']]],
    byVariant: false,
  },
];

/** The rows of product n, in the import's columns. */
function productRows(n: number, image: string, kind = pick(KINDS, n)): Record<string, string>[] {
  const handle = `bench-${n}`;
  const title = `${pick(ZH_WORDS, n)}${pick(ZH_WORDS, n * 7 + 3)}${kind.noun} ${n}号`;
  const price = 1_000 + ((n * 37) % 9_000);
  const publish = n % PUBLISH_EVERY === 0;
  let combos: string[][] = [[]];
  for (const [, values] of kind.options) {
    combos = combos.flatMap((combo) => values.map((value) => [...combo, value]));
  }
  return combos.map((values, index) => {
    const row: Record<string, string> = {
      handle,
      sku: `BK-${n}-${index + 1}`,
      stock: String((n + index * 13) % 500),
      price: money(kind.byVariant ? price + index * 100 : price),
    };
    kind.options.forEach(([name], slot) => {
      row[`option${slot + 1}_name`] = name;
      row[`option${slot + 1}_value`] = values[slot] ?? '';
    });
    if (index > 0) return row;
    return {
      ...row,
      title,
      category: kind.category,
      description: `<p>${title}，厂家直销，支持批发。</p>`,
      images: publish ? image : '',
      weight_grams: String(200 + (n % 800)),
      min_order_quantity: kind.byVariant ? '' : '2',
      tier_prices: kind.byVariant
        ? ''
        : `100:${money(Math.floor(price * 0.9))}|500:${money(Math.floor(price * 0.8))}`,
      pricing_mode: kind.byVariant ? 'by_variant' : 'by_quantity',
      attributes: kind.attributes,
      publish: publish ? 'yes' : 'no',
    };
  });
}

/** Products 0, 1, … until `rows` rows: near the end, single products where others would pass it. */
function* fileProducts(rows: number, image: string): Generator<Record<string, string>[]> {
  let written = 0;
  for (let n = 0; written < rows; n += 1) {
    let product = productRows(n, image);
    if (written + product.length > rows) product = productRows(n, image, SINGLE);
    written += product.length;
    yield product;
  }
}

/** The CSV with a BOM, as the template and Excel save it; written in pieces. */
async function writeCsv(file: string, rows: number, image: string) {
  const started = performance.now();
  const handle = await fs.open(file, 'w');
  let products = 0;
  let bytes = 0;
  try {
    const header = `\uFEFF${stringify([], { header: true, columns: [...IMPORT_COLUMNS] })}`;
    let piece = header;
    for (const product of fileProducts(rows, image)) {
      products += 1;
      piece += stringify(product, { columns: [...IMPORT_COLUMNS] });
      if (piece.length > 1 << 20) {
        bytes += (await handle.write(piece)).bytesWritten;
        piece = '';
      }
    }
    bytes += (await handle.write(piece)).bytesWritten;
  } finally {
    await handle.close();
  }
  return { products, bytes, seconds: (performance.now() - started) / 1000 };
}

// --- One import through the API ---------------------------------------------------------------

interface ImportRun {
  seconds: number;
  /** The server process's CPU time (user and system) meanwhile. */
  cpuSeconds: number;
  /** Until the upload was answered 202 (the file stored, its rows counted). */
  uploadSeconds: number;
  uploadPeakMb: number;
  peakMb: number;
  /** Distinct processedRows values the polls saw (the bar's positions). */
  progressValues: number;
  polls: number;
  result: {
    status: string;
    totalRows: number;
    processedRows: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
    errorCount: number;
    errors: { row: number; code: string; message: string }[];
  };
}

async function runImport(
  url: string,
  cookie: string,
  file: string,
  pid: number,
): Promise<ImportRun> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, SAMPLE_MS);
  const started = performance.now();
  const cpuBefore = cpuSeconds(pid);
  try {
    const form = new FormData();
    form.append('file', await openAsBlob(file, { type: 'text/csv' }), 'products.csv');
    const posted = await fetch(`${url}/api/v1/me/product-imports`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    const body = await posted.text();
    if (posted.status !== 202) throw new Error(`upload: ${posted.status}: ${body.slice(0, 300)}`);
    const { id } = JSON.parse(body) as { id: string };
    const uploadSeconds = (performance.now() - started) / 1000;
    const uploadPeakMb = Math.max(peak, rssMb(pid));
    const seen = new Set<number>();
    let polls = 0;
    for (;;) {
      const response = await fetch(`${url}/api/v1/me/product-imports/${id}`, {
        headers: { cookie, 'accept-language': 'en' },
      });
      if (response.status !== 200) throw new Error(`progress: ${response.status}`);
      const progress = (await response.json()) as ImportRun['result'];
      polls += 1;
      seen.add(progress.processedRows);
      if (progress.status === 'done' || progress.status === 'failed') {
        return {
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: cpuSeconds(pid) - cpuBefore,
          uploadSeconds,
          uploadPeakMb,
          peakMb: Math.max(peak, rssMb(pid)),
          progressValues: seen.size,
          polls,
          result: progress,
        };
      }
      await sleep(POLL_MS);
    }
  } finally {
    clearInterval(sampler);
  }
}

/** The CPU time (user and system) a process has used, seconds, from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The resident set of a process, MB, from /proc (0 once it is gone). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

// --- What the store holds ---------------------------------------------------------------------

interface Snapshot {
  products: number;
  variants: number;
  published: number;
  /** Held for review by the automatic checks (a price far below the category's median). */
  pending: number;
  lastUpdated: string | null;
  checksum: string;
}

/** Counts and a checksum over every column of the store's products, variants, tiers and images. */
async function snapshot(pool: Pool, storeId: string): Promise<Snapshot> {
  const { rows } = await pool.query<Snapshot>(
    `SELECT
       (SELECT count(*)::int FROM products WHERE store_id = $1) AS products,
       (SELECT count(*)::int FROM product_variants WHERE store_id = $1) AS variants,
       (SELECT count(*)::int FROM products WHERE store_id = $1 AND status = 'published') AS published,
       (SELECT count(*)::int FROM products WHERE store_id = $1 AND status = 'pending_review') AS pending,
       (SELECT max(updated_at)::text FROM products WHERE store_id = $1) AS "lastUpdated",
       md5(concat_ws('|',
         (SELECT md5(string_agg(p::text, ',' ORDER BY p.id)) FROM products p WHERE p.store_id = $1),
         (SELECT md5(string_agg(v::text, ',' ORDER BY v.id)) FROM product_variants v WHERE v.store_id = $1),
         (SELECT md5(string_agg(t::text, ',' ORDER BY t.product_id, t.min_quantity))
            FROM product_price_tiers t JOIN products p ON p.id = t.product_id WHERE p.store_id = $1),
         (SELECT md5(string_agg(i::text, ',' ORDER BY i.product_id, i.position))
            FROM product_images i JOIN products p ON p.id = i.product_id WHERE p.store_id = $1)
       )) AS checksum`,
    [storeId],
  );
  const [row] = rows;
  if (!row) throw new Error('no snapshot');
  return row;
}

// --- The floor: the same rows through pg --------------------------------------------------------

/**
 * The file's products, variants and tiers written straight into a second store: per 1,000 rows
 * one transaction with one `INSERT … SELECT FROM unnest(…)` per table. No parsing, validation,
 * comparison or publishing: what writing the rows costs the database at least.
 */
async function rawInsert(pool: Pool, storeId: string, merchantId: string) {
  const { rows: categories } = await pool.query<{ id: string; code: string }>(
    'SELECT id, code FROM categories',
  );
  const categoryOf = new Map(categories.map((row) => [row.code, row.id]));
  const started = performance.now();
  let chunk: Record<string, string>[][] = [];
  let chunkRows = 0;
  const flush = async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const heads = chunk.map((product) => product[0] as Record<string, string>);
      const { rows: created } = await client.query<{ id: string; handle: string }>(
        `INSERT INTO products (store_id, merchant_id, category_id, handle, title, description_html,
                               weight_grams, attributes, options, pricing_mode, min_order_quantity,
                               list_price_amount, currency, search_vector)
         SELECT $1, $2, t.category_id, t.handle, t.title, t.description, t.weight, t.attributes,
                '[]', t.mode, t.moq, t.price, 'CNY', to_tsvector('simple', t.title)
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::jsonb[],
                     $9::text[], $10::int[], $11::bigint[])
           AS t (category_id, handle, title, description, weight, attributes, mode, moq, price)
         RETURNING id, handle`,
        [
          storeId,
          merchantId,
          heads.map((row) => categoryOf.get(row.category ?? '')),
          heads.map((row) => row.handle),
          heads.map((row) => row.title),
          heads.map((row) => row.description),
          heads.map((row) => Number(row.weight_grams)),
          heads.map((row) =>
            JSON.stringify(
              (row.attributes ?? '').split('|').map((pair) => {
                const [code, value] = pair.split('=');
                return { code, value };
              }),
            ),
          ),
          heads.map((row) => row.pricing_mode),
          heads.map((row) => Number(row.min_order_quantity || 1)),
          heads.map((row) => Math.round(Number(row.price) * 100)),
        ],
      );
      const idOf = new Map(created.map((row) => [row.handle, row.id]));
      const variants = chunk.flat();
      await client.query(
        `INSERT INTO product_variants (product_id, store_id, sku, options, stock, price_amount, position)
         SELECT t.product_id, $1, t.sku, t.options, t.stock, t.price, t.position
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::int[], $6::bigint[], $7::int[])
           AS t (product_id, sku, options, stock, price, position)`,
        [
          storeId,
          variants.map((row) => idOf.get(row.handle ?? '')),
          variants.map((row) => row.sku),
          variants.map((row) =>
            JSON.stringify(
              Object.fromEntries(
                [1, 2, 3]
                  .filter((slot) => row[`option${slot}_name`])
                  .map((slot) => [row[`option${slot}_name`], row[`option${slot}_value`]]),
              ),
            ),
          ),
          variants.map((row) => Number(row.stock)),
          variants.map((row) => Math.round(Number(row.price) * 100)),
          chunk.flatMap((product) => product.map((_, index) => index)),
        ],
      );
      const tiers = heads.flatMap((row) =>
        (row.tier_prices ?? '')
          .split('|')
          .filter(Boolean)
          .map((tier) => {
            const [quantity, price] = tier.split(':');
            return { id: idOf.get(row.handle ?? ''), quantity: Number(quantity), price };
          }),
      );
      await client.query(
        `INSERT INTO product_price_tiers (product_id, min_quantity, price_amount)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::bigint[])`,
        [
          tiers.map((tier) => tier.id),
          tiers.map((tier) => tier.quantity),
          tiers.map((tier) => Math.round(Number(tier.price) * 100)),
        ],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    chunk = [];
    chunkRows = 0;
  };
  for (const product of fileProducts(ROWS, '')) {
    chunk.push(product);
    chunkRows += product.length;
    if (chunkRows >= RAW_CHUNK) await flush();
  }
  if (chunkRows > 0) await flush();
  return { seconds: (performance.now() - started) / 1000 };
}

// --- The report ---------------------------------------------------------------------------------

function report(figures: {
  idleMb: number;
  first: ImportRun;
  second: ImportRun;
  afterFirst: Snapshot;
  afterSecond: Snapshot;
  raw: { seconds: number };
  products: number;
}) {
  const { first, second, afterFirst, afterSecond, raw } = figures;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  const line = (name: string, run: ImportRun) =>
    console.log(
      `${name.padEnd(14)} ${run.seconds.toFixed(1).padStart(6)} s ${(ROWS / run.seconds).toFixed(0).padStart(7)} rows/s  server CPU ${run.cpuSeconds.toFixed(1)} s  peak RSS ${run.peakMb.toFixed(0).padStart(4)} MB (upload: ${run.uploadSeconds.toFixed(1)} s, ${run.uploadPeakMb.toFixed(0)} MB)  progress seen at ${run.progressValues} values in ${run.polls} polls  → ${run.result.status}: created ${run.result.created}, updated ${run.result.updated}, unchanged ${run.result.unchanged}, failed ${run.result.failed}, ${run.result.errorCount} error lines`,
    );
  console.log(
    `\nCSV import of ${ROWS.toLocaleString('en')} rows (${figures.products.toLocaleString('en')} products, 1 in ${PUBLISH_EVERY} published), server idle RSS ${figures.idleMb.toFixed(0)} MB, load average ${load}`,
  );
  line('import', first);
  line('import again', second);
  console.log(
    `${'raw UNNEST'.padEnd(14)} ${raw.seconds.toFixed(1).padStart(6)} s ${(ROWS / raw.seconds).toFixed(0).padStart(7)} rows/s  import/raw ×${(first.seconds / raw.seconds).toFixed(1)}`,
  );
  const unchanged =
    afterFirst.checksum === afterSecond.checksum &&
    afterFirst.products === afterSecond.products &&
    afterFirst.variants === afterSecond.variants &&
    afterFirst.lastUpdated === afterSecond.lastUpdated;
  console.log(
    `store after the import: ${afterFirst.products} products (${afterFirst.published} published, ${afterFirst.pending} held for review), ${afterFirst.variants} variants, checksum ${afterFirst.checksum.slice(0, 12)}; after the second: ${afterSecond.products}, ${afterSecond.variants}, ${afterSecond.checksum.slice(0, 12)} → ${unchanged ? 'nothing changed' : 'CHANGED'}`,
  );
  for (const error of first.result.errors.slice(0, 5)) {
    console.log(`  row ${error.row}: ${error.code}: ${error.message}`);
  }

  const missed: string[] = [];
  if (first.result.status !== 'done' || first.result.processedRows !== ROWS)
    missed.push('the import did not finish every row');
  if (first.result.failed > 0) missed.push('rows failed');
  if (first.seconds > GOAL_SECONDS) missed.push(`import took more than ${GOAL_SECONDS} s`);
  for (const run of [first, second]) {
    if (run.peakMb > GOAL_RSS_MB) missed.push(`peak RSS above ${GOAL_RSS_MB} MB`);
  }
  if (first.progressValues < 3) missed.push('the progress did not move');
  if (!unchanged || second.result.unchanged !== ROWS)
    missed.push('the second import changed something');
  console.log(
    missed.length === 0 ? 'goals met' : `goals missed: ${[...new Set(missed)].join('; ')}`,
  );
  if (process.env.BENCH_STRICT === '1' && missed.length > 0) process.exitCode = 1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
