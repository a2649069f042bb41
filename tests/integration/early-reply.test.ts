import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { multipartBody } from '../support/multipart.ts';
import { createOperatorTestApp, insertMerchant, type TestMerchant } from '../support/operators.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request through a real HTTP client, the way a browser or SDK sends it. */
function send(
  agent: http.Agent,
  url: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { agent, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    // A request lost on a reset connection would otherwise wait for the test's own timeout.
    request.setTimeout(15_000, () => request.destroy(new Error('no answer within 15 s')));
    request.end(options.body);
  });
}

describe('an early reply to a request whose body is still arriving', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp;
  let merchant: TestMerchant;
  let url: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    merchant = await insertMerchant(testApp);
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => testApp.close());

  it('refuses a 12 MB upload and the next request on the same client still succeeds', async () => {
    // One socket, kept alive: a client that reuses its connection, as browsers and SDKs do.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const form = multipartBody(
        { purpose: 'kyc' },
        {
          filename: 'scan.jpg',
          contentType: 'image/jpeg',
          data: Buffer.alloc(12 * 1024 * 1024, 7),
        },
      );
      const refused = await send(agent, `${url}/api/v1/uploads`, {
        method: 'POST',
        headers: { ...form.headers, cookie: merchant.cookie, 'accept-language': 'en' },
        body: form.payload,
      });
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).error.code).toBe('upload.too_large');

      const next = await send(agent, `${url}/api/v1/me`, { headers: { cookie: merchant.cookie } });
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
