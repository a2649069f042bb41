import { gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { call, freshEmail, freshPhone, PASSWORD, signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, designFor, openStore, storeMerchant } from '../support/stores.ts';

// Platform security (SPEC §12, issue 8): security headers on every kind of page, the development
// mailbox as a deliberate choice, and X-Forwarded-For believed only from a configured proxy.

/** The directives of a Content-Security-Policy header, by name. */
function policyOf(response: LightMyRequestResponse): Map<string, string[]> {
  const header = response.headers['content-security-policy'];
  expect(header, `${response.statusCode} without a CSP`).toBeTypeOf('string');
  return new Map(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** Scripts come from files only: no inline script, no eval, in the policy or in the page. */
function expectNoInlineScript(response: LightMyRequestResponse): void {
  const policy = policyOf(response);
  const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  if (String(response.headers['content-type']).startsWith('text/html')) {
    for (const tag of response.body.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
  }
}

describe('security headers on every kind of page', () => {
  const clock = new ManualClock('2026-05-01T00:00:00Z');
  let testApp: TestApp;
  let owner: { cookie: string };
  let slug: string;
  let logoUploadId: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    owner = await storeMerchant(testApp);
    await openStore(testApp, owner);
    const design = await designFor(testApp, owner);
    logoUploadId = design.logoUploadId;
    await api(testApp, 'PUT', '/api/v1/me/store/design', { cookie: owner.cookie, body: design });
    const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: owner.cookie,
    });
    expect(published.statusCode, published.body).toBe(200);
    slug = published.json().slug;
  });
  afterAll(() => testApp.close());

  const get = (url: string, cookie?: string) => api(testApp, 'GET', url, { cookie });

  it.each([
    ['the seller center', '/'],
    ['a seller center route', '/dashboard'],
    ['the operator console', '/admin'],
    ['the development mailbox', '/dev/mailbox'],
    ['a 404 page', '/no-such-page'],
    ['the API docs', '/api/docs'],
    ['the API', '/api/v1/me'],
  ])('%s (%s) has a CSP without inline script that nobody may frame', async (_kind, url) => {
    const response = await get(url);
    expect(response.statusCode).toBeLessThan(500);
    expectNoInlineScript(response);
    const policy = policyOf(response);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // PUBLIC_URL is http: no HSTS, and no upgrading a LAN address's requests to https.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('the storefront keeps its own policy: inline styles only, not framed', async () => {
    const page = await get(`/s/${slug}`);
    expect(page.statusCode).toBe(200);
    expectNoInlineScript(page);
    const policy = policyOf(page);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(page.body).toContain('<style>');
  });

  it('the design preview may be framed by the design page, and only from the same origin', async () => {
    const preview = await get('/api/v1/me/store/design/preview', owner.cookie);
    expect(preview.statusCode).toBe(200);
    expectNoInlineScript(preview);
    expect(policyOf(preview).get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('stored files keep their stricter sandboxed policy', async () => {
    const media = await get(`/s/${slug}/media/${logoUploadId}`);
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const own = await get(`/api/v1/uploads/${logoUploadId}/file`, owner.cookie);
    expect(own.statusCode).toBe(200);
    expect(policyOf(own).get('default-src')).toEqual(["'none'"]);
    expect(policyOf(own).has('sandbox')).toBe(true);
  });

  it('the served web app has no inline script to allow', async () => {
    const index = await get('/');
    expect(index.body).toMatch(
      /<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/,
    );
    expectNoInlineScript(index);
  });

  it('pages link an icon that exists, and /favicon.ico answers with it', async () => {
    for (const url of ['/', `/s/${slug}`, '/dev/mailbox']) {
      expect((await get(url)).body).toContain('<link rel="icon" href="/favicon.svg"');
    }
    const svg = await get('/favicon.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain('<svg');
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toMatch(/^image\//);
    expect(ico.body).toBe(svg.body);
  });
});

describe('HSTS', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ env: { PUBLIC_URL: 'https://shop.example.com' } });
  });
  afterAll(() => testApp.close());

  it('is sent when PUBLIC_URL is https, and requests are upgraded', async () => {
    for (const url of ['/', '/admin', '/api/v1/me']) {
      const response = await api(testApp, 'GET', url);
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(policyOf(response).has('upgrade-insecure-requests')).toBe(true);
    }
  });
});

describe('the development mailbox, on for a host other machines reach', () => {
  const clock = new ManualClock('2026-05-01T00:00:00Z');
  let testApp: TestApp;
  let slug: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock, { HOST: '0.0.0.0', DEV_MAILBOX: 'on' });
    const owner = await storeMerchant(testApp);
    await openStore(testApp, owner);
    await api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: owner.cookie,
      body: await designFor(testApp, owner),
    });
    slug = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: owner.cookie })
    ).json().slug;
  });
  afterAll(() => testApp.close());

  it.each([
    ['the seller center', '/'],
    ['the operator console', '/admin/verifications'],
    ['the mailbox itself', '/dev/mailbox'],
    ['a 404 page', '/no-such-page'],
  ])('%s carries the warning in the visitor’s language', async (_kind, url) => {
    const en = await api(testApp, 'GET', url, { headers: { 'accept-language': 'en' } });
    expect(en.body).toContain('data-testid="dev-mailbox-notice"');
    expect(en.body).toContain(
      'Development mailbox on — every e-mail and SMS, codes included, is readable at /dev/mailbox',
    );
    const zh = await api(testApp, 'GET', url, { headers: { 'accept-language': 'zh-CN' } });
    expect(zh.body).toContain(
      '开发邮箱已开启：所有邮件和短信（包括验证码）都能在 /dev/mailbox 直接查看',
    );
  });

  it('a storefront carries it too, compressed or not', async () => {
    const plain = await api(testApp, 'GET', `/s/${slug}`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('data-testid="dev-mailbox-notice"');
    const gzipped = await api(testApp, 'GET', `/s/${slug}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toContain('data-testid="dev-mailbox-notice"');
  });

  it('the mailbox is served, and JSON is left alone', async () => {
    const messages = await api(testApp, 'GET', '/api/v1/dev/messages');
    expect(messages.statusCode).toBe(200);
    expect(Array.isArray(messages.json())).toBe(true);
  });
});

describe('the development mailbox on loopback (the default)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('is served without a warning', async () => {
    const page = await api(testApp, 'GET', '/dev/mailbox');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('dev-mailbox-notice');
    expect((await api(testApp, 'GET', '/')).body).not.toContain('dev-mailbox-notice');
  });
});

describe('DEV_MAILBOX=off', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ env: { HOST: '0.0.0.0', DEV_MAILBOX: 'off' } });
  });
  afterAll(() => testApp.close());

  it('records messages but serves them to nobody', async () => {
    const email = freshEmail();
    const sent = await call(testApp, 'POST', '/api/v1/auth/signup', {
      body: { email, password: PASSWORD, accountType: 'personal' },
    });
    expect(sent.statusCode, sent.body).toBe(202);
    await testApp.worker.drain();
    for (const url of [
      '/api/v1/dev/messages',
      `/api/v1/dev/messages?to=${encodeURIComponent(email)}`,
    ]) {
      const response = await api(testApp, 'GET', url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('http.not_found');
    }
    expect((await api(testApp, 'GET', '/dev/mailbox')).statusCode).toBe(404);
    const { rows } = await testApp.database.pool.query(
      'SELECT count(*)::int AS n FROM dev_messages WHERE to_address = $1',
      [email],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('X-Forwarded-For', () => {
  const codeRequest = (testApp: TestApp, forwardedFor: string, ip = '127.0.0.1') =>
    call(testApp, 'POST', '/api/v1/auth/login/code/request', {
      body: { phone: freshPhone() },
      ip,
      headers: { 'x-forwarded-for': forwardedFor },
    });

  async function sessionIp(testApp: TestApp, forwardedFor: string, ip: string) {
    const email = freshEmail();
    await signUp(testApp, { email });
    const login = await call(testApp, 'POST', '/api/v1/auth/login', {
      body: { identifier: email, password: PASSWORD },
      ip,
      headers: { 'x-forwarded-for': forwardedFor },
    });
    expect(login.statusCode, login.body).toBe(200);
    const session = login.cookies.find((cookie) => cookie.name === 'kd_session')?.value;
    const sessions = await call(testApp, 'GET', '/api/v1/me/sessions', { session, ip });
    return sessions.json().find((entry: { current: boolean }) => entry.current).ip;
  }

  describe('by default (no TRUST_PROXY)', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await createTestApp();
    });
    afterAll(() => testApp.close());

    it('a rotating header does not get past the per-IP limit on sending codes', async () => {
      const ip = '10.77.0.1';
      for (let n = 1; n <= 10; n += 1) {
        expect((await codeRequest(testApp, `203.0.113.${n}`, ip)).statusCode).toBe(202);
      }
      const limited = await codeRequest(testApp, '203.0.113.99', ip);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('http.rate_limited');
    });

    it('a session records the socket address, not the header', async () => {
      expect(await sessionIp(testApp, '198.51.100.7', '10.77.0.2')).toBe('10.77.0.2');
    });
  });

  describe('with TRUST_PROXY=127.0.0.1 (a proxy on this machine)', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await createTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
    });
    afterAll(() => testApp.close());

    it('the client address comes from the proxy’s header, and limits count per client', async () => {
      for (let n = 1; n <= 11; n += 1) {
        expect((await codeRequest(testApp, `203.0.113.${n}`)).statusCode).toBe(202);
      }
      expect(await sessionIp(testApp, '198.51.100.7', '127.0.0.1')).toBe('198.51.100.7');
    });

    it('the header of a client that is not the proxy is still ignored', async () => {
      expect(await sessionIp(testApp, '198.51.100.8', '10.77.0.3')).toBe('10.77.0.3');
    });
  });
});
