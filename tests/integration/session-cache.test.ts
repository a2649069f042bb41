import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../src/server/app-types.ts';
import { SESSIONS_LISTENER_NAME } from '../../src/server/modules/sessions/index.ts';
import { call, freshEmail, freshIp, PASSWORD, sessionCookie, signUp } from '../support/accounts.ts';
import {
  createSecondInstance,
  createTestApp,
  type SecondInstance,
  type TestApp,
} from '../support/app.ts';

// Each instance keeps a signed-in session with its account for a few seconds, so that a page's
// requests do not each read them again. A session ended anywhere must stop working at once on the
// instance that ended it, and within a NOTIFY's delay on every other.

describe('signed-in sessions kept in memory', () => {
  let testApp: TestApp;
  let second: SecondInstance;

  beforeAll(async () => {
    testApp = await createTestApp();
    second = await createSecondInstance(testApp);
  });
  afterAll(async () => {
    await second?.close();
    await testApp?.close();
  });

  const me = (app: AppInstance, session: string) =>
    app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `kd_session=${session}` },
      remoteAddress: freshIp(),
    });

  /** A new account signed in on two devices: both sessions answer /me on both instances. */
  async function twoDevices() {
    const email = freshEmail('cached');
    const { session: phone } = await signUp(testApp, { email });
    const login = await call(testApp, 'POST', '/api/v1/auth/login', {
      body: { identifier: email, password: PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const laptop = sessionCookie(login) as string;
    for (const app of [testApp.app, second.app]) {
      for (const session of [phone, laptop]) expect((await me(app, session)).statusCode).toBe(200);
    }
    return { email, phone, laptop };
  }

  /** What an instance answers now, asked again until it is `status` (or `ms` have passed). */
  async function eventuallyStatus(ask: () => ReturnType<typeof me>, status: number, ms = 5_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const answer = await ask();
      if (answer.statusCode === status || Date.now() > deadline) return answer.statusCode;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('answers GET /me again without asking the database', async () => {
    const { phone } = await twoDevices();
    const { pool } = second.deps.database;
    const query = pool.query;
    let queries = 0;
    pool.query = ((...args: Parameters<typeof query>) => {
      queries += 1;
      return query.apply(pool, args);
    }) as typeof query;
    try {
      for (let request = 0; request < 3; request += 1) {
        expect((await me(second.app, phone)).statusCode).toBe(200);
      }
    } finally {
      pool.query = query;
    }
    expect(queries).toBe(0);
  });

  it('refuses a signed-out session at once here and soon on the other instance', async () => {
    const { phone } = await twoDevices();
    const out = await call(testApp, 'POST', '/api/v1/auth/logout', { session: phone });
    expect(out.statusCode, out.body).toBe(204);
    expect((await me(testApp.app, phone)).statusCode).toBe(401);
    expect(await eventuallyStatus(() => me(second.app, phone), 401)).toBe(401);
  });

  it('refuses a session ended from another device', async () => {
    const { phone, laptop } = await twoDevices();
    const sessions = await call(testApp, 'GET', '/api/v1/me/sessions', { session: laptop });
    const laptopId = sessions.json().find((s: { current: boolean }) => s.current).id;
    const ended = await call(testApp, 'DELETE', `/api/v1/me/sessions/${laptopId}`, {
      session: phone,
    });
    expect(ended.statusCode, ended.body).toBe(204);
    expect((await me(testApp.app, laptop)).statusCode).toBe(401);
    expect((await me(testApp.app, phone)).statusCode).toBe(200);
    expect(await eventuallyStatus(() => me(second.app, laptop), 401)).toBe(401);
  });

  it('refuses the other devices signed out with "sign out other devices"', async () => {
    const { phone, laptop } = await twoDevices();
    const ended = await call(testApp, 'POST', '/api/v1/me/sessions/revoke-others', {
      session: phone,
    });
    expect(ended.statusCode, ended.body).toBe(204);
    expect((await me(testApp.app, laptop)).statusCode).toBe(401);
    expect((await me(testApp.app, phone)).statusCode).toBe(200);
    expect(await eventuallyStatus(() => me(second.app, laptop), 401)).toBe(401);
  });

  it('refuses the other sessions after a password change', async () => {
    const { phone, laptop } = await twoDevices();
    const changed = await call(testApp, 'PUT', '/api/v1/me/password', {
      session: phone,
      body: { newPassword: 'brand-new-password-77' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(testApp.app, laptop)).statusCode).toBe(401);
    expect((await me(testApp.app, phone)).statusCode).toBe(200);
    expect(await eventuallyStatus(() => me(second.app, laptop), 401)).toBe(401);
  });

  it('shows an account change at once here and soon on the other instance', async () => {
    const { phone } = await twoDevices();
    const changed = await call(testApp, 'PATCH', '/api/v1/me', {
      session: phone,
      body: { locale: 'zh-CN' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await me(testApp.app, phone)).json().locale).toBe('zh-CN');
    const deadline = Date.now() + 5_000;
    let there = (await me(second.app, phone)).json().locale;
    while (there !== 'zh-CN' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      there = (await me(second.app, phone)).json().locale;
    }
    expect(there).toBe('zh-CN');
  });

  it('refuses a session revoked while the listener is down', async () => {
    const { phone } = await twoDevices();
    await testApp.database.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = ${SESSIONS_LISTENER_NAME} AND datname = current_database()`,
    );
    // Whatever revokes it (here a direct write), the next request reads the session again.
    await testApp.database.pool.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE subject_id = (SELECT id FROM merchants WHERE email = $1)`,
      [(await me(testApp.app, phone)).json().email],
    );
    expect(await eventuallyStatus(() => me(second.app, phone), 401, 1_000)).toBe(401);
    expect(await eventuallyStatus(() => me(testApp.app, phone), 401, 1_000)).toBe(401);
  });
});
