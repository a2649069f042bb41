import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { call } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { multipartBody } from '../support/multipart.ts';
import {
  createOperatorTestApp,
  insertMerchant,
  insertOperator,
  logInOperator,
  type TestMerchant,
} from '../support/operators.ts';

const NUL = '\u0000';
const ERROR_SHAPE = {
  error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
};

describe('bad input is a 4xx in the error shape, never a 500', () => {
  const clock = new ManualClock(new Date());
  let testApp: TestApp;
  let merchant: TestMerchant;
  let adminCookie: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    // A route that hands its input to PostgreSQL unchecked, as a route with a gap in its schema
    // would: the database's refusal must still be the client's 400.
    testApp.app.get('/api/v1/test/echo', async (request) => {
      const { text } = request.query as { text: string };
      const result = await testApp.database.pool.query('SELECT $1::int8 AS n', [text]);
      return result.rows[0];
    });
    merchant = await insertMerchant(testApp);
    adminCookie = await logInOperator(testApp, clock, await insertOperator(testApp, ['admin']));
  });
  afterAll(() => testApp.close());

  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });

  function expectFieldRefused(
    response: Awaited<ReturnType<typeof inject>>,
    field: string,
    rule = 'nul',
  ) {
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('validation.failed');
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, rule }));
  }

  it('refuses a NUL character in any text field, naming the field', async () => {
    expectFieldRefused(
      await call(testApp, 'POST', '/api/v1/auth/login', {
        body: { identifier: `a${NUL}@example.com`, password: 'whatever-it-is' },
      }),
      'identifier',
    );
    expectFieldRefused(
      await inject('PATCH', '/api/v1/me', {
        cookie: merchant.cookie,
        body: { realName: `Li${NUL}Lei` },
      }),
      'realName',
    );
    expectFieldRefused(
      await inject('PUT', '/api/v1/me/business-profile', {
        cookie: merchant.cookie,
        body: {
          industry: `apparel${NUL}`,
          businessModel: 'retailer',
          experience: 'none',
          platforms: ['taobao', `jd${NUL}`],
          targetMarkets: ['CN'],
          teamSize: 'solo',
        },
      }),
      'platforms.1',
    );
    expectFieldRefused(
      await inject('PUT', '/api/v1/me/store/design', {
        cookie: merchant.cookie,
        body: { name: `Lily${NUL}`, templateId: 'classic', theme: 'teal' },
      }),
      'name',
    );
  });

  it('refuses a NUL character in a path, in Chinese for a Chinese reader', async () => {
    const storeProducts = await inject('GET', '/api/v1/stores/%00/products', {
      headers: { 'accept-language': 'zh-CN' },
    });
    expectFieldRefused(storeProducts, 'slug');
    expect(storeProducts.json().error.details[0].message).toBe('不能包含空字符（\\u0000）');
    expectFieldRefused(
      await inject('POST', '/api/v1/me/growth-plan/tasks/a%00b/complete', {
        cookie: merchant.cookie,
      }),
      'key',
    );
    expectFieldRefused(
      await inject('GET', '/api/v1/admin/audit-log?action=log%00in', { cookie: adminCookie }),
      'action',
    );
  });

  it("answers bad input to the storefront's pages with a page in the reader's language", async () => {
    for (const url of [
      '/s/%00',
      '/s/some-store?q=a%00b',
      '/s/some-store/p/%00',
      '/search?q=%00',
      `/search?q=${'x'.repeat(101)}`,
    ]) {
      const page = await inject('GET', url, { headers: { 'accept-language': 'zh-CN' } });
      expect(page.statusCode, url).toBe(400);
      expect(page.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(page.body, url).toContain('<html lang="zh-CN">');
      expect(page.body, url).toContain('无法显示此页面');
      // What is wrong with the field, not the API's list of field names.
      expect(page.body, url).toMatch(/不能包含空字符|最多 100 个字符/);
      expect(page.body, url).not.toContain('以下字段填写有误');
    }
    const english = await inject('GET', '/search?q=%00', { headers: { 'accept-language': 'en' } });
    expect(english.body).toContain('This page cannot be shown');
  });

  it('turns input PostgreSQL refuses into a 400, whatever route let it through', async () => {
    for (const text of ['9223372036854775808', 'twelve']) {
      const response = await inject('GET', `/api/v1/test/echo?text=${encodeURIComponent(text)}`);
      expect(response.statusCode, text).toBe(400);
      expect(response.json().error.code).toBe('http.invalid_input');
    }
  });

  it('bounds paging numbers: no id past the largest, no infinite limit', async () => {
    for (const url of [
      '/api/v1/me/deposit?before=9223372036854775808',
      '/api/v1/me/deposit?limit=1e309',
    ]) {
      expect((await inject('GET', url, { cookie: merchant.cookie })).statusCode, url).toBe(400);
    }
    for (const url of [
      '/api/v1/admin/audit-log?before=9223372036854775808',
      '/api/v1/admin/audit-log?limit=1e309',
      '/api/v1/admin/verifications?offset=1e309',
      '/api/v1/admin/merchants?offset=9223372036854775808',
    ]) {
      const response = await inject('GET', url, { cookie: adminCookie });
      // The admin holds no reviewer role, so the verification queue is forbidden; either way
      // nothing reaches the database.
      expect([400, 403], url).toContain(response.statusCode);
      expect(response.json()).toEqual(ERROR_SHAPE);
    }
    const audit = await inject('GET', '/api/v1/admin/audit-log?limit=1e309', {
      cookie: adminCookie,
    });
    expect(audit.json().error.details).toEqual([expect.objectContaining({ field: 'limit' })]);

    // In a JSON body 1e309 parses to Infinity, which schema validation would count as an integer.
    const infinite = await inject('POST', '/api/v1/admin/growth/rules', {
      cookie: adminCookie,
      headers: { 'content-type': 'application/json' },
      body: '{"key":"k","priority":1e309}',
    });
    expectFieldRefused(infinite, 'priority', 'finite');
  });

  it('every integer a URL carries has a lower and an upper bound', async () => {
    const document = (await inject('GET', '/api/openapi.json')).json();
    const unbounded: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, { parameters?: unknown[] }>>(
      document.paths,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of (operation.parameters ?? []) as {
          name: string;
          schema: { type?: string; minimum?: number; maximum?: number };
        }[]) {
          const { schema } = parameter;
          if (schema.type !== 'integer' && schema.type !== 'number') continue;
          if (
            schema.minimum === undefined ||
            schema.maximum === undefined ||
            schema.maximum > Number.MAX_SAFE_INTEGER
          ) {
            unbounded.push(`${method.toUpperCase()} ${path} ${parameter.name}`);
          }
        }
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('answers broken multipart bodies with stable 4xx codes', async () => {
    const good = multipartBody(
      { purpose: 'kyc' },
      { filename: 'a.png', contentType: 'image/png', data: Buffer.alloc(64, 1) },
    );
    const boundary = good.headers['content-type'].split('boundary=')[1] as string;
    const upload = (payload: Buffer | string, contentType: string) =>
      inject('POST', '/api/v1/uploads', {
        cookie: merchant.cookie,
        headers: { 'content-type': contentType },
        body: payload,
      });
    const cases = {
      truncated: await upload(good.payload.subarray(0, 120), good.headers['content-type']),
      noBoundary: await upload(good.payload, 'multipart/form-data'),
      mismatchedBoundary: await upload(good.payload, 'multipart/form-data; boundary=other'),
      garbage: await upload(
        Buffer.from('\u0001\u0002 not a form at all'),
        good.headers['content-type'],
      ),
      notMultipart: await upload('{"purpose":"kyc"}', 'text/plain'),
    };
    expect(boundary).toBeTruthy();
    for (const [name, response] of Object.entries(cases)) {
      expect(response.statusCode, `${name}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, name).toBeLessThan(500);
      expect(response.json(), name).toEqual(ERROR_SHAPE);
    }
    expect(cases.truncated.json().error.code).toBe('upload.malformed_form');
    expect(cases.noBoundary.json().error.code).toBe('upload.malformed_form');
    expect(cases.notMultipart.statusCode).toBe(415);
  });

  it("answers Fastify's own refusals in the error shape and the reader's language", async () => {
    const badEscape = await inject('GET', '/api/v1/uploads/%ZZ', {
      cookie: merchant.cookie,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(badEscape.statusCode).toBe(400);
    expect(badEscape.json()).toEqual({
      error: { code: 'http.bad_url', message: '请求地址格式不正确。' },
    });

    const longParam = await inject('GET', `/api/v1/uploads/${'a'.repeat(5000)}`, {
      cookie: merchant.cookie,
    });
    expect(longParam.statusCode).toBe(414);
    expect(longParam.json().error.code).toBe('http.uri_too_long');

    const json = { 'content-type': 'application/json' };
    const broken = await inject('POST', '/api/v1/auth/login', {
      headers: json,
      body: '{"identifier":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('http.invalid_json');
    const empty = await inject('POST', '/api/v1/auth/login', { headers: json, body: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('http.invalid_json');
    const xml = await inject('POST', '/api/v1/auth/login', {
      headers: { 'content-type': 'application/xml' },
      body: '<login/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('http.unsupported_media_type');
  });

  it('answers what never reaches Fastify (an oversized URL or header block) in the error shape', async () => {
    const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = async (request: string) =>
      new Promise<{ status: number; body: unknown }>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString('utf8');
        });
        socket.on('error', reject);
        socket.on('close', () => {
          const [head = '', body = ''] = received.split('\r\n\r\n');
          resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
        });
      });

    const longUrl = await raw(`GET /api/v1/me?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(longUrl).toEqual({
      status: 414,
      body: {
        error: { code: 'http.uri_too_long', message: 'The address of this request is too long.' },
      },
    });
    const bigHeaders = await raw(
      `GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Filler: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expect(bigHeaders.status).toBe(431);
    expect(bigHeaders.body).toMatchObject({ error: { code: 'http.headers_too_large' } });
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ error: { code: 'http.bad_request' } });
  });

  it('checks the session before the body: 401 for a caller without one, whatever they sent', async () => {
    const requests = [
      { method: 'PATCH' as const, url: '/api/v1/me', body: { realName: 42 } },
      {
        method: 'PATCH' as const,
        url: '/api/v1/me',
        body: '{"broken',
        headers: { 'content-type': 'application/json' },
      },
      { method: 'PUT' as const, url: '/api/v1/me/store/design', body: { name: [] } },
      { method: 'POST' as const, url: '/api/v1/me/verification', body: { kind: 'alien' } },
      { method: 'POST' as const, url: '/api/v1/admin/operators', body: { email: 7 } },
      { method: 'PUT' as const, url: '/api/v1/admin/growth/tasks/x', body: { nope: true } },
      { method: 'GET' as const, url: '/api/v1/admin/audit-log?limit=0' },
      { method: 'POST' as const, url: '/api/v1/admin/payments/not-a-uuid/confirm', body: {} },
    ];
    for (const { method, url, body, headers } of requests) {
      const response = await inject(method, url, { body, headers });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(401);
      expect(response.json().error.code).toBe('auth.required');
    }
  });
});
