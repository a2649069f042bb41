// Buyers' product reads at scale: 1,000 stores with 10 and then 100 published products each
// (10k, then 100k), seeded with SQL; at each size the storefront page, the product page, the
// store's product API and platform search (a Chinese and an English query), each against a raw
// Fastify + pg server running the equivalent indexed query on the same database in the same run
// (autocannon c=50, requests spread over 200 stores and 200 products, each warmed up once).
// Goals: app/raw ≥ 0.8 (search ≥ 0.5); the app's p99 at 100k within 1.3× its p99 at 10k.
//   npm run bench:products                  (BENCH_DURATION seconds per measurement, 5 by default)
//   BENCH_STRICT=1 npm run bench:products   (exit 1 when a goal is missed)
//   BENCH_SIZES=1000,5000 BENCH_DURATION=1 npm run bench:products   (a quick try)
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import sharp from 'sharp';
import type { connectDatabase } from '../src/server/db/client.ts';
import { indexText, matchQuery } from '../src/server/lib/text-search.ts';
import { SEARCH_RANK_WINDOW } from '../src/server/modules/products/index.ts';
import { seedMerchants } from '../tests/support/merchant-seed.ts';
import { storefrontMerchant } from '../tests/support/products.ts';
import { uploadPng } from '../tests/support/stores.ts';
import { type BenchApp, ROOT_DIR, startBenchApp } from './bench-app.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 50;
const STORES = 1_000;
/** Requests go round this many stores and as many products (warmed up once each first). */
const SPREAD = 200;
// BENCH_SIZES=1000,5000 for a quick try; the goals are for the default sizes.
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const PAGE = 24;
const NO_ID = '00000000-0000-0000-0000-000000000000';
/** BENCH_ONLY=search runs the scenarios whose name holds it. */
const ONLY = process.env.BENCH_ONLY ?? '';
const STORE_VISIBLE = `('active', 'expiring', 'grace')`;
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
};

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

type Pool = ReturnType<typeof connectDatabase>['pool'];

interface Scenario {
  name: string;
  goal: number;
  app: string[];
  raw: string[];
}

async function main() {
  const bench = await startBenchApp();
  const { app, database } = bench;
  const raw = rawBaseline(database.pool);
  try {
    const template = await seedTemplateStore(bench);
    await seedStores(database.pool, template.storeId);
    const appOrigin = await app.listen({ port: 0, host: '127.0.0.1' });
    const rawOrigin = await raw.listen({ port: 0, host: '127.0.0.1' });
    const results = new Map<string, { app: Figures; raw: Figures }[]>();
    let seeded = 0;
    for (const size of SIZES) {
      const started = performance.now();
      await seedProducts(database.pool, template, seeded, size);
      seeded = size;
      console.log(
        `${size.toLocaleString('en')} products in ${STORES} stores (seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (process.env.BENCH_EXPLAIN === '1') await explainSearch(database.pool);
      for (const scenario of await scenarios(database.pool)) {
        // Every path once first, as a server that has been running has: caches hold what they
        // would (and a path that does not answer 200 stops the run instead of being measured).
        await warmUp(appOrigin, scenario.app);
        await warmUp(rawOrigin, scenario.raw);
        // Interleaved, so a burst of other work on the machine falls on both sides.
        const appFirst = await load(appOrigin, scenario.app);
        const rawFirst = await load(rawOrigin, scenario.raw);
        const appSecond = await load(appOrigin, scenario.app);
        const rawSecond = await load(rawOrigin, scenario.raw);
        const figures = { app: mean([appFirst, appSecond]), raw: mean([rawFirst, rawSecond]) };
        results.set(scenario.name, [...(results.get(scenario.name) ?? []), figures]);
      }
    }
    report(results, await scenarios(database.pool));
  } finally {
    await raw.close();
    await bench.close();
  }
}

function report(results: Map<string, { app: Figures; raw: Figures }[]>, list: Scenario[]) {
  console.log(
    `\nproducts for buyers: autocannon c=${CONNECTIONS}, ${DURATION_S} s × 2 interleaved pairs app/raw, at ${SIZES.map((size) => sizeLabel(size)).join(' and ')} products`,
  );
  console.log(
    `${'request'.padEnd(24)} ${'size'.padStart(5)} ${'app req/s'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  ${'raw req/s'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  app/raw  goal`,
  );
  let missed = false;
  for (const scenario of list) {
    const [small, large] = results.get(scenario.name) ?? [];
    for (const [label, figures] of [
      [sizeLabel(SIZES[0]), small],
      [sizeLabel(SIZES[1]), large],
    ] as const) {
      if (!figures) continue;
      const ratio = figures.app.rps / figures.raw.rps;
      if (ratio < scenario.goal) missed = true;
      console.log(
        `${scenario.name.padEnd(24)} ${label.padStart(5)} ${figures.app.rps.toFixed(0).padStart(9)} ${ms(figures.app.p50)} ${ms(figures.app.p99)}  ${figures.raw.rps.toFixed(0).padStart(9)} ${ms(figures.raw.p50)} ${ms(figures.raw.p99)}  ×${ratio.toFixed(2).padEnd(5)}  ≥${scenario.goal}`,
      );
    }
    if (small && large) {
      const growth = large.app.p99 / Math.max(small.app.p99, 1);
      if (growth > 1.3) missed = true;
      console.log(
        `${''.padEnd(24)} p99 ${sizeLabel(SIZES[1])}/${sizeLabel(SIZES[0])} ×${growth.toFixed(2)} (goal ≤ 1.3)`,
      );
    }
  }
  if (process.env.BENCH_STRICT === '1' && missed) {
    console.error('a goal was missed');
    process.exitCode = 1;
  }
}

/** What each side is asked: the same stores, products and queries, spread over many of them. */
async function scenarios(pool: Pool): Promise<Scenario[]> {
  const slugs = Array.from({ length: SPREAD }, (_, i) => `bench-${(i * 7) % STORES}`);
  const { rows } = await pool.query<{ id: string; slug: string }>(
    `SELECT p.id, s.slug FROM products p JOIN stores s ON s.id = p.store_id
     WHERE p.status = 'published' ORDER BY md5(p.id::text) LIMIT ${SPREAD}`,
  );
  const zh = encodeURIComponent('连衣裙');
  const en = 'dress';
  const all: Scenario[] = [
    {
      name: 'storefront /s/{slug}',
      goal: 0.8,
      app: slugs.map((slug) => `/s/${slug}`),
      raw: slugs.map((slug) => `/stores/${slug}/products`),
    },
    {
      name: 'product page',
      goal: 0.8,
      app: rows.map((row) => `/s/${row.slug}/p/${row.id}`),
      raw: rows.map((row) => `/products/${row.id}`),
    },
    {
      name: "store's product API",
      goal: 0.8,
      app: slugs.map((slug) => `/api/v1/stores/${slug}/products`),
      raw: slugs.map((slug) => `/stores/${slug}/products`),
    },
    {
      name: 'search 连衣裙',
      goal: 0.5,
      app: [`/api/v1/search/products?q=${zh}`],
      raw: [`/search?q=${zh}`],
    },
    {
      name: 'search "dress"',
      goal: 0.5,
      app: [`/api/v1/search/products?q=${en}`],
      raw: [`/search?q=${en}`],
    },
  ];
  return all.filter((scenario) => scenario.name.includes(ONLY));
}

/**
 * The floor: Fastify 5 and pg, no plugins, the same indexed queries as the app's reads (a store's
 * newest published products with their main image, a product with its variants and tiers, a
 * ranked full-text search), answered as JSON.
 */
function rawBaseline(pool: Pool) {
  const raw = Fastify({ logger: false });
  const card = `p.id, p.title, s.slug, p.list_price_amount, p.currency, p.min_order_quantity,
    (SELECT i.upload_id FROM product_images i WHERE i.product_id = p.id AND i.position = 0) AS main_image`;
  raw.get<{ Params: { slug: string } }>('/stores/:slug/products', async (request) => {
    const { rows } = await pool.query({
      name: 'bench-store-products',
      text: `SELECT ${card} FROM products p JOIN stores s ON s.id = p.store_id
             WHERE s.slug = $1 AND s.status IN ${STORE_VISIBLE} AND s.design_published IS NOT NULL
               AND p.status = 'published'
             ORDER BY p.created_at DESC, p.id DESC LIMIT ${PAGE + 1}`,
      values: [request.params.slug],
    });
    return { items: rows.slice(0, PAGE) };
  });
  raw.get<{ Params: { id: string } }>('/products/:id', async (request) => {
    const { rows } = await pool.query({
      name: 'bench-product',
      text: `SELECT p.*, s.slug,
               (SELECT json_agg(v ORDER BY v.position) FROM product_variants v WHERE v.product_id = p.id) AS variants,
               (SELECT json_agg(t ORDER BY t.min_quantity) FROM product_price_tiers t WHERE t.product_id = p.id) AS tiers,
               (SELECT json_agg(i ORDER BY i.position) FROM product_images i WHERE i.product_id = p.id) AS images
             FROM products p JOIN stores s ON s.id = p.store_id
             WHERE p.id = $1 AND p.status = 'published' AND s.status IN ${STORE_VISIBLE}`,
      values: [request.params.id],
    });
    const { search_vector: _vector, ...product } = rows[0] ?? {};
    return product;
  });
  raw.get<{ Querystring: { q: string } }>('/search', async (request) => {
    const query = matchQuery(request.query.q) ?? '';
    const { edge, ranked } = rawSearchQueries();
    const found = await pool.query<{ published_at: string; id: string }>({
      name: 'bench-search-edge',
      text: edge,
      values: [query],
    });
    const [oldest] = found.rows;
    const { rows } = await pool.query({
      name: 'bench-search',
      text: ranked,
      values: [query, oldest?.published_at ?? 'epoch', oldest?.id ?? NO_ID],
    });
    return { items: rows.slice(0, PAGE) };
  });
  return raw;
}

interface Template {
  storeId: string;
  categoryId: string;
  uploadId: string;
}

/**
 * One merchant with an open store, a published design and one product image, through the tests'
 * own fixtures: the row the seeded stores copy, and the image every seeded product shows.
 */
async function seedTemplateStore({ testApp, database }: BenchApp): Promise<Template> {
  const merchant = await storefrontMerchant(testApp);
  await testApp.worker.drain();
  const photo = await sharp({
    create: { width: 1600, height: 1600, channels: 3, background: '#be123c' },
  })
    .jpeg()
    .toBuffer();
  const uploadId = await uploadPng(testApp, merchant.cookie, 'product', photo);
  const { rows } = await database.pool.query<{ store_id: string; category_id: string }>(
    `SELECT s.id AS store_id, (SELECT c.id FROM categories c WHERE c.code = 'dresses') AS category_id
     FROM stores s WHERE s.merchant_id = $1`,
    [merchant.id],
  );
  const [row] = rows;
  if (!row?.category_id) throw new Error('no store or no category "dresses" to seed with');
  return { storeId: row.store_id, categoryId: row.category_id, uploadId };
}

/** STORES seeded merchants, each with a copy of the template's open store (slug bench-i). */
async function seedStores(pool: Pool, templateId: string) {
  await seedMerchants(pool, 0, STORES);
  const { rows } = await pool.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_name = 'stores' AND table_schema = current_schema()
       AND column_name NOT IN ('id', 'merchant_id', 'slug')`,
  );
  const columns = rows.map((row) => row.column_name);
  await pool.query(
    `INSERT INTO stores (merchant_id, slug, ${columns.join(', ')})
     SELECT md5('seed-merchant-' || i)::uuid, 'bench-' || i, ${columns.map((c) => `t.${c}`).join(', ')}
     FROM stores t, generate_series(0, $2::int - 1) AS i WHERE t.id = $1`,
    [templateId, STORES],
  );
}

const ZH_WORDS = ['夏季', '新款', '纯棉', '宽松', '韩版', '复古', '加厚', '男士', '女士', '儿童'];
const ZH_NOUNS = [
  '连衣裙',
  '手机壳',
  '保温杯',
  '运动鞋',
  '蓝牙耳机',
  '绿茶',
  '陶瓷茶具',
  '双肩包',
  '衬衫',
  '台灯',
];
const EN_WORDS = ['summer', 'cotton', 'vintage', 'wireless', 'steel', 'leather', 'travel', 'kids'];
const EN_NOUNS = [
  'dress',
  'phone case',
  'bottle',
  'sneakers',
  'earbuds',
  'tea',
  'teapot',
  'backpack',
];
const pick = <T>(list: T[], n: number): T => list[n % list.length] as T;

/**
 * Products from..to-1, spread evenly over the seeded stores, published, each with a variant, two
 * price tiers and the template's image: one multi-row INSERT per thousand, the search text made
 * by the same indexText the app uses.
 */
async function seedProducts(pool: Pool, template: Template, from: number, to: number) {
  const BATCH = 2_000;
  for (let start = from; start < to; start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => start + k);
    const titles = numbers.map(
      (n) =>
        `${pick(ZH_WORDS, n)}${pick(ZH_WORDS, n * 7 + 3)}${pick(ZH_NOUNS, n * 3 + 1)} ${pick(EN_WORDS, n * 5)} ${pick(EN_NOUNS, n * 11 + 2)} ${n}`,
    );
    await pool.query(
      `INSERT INTO products (store_id, merchant_id, category_id, title, description_html,
                             weight_grams, pricing_mode, min_order_quantity, status,
                             list_price_amount, currency, quality_score, search_vector,
                             published_at, created_at, updated_at)
       SELECT s.id, s.merchant_id, $3::uuid, t.title, '<p>' || t.title || '</p>', 300,
              'by_quantity', 1, 'published', 1000 + (t.n % 9000), 'CNY', 80,
              to_tsvector('simple', t.search), now(), now() - make_interval(secs => t.n), now()
       FROM unnest($1::int[], $2::text[], $4::text[]) AS t (n, title, search)
       JOIN stores s ON s.slug = 'bench-' || (t.n % ${STORES})`,
      [numbers, titles, template.categoryId, titles.map((title) => indexText([title]))],
    );
  }
  const newProducts = `SELECT p.id, p.store_id, p.list_price_amount FROM products p
    WHERE NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)`;
  await pool.query(
    `INSERT INTO product_variants (product_id, store_id, sku, options, stock, price_amount, position)
     SELECT id, store_id, 'SKU-' || replace(id::text, '-', ''), '{}', 500, NULL, 0 FROM (${newProducts}) p`,
  );
  await pool.query(
    `INSERT INTO product_price_tiers (product_id, min_quantity, price_amount)
     SELECT p.id, tier.q, CASE WHEN tier.q = 1 THEN p.list_price_amount ELSE p.list_price_amount * 9 / 10 END
     FROM products p CROSS JOIN (VALUES (1), (100)) AS tier (q)
     WHERE NOT EXISTS (SELECT 1 FROM product_price_tiers t WHERE t.product_id = p.id)`,
  );
  await pool.query(
    `INSERT INTO product_images (product_id, upload_id, position)
     SELECT p.id, $1, 0 FROM products p
     WHERE NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id)`,
    [template.uploadId],
  );
  await pool.query(
    'VACUUM ANALYZE products, product_variants, product_price_tiers, product_images, stores',
  );
}

async function warmUp(origin: string, targets: string[]) {
  const queue = [...targets];
  const fetchNext = async (): Promise<void> => {
    const target = queue.shift();
    if (target === undefined) return;
    const response = await fetch(`${origin}${target}`, { headers: BROWSER_HEADERS });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${target}: ${response.status}: ${body.slice(0, 300)}`);
    return fetchNext();
  };
  await Promise.all(Array.from({ length: 8 }, fetchNext));
}

const execFileAsync = promisify(execFile);

async function load(origin: string, paths: string[]): Promise<Figures> {
  const input = {
    origin,
    paths,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: BROWSER_HEADERS,
  };
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT_DIR, 'bench/rotating-load.ts'), JSON.stringify(input)],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${origin}${paths[0]}: ${result.non2xx} answers not 2xx, ${result.errors} errors`,
    );
  }
  return { rps: result.rps, p50: result.p50, p99: result.p99 };
}

function mean(runs: Figures[]): Figures {
  const average = (key: keyof Figures) =>
    runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
  return { rps: average('rps'), p50: average('p50'), p99: average('p99') };
}

const sizeLabel = (size = 0) => (size >= 1000 ? `${size / 1000}k` : String(size));
const ms = (value: number) => `${value.toFixed(0)}ms`.padStart(5);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * The app's search as plain SQL: the window's edge among the newest listings (the app asks the
 * index only when the slice holds too few matches, never for these common queries), then the
 * window ranked in the index's order.
 */
function rawSearchQueries() {
  const card = `p.id, p.title, s.slug, p.list_price_amount, p.currency, p.min_order_quantity,
    (SELECT i.upload_id FROM product_images i WHERE i.product_id = p.id AND i.position = 0) AS main_image`;
  const visible = `s.status IN ${STORE_VISIBLE} AND s.design_published IS NOT NULL`;
  return {
    edge: `SELECT r.published_at::text, r.id
           FROM (SELECT id, store_id, published_at, search_vector FROM products
                 WHERE status = 'published' ORDER BY published_at DESC, id DESC
                 LIMIT ${20 * SEARCH_RANK_WINDOW}) r
           JOIN stores s ON s.id = r.store_id
           WHERE ${visible} AND r.search_vector @@ to_tsquery('simple', $1)
           ORDER BY r.published_at DESC, r.id DESC OFFSET ${SEARCH_RANK_WINDOW - 1} LIMIT 1`,
    ranked: `SELECT ${card}, ts_rank(p.search_vector, to_tsquery('simple', $1)) AS rank
             FROM products p JOIN stores s ON s.id = p.store_id
             WHERE p.status = 'published' AND ${visible}
               AND (p.search_vector @@ to_tsquery('simple', $1)) IS TRUE
               AND (p.published_at, p.id) >= ($2::timestamptz, $3::uuid)
             ORDER BY rank DESC, p.published_at DESC, p.id DESC LIMIT ${PAGE + 1}`,
  };
}

/** BENCH_EXPLAIN=1: the plans of the search's two queries at each size. */
async function explainSearch(pool: Pool) {
  const { edge, ranked } = rawSearchQueries();
  for (const q of ['连衣裙', 'dress']) {
    const query = matchQuery(q) ?? '';
    const plan = async (text: string, values: unknown[]) => {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
    };
    await plan(edge, [query]);
    const { rows } = await pool.query(edge, [query]);
    await plan(ranked, [query, rows[0]?.published_at ?? 'epoch', rows[0]?.id ?? NO_ID]);
  }
}
