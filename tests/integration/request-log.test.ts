import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSerializers } from '../../src/server/db/loggable-error.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

describe('request log', () => {
  let testApp: TestApp;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    // What main.ts writes to stdout, collected here.
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: 'info', serializers: errorSerializers }, sink);
    testApp = await createTestApp({ logger });
    testApp.app.get('/api/v1/test/explode', async () => {
      throw new Error('exploded on purpose');
    });
  });
  afterAll(() => testApp.close());

  const requestLines = (reqId: unknown) => lines.filter((line) => line.reqId === reqId);

  it('writes one line per request: id, method, URL, status and time taken', async () => {
    lines.length = 0;
    const answered = await testApp.app.inject({ method: 'GET', url: '/healthz?probe=1' });
    expect(answered.statusCode).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: expect.any(String),
      req: { method: 'GET', url: '/healthz?probe=1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  it('still logs a failure with its error, next to the line of its request', async () => {
    lines.length = 0;
    const failed = await testApp.app.inject({ method: 'GET', url: '/api/v1/test/explode' });
    expect(failed.statusCode).toBe(500);
    const reqId = lines.find((line) => line.msg === 'request failed')?.reqId;
    expect(reqId).toEqual(expect.any(String));
    expect(requestLines(reqId).map((line) => line.msg)).toEqual([
      'request failed',
      'request completed',
    ]);
    expect(requestLines(reqId)[0]).toMatchObject({
      level: 50,
      err: { message: 'exploded on purpose' },
    });
    expect(requestLines(reqId)[1]).toMatchObject({ res: { statusCode: 500 } });
  });

  it('answers in the language of the lang cookie, else of Accept-Language, each request anew', async () => {
    const message = async (headers: Record<string, string>) =>
      (await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers })).json().error
        .message as string;
    const chinese = await message({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    const english = await message({ 'accept-language': 'en-US,en;q=0.9' });
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    // The same header again, now with a cookie that says otherwise: the cookie wins.
    expect(await message({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8', cookie: 'lang=en' })).toBe(
      english,
    );
    expect(await message({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).toBe(chinese);
    expect(await message({ 'accept-language': 'en;q=0.2, zh;q=0.8' })).toBe(chinese);
  });
});
