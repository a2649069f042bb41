import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../src/server/app-types.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { resolveSession } from '../../src/server/modules/sessions/index.ts';
import { LISTENER_NAME } from '../../src/server/modules/settings/index.ts';
import { freshEmail, freshIp, PASSWORD, signUp } from '../support/accounts.ts';
import { createSecondInstance, type SecondInstance, type TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { operatorCookie } from '../support/stores.ts';

const RESEND = 'codes.resend_after_seconds';

describe('operator settings', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  let second: SecondInstance;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    // Started before any change: it must pick changes up without a restart.
    second = await createSecondInstance(testApp);
    ({ cookie: admin, id: adminId } = await operatorCookie(testApp, ['admin']));
  });
  afterAll(async () => {
    await second?.close();
    await testApp?.close();
  });

  const put = (key: string, value: unknown, cookie = admin, locale = 'en') =>
    testApp.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/settings/${key}`,
      headers: { cookie, 'accept-language': locale },
      payload: { value },
    });
  const reset = (key: string) =>
    testApp.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/settings/${key}`,
      headers: { cookie: admin },
    });
  const requestSignup = (app: AppInstance, email = freshEmail(), ip = freshIp()) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      remoteAddress: ip,
      payload: { email, password: PASSWORD, accountType: 'personal' },
    });

  /** What an instance answers now, retried until it says `expected` (or 5 s have passed). */
  async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const value = await read();
      if (Object.is(value, expected) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const resendWindowOn = async (app: AppInstance) =>
    (await requestSignup(app)).json().resendAfterSeconds as number;

  it('lists every setting with its value, default, unit, range and descriptions', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/settings',
      headers: { cookie: admin },
    });
    expect(response.statusCode).toBe(200);
    const resend = response.json().items.find((item: { key: string }) => item.key === RESEND);
    expect(resend).toMatchObject({
      area: 'codes',
      unit: 'seconds',
      value: 60,
      default: 60,
      min: 10,
      max: 3600,
      updatedAt: null,
    });
    expect(resend.description['zh-CN']).toMatch(/验证码/);
    expect(resend.description.en).toMatch(/code/);
  });

  it('is for admins only', async () => {
    const reviewer = await operatorCookie(testApp, ['reviewer', 'finance']);
    const list = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/settings',
      headers: { cookie: reviewer.cookie },
    });
    expect(list.statusCode).toBe(403);
    expect((await put(RESEND, 120, reviewer.cookie)).statusCode).toBe(403);
  });

  it('applies a change at once and records it in the audit log, old → new', async () => {
    const changed = await put(RESEND, 300);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      key: RESEND,
      value: 300,
      default: 60,
      updatedBy: adminId,
    });

    const email = freshEmail();
    const ip = freshIp();
    const first = await requestSignup(testApp.app, email, ip);
    expect(first.json().resendAfterSeconds).toBe(300);
    clock.advance(90_000); // past the default 60 s, within the new 300 s
    const again = await requestSignup(testApp.app, email, ip);
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('auth.code_resend_too_soon');
    expect(Number(again.headers['retry-after'])).toBe(210);

    const log = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-log?action=setting.changed&targetId=${RESEND}`,
      headers: { cookie: admin },
    });
    expect(log.json().entries[0]).toMatchObject({
      action: 'setting.changed',
      actor: { id: adminId },
      targetType: 'setting',
      targetId: RESEND,
      before: { value: 60 },
      after: { value: 300 },
    });
  });

  it('reaches a second instance without a restart', async () => {
    expect((await put(RESEND, 240)).statusCode).toBe(200);
    expect(await eventually(() => resendWindowOn(second.app), 240)).toBe(240);
  });

  it('reaches a second instance even while its listener is down, by the version check', async () => {
    // Cut every settings listener on this database; the change is then only in the table.
    await testApp.database.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = ${LISTENER_NAME} AND datname = current_database()`,
    );
    expect((await put(RESEND, 180)).statusCode).toBe(200);
    expect(await eventually(() => resendWindowOn(second.app), 180)).toBe(180);
  });

  it('puts the default back, audited', async () => {
    const back = await reset(RESEND);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ value: 60, updatedAt: null, updatedBy: null });
    expect(await resendWindowOn(testApp.app)).toBe(60);
    expect(await eventually(() => resendWindowOn(second.app), 60)).toBe(60);
    const log = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-log?action=setting.reset&targetId=${RESEND}`,
      headers: { cookie: admin },
    });
    expect(log.json().entries[0]).toMatchObject({ before: { value: 180 }, after: { value: 60 } });
  });

  it('refuses a value outside its range with a field error in the caller’s language', async () => {
    const low = await put(RESEND, 5, admin, 'zh-CN');
    expect(low.statusCode).toBe(400);
    expect(low.json().error).toMatchObject({
      code: 'validation.failed',
      details: [{ field: 'value', rule: 'minimum', message: '不能小于 10' }],
    });
    const high = await put('codes.max_wrong_tries', 21);
    expect(high.statusCode).toBe(400);
    expect(high.json().error.details).toEqual([
      { field: 'value', rule: 'maximum', message: 'must be at most 20' },
    ]);
    expect((await put(RESEND, 1.5)).json().error.code).toBe('validation.failed');
    expect((await put(RESEND, 'soon')).json().error.code).toBe('validation.failed');
    const unknown = await put('codes.nonsense', 10);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('settings.not_found');
    // Nothing refused was stored or audited.
    expect(await resendWindowOn(testApp.app)).toBe(60);
  });

  it('gives new merchant sessions the idle lifetime in force', async () => {
    expect((await put('sessions.merchant_idle_hours', 2)).statusCode).toBe(200);
    const { session: token } = await signUp(testApp, { email: freshEmail() });
    const session = await resolveSession(testApp.database.db, 'merchant', token, clock);
    expect(session?.idleTimeoutSeconds).toBe(2 * 3600);
    expect((await reset('sessions.merchant_idle_hours')).statusCode).toBe(200);
  });
});
