import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/server/db/client.ts';
import { queueEmail, queueSms } from '../../src/server/notifications/foundation-templates.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

describe('HTTP foundation', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    testApp.app.get('/api/v1/test/explode', async () => {
      throw new Error('password=hunter2 at db.internal:5432');
    });
  });
  afterAll(() => testApp.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'GET', url, headers });

  it('answers health and readiness', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: true, migrations: true },
    });
  });

  it('serves a valid OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await get('/api/openapi.json');
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/dev/messages', '/healthz', '/readyz']),
    );
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const docs = await get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown API routes with a JSON 404 in the language of the request', async () => {
    const english = await get('/api/v1/nothing-here');
    expect(english.statusCode).toBe(404);
    expect(english.json()).toEqual({ error: { code: 'http.not_found', message: 'Not found.' } });

    const chinese = await get('/api/v1/nothing-here', {
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
    });
    expect(chinese.json().error.message).toBe('未找到请求的内容。');

    const cookieWins = await get('/api/v1/nothing-here', {
      'accept-language': 'zh-CN',
      cookie: 'lang=en',
    });
    expect(cookieWins.json().error.message).toBe('Not found.');
  });

  it('names the bad field in validation errors', async () => {
    const response = await get(`/api/v1/dev/messages?to=${'x'.repeat(400)}`, {
      cookie: 'lang=zh-CN',
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation.failed');
    expect(error.details).toEqual([{ field: 'to', rule: 'maxLength', message: '最多 320 个字符' }]);
    expect(error.message).toContain('to');
  });

  it('never shows internals in a 500', async () => {
    const response = await get('/api/v1/test/explode');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
    });
    expect(response.body).not.toContain('hunter2');
  });

  it('answers unknown pages and unknown stores with an HTML 404 page', async () => {
    const page = await get('/no/such/page');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('404');

    const store = await get('/s/nope', { 'accept-language': 'zh-CN' });
    expect(store.statusCode).toBe(404);
    expect(store.headers['content-type']).toContain('text/html');
    expect(store.body).toContain('该店铺不存在或尚未开业。');
    expect(store.body).toContain('<html lang="zh-CN">');
    // The page's own CSS arrives intact, not HTML-escaped.
    expect(store.body).toContain("font-family:-apple-system,'Segoe UI'");
  });

  it('puts e-mail and SMS into the development mailbox, newest first, matched case-insensitively', async () => {
    await withTx(testApp.database.db, async (tx) => {
      await queueEmail(tx, {
        key: 'mb1',
        to: 'Shop@Example.com',
        template: 'system.test',
        locale: 'en',
        data: { sentAt: 'first' },
      });
      await queueSms(tx, {
        key: 'mb2',
        to: '+8613800138000',
        template: 'system.test',
        locale: 'zh-CN',
        data: { sentAt: 'sms' },
      });
    });
    await testApp.worker.drain();
    await withTx(testApp.database.db, (tx) =>
      queueEmail(tx, {
        key: 'mb3',
        to: 'shop@example.com',
        template: 'system.test',
        locale: 'en',
        data: { sentAt: 'second' },
      }),
    );
    await testApp.worker.drain();

    const mail = (await get('/api/v1/dev/messages?to=SHOP@example.com')).json();
    expect(mail.map((m: { text: string }) => m.text.includes('second'))).toEqual([true, false]);
    expect(mail[0]).toMatchObject({
      channel: 'email',
      to: 'shop@example.com',
      subject: 'Kaidian: test message',
    });

    const sms = (await get('/api/v1/dev/messages?to=%2B8613800138000')).json();
    expect(sms).toEqual([
      expect.objectContaining({ channel: 'sms', subject: null, text: '【开店】测试短信（sms）。' }),
    ]);

    const page = await get('/dev/mailbox?to=shop@example.com');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kaidian: test message');
    const detail = await get(`/dev/mailbox/${mail[0].id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('sandbox=""');
  });

  it('refuses state-changing requests a browser sends from another site', async () => {
    const post = (headers: Record<string, string>) =>
      testApp.app.inject({ method: 'POST', url: '/api/v1/nothing-here', headers, payload: {} });
    expect((await post({ origin: 'https://evil.example' })).json().error.code).toBe(
      'http.forbidden_origin',
    );
    expect((await post({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    // Same origin, and clients that are not browsers, get through to routing (a 404 here).
    expect((await post({ origin: 'http://localhost:3000' })).statusCode).toBe(404);
    expect(
      (await post({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' })).statusCode,
    ).toBe(404);
    expect((await post({})).statusCode).toBe(404);
  });

  it('exposes Prometheus metrics with request counts by route and the outbox depth', async () => {
    await get('/healthz');
    const metrics = (await get('/metrics')).body;
    expect(metrics).toMatch(
      /http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/,
    );
    expect(metrics).toContain('http_request_duration_seconds_bucket');
    expect(metrics).toMatch(/outbox_messages\{status="pending"\} \d+/);
  });
});

describe('with SMTP configured', () => {
  it('does not expose the development mailbox', async () => {
    const testApp = await createTestApp({
      env: { SMTP_URL: 'smtp://127.0.0.1:1' },
      email: { name: 'smtp', send: async () => undefined, close: async () => undefined },
    });
    try {
      expect((await testApp.app.inject({ url: '/api/v1/dev/messages' })).statusCode).toBe(404);
      expect((await testApp.app.inject({ url: '/dev/mailbox' })).statusCode).toBe(404);
    } finally {
      await testApp.close();
    }
  });
});

describe('compression', () => {
  it('compresses the web bundle and JSON for clients that accept it', async () => {
    const testApp = await createTestApp();
    try {
      const index = await testApp.app.inject({
        url: '/',
        headers: { 'accept-encoding': 'br, gzip' },
      });
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1];
      expect(script).toBeDefined();
      const bundle = await testApp.app.inject({
        url: script as string,
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.headers['content-encoding']).toBe('gzip');
      const openapi = await testApp.app.inject({
        url: '/api/openapi.json',
        headers: { 'accept-encoding': 'br' },
      });
      expect(openapi.headers['content-encoding']).toBe('br');
    } finally {
      await testApp.close();
    }
  });
});
