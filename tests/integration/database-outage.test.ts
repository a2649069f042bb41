import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/server/db/client.ts';
import { createScheduler } from '../../src/server/jobs/scheduler.ts';
import { call, freshEmail, PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import type { DatabaseProxy } from '../support/db-proxy.ts';

const HOUR = 60 * 60 * 1000;

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('when the database goes away and comes back', () => {
  let testApp: TestApp;
  let proxy: DatabaseProxy;

  beforeAll(async () => {
    testApp = await createTestApp({ proxiedDatabase: true });
    proxy = testApp.database.proxy as DatabaseProxy;
    testApp.worker.start();
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await testApp.close();
  });

  /**
   * With the worker paused, every connection is back in the pool: none was kept by a transaction
   * whose BEGIN failed on a dead connection (that drained the pool for good, a 503 forever).
   */
  async function expectNoConnectionLost() {
    await testApp.worker.stop();
    const { pool } = testApp.database;
    expect(pool.totalCount - pool.idleCount).toBe(0);
    testApp.worker.start();
  }

  const signUp = (email: string, locale: 'en' | 'zh-CN' = 'en') =>
    call(testApp, 'POST', '/api/v1/auth/signup', {
      body: { email, password: PASSWORD, accountType: 'personal' },
      headers: { 'accept-language': locale },
    });

  it('answers 503 in both languages while it is gone, is not ready, and serves again once it is back', async () => {
    expect((await call(testApp, 'GET', '/readyz')).statusCode).toBe(200);
    // Connections checked out when the database vanishes, one between queries (as inside a
    // transaction) and one in the middle of a query: neither may take the process down.
    const between = await testApp.database.pool.connect();
    const during = await testApp.database.pool.connect();
    const slowQuery = during.query('SELECT pg_sleep(5)').then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    await proxy.cut();
    const queryError = await slowQuery;
    expect(isDatabaseUnavailable(queryError)).toBe(true);
    // Give the idle checked-out client time to emit its 'error' event.
    await new Promise((resolve) => setTimeout(resolve, 200));
    between.release(true);
    during.release(true);

    const readiness = await call(testApp, 'GET', '/readyz');
    expect(readiness.statusCode).toBe(503);
    expect(readiness.json()).toMatchObject({ status: 'not_ready', checks: { database: false } });

    const english = await signUp(freshEmail());
    expect(english.statusCode).toBe(503);
    expect(english.headers['retry-after']).toBe('5');
    expect(english.json()).toEqual({
      error: {
        code: 'database.unavailable',
        message: 'The service is briefly unavailable. Please try again in 5 seconds.',
      },
    });
    const chinese = await signUp(freshEmail(), 'zh-CN');
    expect(chinese.statusCode).toBe(503);
    expect(chinese.json().error).toEqual({
      code: 'database.unavailable',
      message: '服务暂时不可用，请 5 秒后重试。',
    });

    await proxy.restore();
    await eventually(async () =>
      (await call(testApp, 'GET', '/readyz')).statusCode === 200 ? true : undefined,
    );
    const email = freshEmail();
    expect((await signUp(email)).statusCode).toBe(202);
    // The outbox worker, running all along, picked up again and delivered the code.
    const delivered = await eventually(async () => {
      const response = await call(testApp, 'GET', `/api/v1/dev/messages?to=${email}`);
      const messages = response.json() as unknown[];
      return messages.length > 0 ? messages : undefined;
    });
    expect(delivered).toHaveLength(1);
    await expectNoConnectionLost();
  }, 40_000);

  it('runs a scheduled job again soon after the database is back, not an interval later', async () => {
    let runs = 0;
    const scheduler = createScheduler({
      db: testApp.database.db,
      jobs: [
        {
          name: `outage-probe-${Date.now()}`,
          everyMs: HOUR,
          run: async (tx) => {
            await tx.execute(sql`SELECT 1`);
            runs += 1;
          },
        },
      ],
      clock: testApp.deps.clock,
      log: { warn: () => undefined },
    });
    await proxy.cut();
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toBe(0);
    await proxy.restore();
    await eventually(async () => (runs > 0 ? true : undefined), 10_000);
    await scheduler.stop();
    expect(runs).toBe(1);
    await expectNoConnectionLost();
  }, 20_000);
});
