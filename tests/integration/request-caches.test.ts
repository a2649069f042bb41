import fs from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../src/server/app-types.ts';
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

  it('shows a storefront republished through one instance on the other at once', async () => {
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
    const revalidated = await page({ 'if-none-match': etag });
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
    expect((await second.app.inject({ method: 'GET', url: `/s/${slug}` })).statusCode).toBe(404);
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
