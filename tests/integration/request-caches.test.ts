import fs from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../src/server/app-types.ts';
import { STOREFRONT_LISTENER_NAME } from '../../src/server/modules/stores/index.ts';
import { CACHE_LISTENER_NAME } from '../../src/server/modules/stores/routes/offering-routes.ts';
import {
  createSecondInstance,
  createTestApp,
  type SecondInstance,
  type TestApp,
} from '../support/app.ts';
import {
  api,
  designFor,
  offer,
  openStore,
  operatorCookie,
  storeMerchant,
} from '../support/stores.ts';

// What each instance keeps in memory (store types, rendered storefronts) follows a change made
// through another instance on the same database, without a restart.

describe('caches shared by instances on one database', () => {
  let testApp: TestApp;
  let second: SecondInstance;
  let admin: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    second = await createSecondInstance(testApp);
    ({ cookie: admin } = await operatorCookie(testApp, ['admin']));
  });
  afterAll(async () => {
    await second?.close();
    await testApp?.close();
  });

  const typeName = async (app: AppInstance, code: string) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/store-types' });
    expect(response.statusCode).toBe(200);
    return response.json().find((type: { code: string }) => type.code === code)?.name;
  };
  const rename = async (id: string, en: string) => {
    const response = await api(testApp, 'PUT', `/api/v1/admin/store-types/${id}`, {
      cookie: admin,
      body: { names: { en, 'zh-CN': '个人店铺' } },
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  /** What an instance answers now, retried until it says `expected` (or `ms` have passed). */
  async function eventually<T>(read: () => Promise<T>, expected: T, ms = 5_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (Object.is(value, expected) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** An instance's answer, asked again until `done` says so (or `ms` have passed). */
  async function eventuallyAnswer<T>(
    ask: () => Promise<T>,
    done: (answer: T) => boolean,
    ms = 5_000,
  ) {
    const deadline = Date.now() + ms;
    for (;;) {
      const answer = await ask();
      if (done(answer) || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('lists a renamed store type at once here, and soon on the other instance', async () => {
    const personal = await offer(testApp, 'personal', 'standard');
    // Both instances have the list in memory before the change.
    expect(await typeName(testApp.app, 'personal')).toBe('Personal store');
    expect(await typeName(second.app, 'personal')).toBe('Personal store');
    await rename(personal.storeTypeId, 'Individual seller');
    expect(await typeName(testApp.app, 'personal')).toBe('Individual seller');
    expect(await eventually(() => typeName(second.app, 'personal'), 'Individual seller')).toBe(
      'Individual seller',
    );
  });

  it('follows a change while its listener is down, by the version check', async () => {
    const personal = await offer(testApp, 'personal', 'standard');
    expect(await typeName(second.app, 'personal')).toBe('Individual seller');
    await testApp.database.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = ${CACHE_LISTENER_NAME} AND datname = current_database()`,
    );
    await rename(personal.storeTypeId, 'Personal store');
    // The check runs every 5 s while nobody listens.
    expect(await eventually(() => typeName(second.app, 'personal'), 'Personal store', 12_000)).toBe(
      'Personal store',
    );
  });

  it('serves the cached list compressed as asked, the same JSON as uncompressed', async () => {
    const get = (encoding: string) =>
      second.app.inject({
        method: 'GET',
        url: '/api/v1/store-types',
        headers: { 'accept-encoding': encoding, 'accept-language': 'zh-CN' },
      });
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    const brotli = await get('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(String(brotli.headers.vary)).toContain('Accept-Encoding');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    expect(plain.json()[0].name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows a storefront republished through one instance on the other', async () => {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const publish = async (announcement: string) => {
      const saved = await api(testApp, 'PUT', '/api/v1/me/store/design', {
        cookie: merchant.cookie,
        body: await designFor(testApp, merchant, { announcement }),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
        cookie: merchant.cookie,
      });
      expect(published.statusCode, published.body).toBe(200);
      return published.json().slug as string;
    };
    const slug = await publish('Spring tea has arrived.');
    const page = (headers: Record<string, string> = {}) =>
      second.app.inject({ method: 'GET', url: `/s/${slug}`, headers });
    const first = await page();
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Spring tea has arrived.');
    const etag = String(first.headers.etag);
    // Revalidating: nothing changed, nothing sent.
    const unchanged = await page({ 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    await publish('Autumn oolong is in.');
    // The other instance learns of it by the NOTIFY, a moment after the commit.
    const revalidated = await eventuallyAnswer(
      () => page({ 'if-none-match': etag }),
      (response) => response.statusCode === 200,
    );
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.body).toContain('Autumn oolong is in.');
    expect(revalidated.headers.etag).not.toBe(etag);
    // The same bytes, and so the same validator, whichever instance answers.
    const here = await testApp.app.inject({ method: 'GET', url: `/s/${slug}` });
    expect(here.headers.etag).toBe(revalidated.headers.etag);
    expect(here.body).toBe(revalidated.body);
  });

  it('drops a storefront suspended through the other instance', async () => {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: await designFor(testApp, merchant),
    });
    const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    const slug = published.json().slug as string;
    expect((await second.app.inject({ method: 'GET', url: `/s/${slug}` })).statusCode).toBe(200);
    // Whatever code path changes the store row (here a direct write), the page follows it.
    await testApp.database.pool.query(`UPDATE stores SET status = 'suspended' WHERE slug = $1`, [
      slug,
    ]);
    const gone = await eventuallyAnswer(
      () => second.app.inject({ method: 'GET', url: `/s/${slug}` }),
      (response) => response.statusCode === 404,
    );
    expect(gone.statusCode).toBe(404);
  });

  /** A published storefront of a new merchant: its slug and the merchant's cookie. */
  async function publishedStore(options: { name?: string } = {}) {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    const saved = await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body: await designFor(testApp, merchant, options),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);
    return { slug: published.json().slug as string, cookie: merchant.cookie };
  }

  it('serves an unchanged storefront, page and 304, without asking the database', async () => {
    const { slug } = await publishedStore();
    const page = (headers: Record<string, string> = {}) =>
      second.app.inject({ method: 'GET', url: `/s/${slug}`, headers });
    const first = await page();
    expect(first.statusCode).toBe(200);
    const { pool } = second.deps.database;
    const query = pool.query;
    let queries = 0;
    pool.query = ((...args: Parameters<typeof query>) => {
      queries += 1;
      return query.apply(pool, args);
    }) as typeof query;
    try {
      const again = await page();
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(first.body);
      const revalidated = await page({ 'if-none-match': String(first.headers.etag) });
      expect(revalidated.statusCode).toBe(304);
    } finally {
      pool.query = query;
    }
    expect(queries).toBe(0);
  });

  it("shows a store type's new name on the other instance's storefront, with a new ETag", async () => {
    const { slug } = await publishedStore();
    const personal = await offer(testApp, 'personal', 'standard');
    const page = () => second.app.inject({ method: 'GET', url: `/s/${slug}` });
    const before = await page();
    expect(before.body).toContain('Personal store');
    await rename(personal.storeTypeId, 'Tea house');
    const after = await eventuallyAnswer(page, (response) => response.body.includes('Tea house'));
    expect(after.body).toContain('Tea house');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await rename(personal.storeTypeId, 'Personal store');
  });

  it('moves a storefront to its new address at once here, and soon on the other instance', async () => {
    const { slug, cookie } = await publishedStore();
    const here = (at: string) => testApp.app.inject({ method: 'GET', url: `/s/${at}` });
    const there = (at: string) => second.app.inject({ method: 'GET', url: `/s/${at}` });
    expect((await here(slug)).statusCode).toBe(200);
    expect((await there(slug)).statusCode).toBe(200);
    const moved = await api(testApp, 'PUT', '/api/v1/me/store/slug', {
      cookie,
      body: { slug: `${slug}-moved` },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await here(slug)).statusCode).toBe(404);
    expect((await here(`${slug}-moved`)).statusCode).toBe(200);
    const old = await eventuallyAnswer(
      () => there(slug),
      (response) => response.statusCode === 404,
    );
    expect(old.statusCode).toBe(404);
    expect((await there(`${slug}-moved`)).statusCode).toBe(200);
  });

  it('follows a store change while its storefront listener is down', async () => {
    const { slug } = await publishedStore();
    const page = () => second.app.inject({ method: 'GET', url: `/s/${slug}` });
    expect((await page()).statusCode).toBe(200);
    await testApp.database.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = ${STOREFRONT_LISTENER_NAME} AND datname = current_database()`,
    );
    await testApp.database.pool.query(`UPDATE stores SET status = 'suspended' WHERE slug = $1`, [
      slug,
    ]);
    // Nothing held is trusted while nobody listens: the next page looks the store up again.
    const gone = await eventuallyAnswer(page, (response) => response.statusCode === 404, 1_000);
    expect(gone.statusCode).toBe(404);
  });

  it('sends the web bundle compressed at build, not per request', async () => {
    const index = await testApp.app.inject({ method: 'GET', url: '/login' });
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(script).toBeDefined();
    const get = (encoding: string) =>
      testApp.app.inject({
        method: 'GET',
        url: script as string,
        headers: { 'accept-encoding': encoding },
      });
    const plain = await get('identity');
    expect(plain.statusCode).toBe(200);
    const brotli = await get('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    // The file the build wrote, sent as it is.
    const built = await fs.readFile(path.join(testApp.deps.webDir, `${script}.br`));
    expect(brotli.rawPayload.equals(built)).toBe(true);
    expect(brotliDecompressSync(brotli.rawPayload).equals(plain.rawPayload)).toBe(true);
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
  });
});
