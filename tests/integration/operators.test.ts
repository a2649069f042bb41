import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { totpCodeAt } from '../../src/server/modules/operators/index.ts';
import type { TestApp } from '../support/app.ts';
import {
  createOperatorTestApp,
  insertOperator,
  logInOperator,
  operatorSession,
  type TestOperator,
} from '../support/operators.ts';

const MINUTE = 60_000;

describe('operator accounts', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp;
  let admin: TestOperator;
  let adminCookie: () => Promise<string>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    admin = await insertOperator(testApp, ['admin']);
    adminCookie = operatorSession(testApp, clock, admin);
  });
  afterAll(() => testApp.close());

  const login = (operator: TestOperator, overrides: Record<string, string> = {}) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/admin/auth/login',
      payload: {
        email: operator.email,
        password: operator.password,
        totp: totpCodeAt(operator.totpSecret, clock.now()),
        ...overrides,
      },
    });
  const asOperator = (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const auditEntries = async (query: string) =>
    (await asOperator(await adminCookie(), 'GET', `/api/v1/admin/audit-log?${query}`)).json()
      .entries;

  describe('sign-in needs the password and the current TOTP code', () => {
    let reviewer: TestOperator;
    beforeAll(async () => {
      reviewer = await insertOperator(testApp, ['reviewer']);
    });

    it('signs in with both, sets an HttpOnly operator cookie, and answers who it is', async () => {
      clock.advance(30_000);
      const response = await login(reviewer, { email: `  ${reviewer.email.toUpperCase()} ` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        operator: expect.objectContaining({
          id: reviewer.id,
          email: reviewer.email,
          roles: ['reviewer'],
        }),
      });
      const cookie = response.cookies.find((c) => c.name === 'kd_admin');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      const me = await asOperator(`kd_admin=${cookie?.value}`, 'GET', '/api/v1/admin/me');
      expect(me.json().operator).toMatchObject({ id: reviewer.id, name: 'Operator reviewer' });
    });

    it.each([
      ['a wrong password', { password: 'wrong password entirely' }],
      ['a wrong code', { totp: '000000' }],
      ['no code', { totp: ' ' }],
      ['an unknown e-mail', { email: 'nobody@kaidian.test' }],
    ])('refuses %s with the same 401', async (_, overrides) => {
      clock.advance(30_000);
      const response = await login(reviewer, overrides);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('auth.invalid_credentials');
      expect(response.cookies.find((c) => c.name === 'kd_admin')).toBeUndefined();
    });

    it('accepts a code one step old or ahead, but not two', async () => {
      clock.advance(5 * MINUTE);
      const stale = totpCodeAt(reviewer.totpSecret, new Date(clock.now().getTime() - 60_000));
      expect((await login(reviewer, { totp: stale })).statusCode).toBe(401);
      const previous = totpCodeAt(reviewer.totpSecret, new Date(clock.now().getTime() - 30_000));
      expect((await login(reviewer, { totp: previous })).statusCode).toBe(200);
      clock.advance(5 * MINUTE);
      const next = totpCodeAt(reviewer.totpSecret, new Date(clock.now().getTime() + 30_000));
      expect((await login(reviewer, { totp: next })).statusCode).toBe(200);
    });

    it('refuses a code that was already used, even within its window', async () => {
      clock.advance(5 * MINUTE);
      const code = totpCodeAt(reviewer.totpSecret, clock.now());
      expect((await login(reviewer, { totp: code })).statusCode).toBe(200);
      expect((await login(reviewer, { totp: code })).statusCode).toBe(401);
      clock.advance(10_000);
      expect((await login(reviewer, { totp: code })).statusCode).toBe(401);
      // …nor an older code still inside the window after a newer one was used.
      clock.advance(5 * MINUTE);
      const newer = totpCodeAt(reviewer.totpSecret, clock.now());
      const older = totpCodeAt(reviewer.totpSecret, new Date(clock.now().getTime() - 30_000));
      expect((await login(reviewer, { totp: newer })).statusCode).toBe(200);
      expect((await login(reviewer, { totp: older })).statusCode).toBe(401);
    });

    it('records failed attempts on a known operator and successful sign-ins in the audit log', async () => {
      const entries = await auditEntries(`targetType=operator&targetId=${reviewer.id}&limit=200`);
      const actions = entries.map((entry: { action: string }) => entry.action);
      expect(actions).toContain('operator.login');
      expect(entries).toContainEqual(
        expect.objectContaining({
          action: 'operator.login_failed',
          after: { reason: 'totp_reused' },
        }),
      );
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'operator.login_failed', after: { reason: 'password' } }),
      );
      const signIn = entries.find((entry: { action: string }) => entry.action === 'operator.login');
      expect(signIn.actor).toEqual({
        id: reviewer.id,
        email: reviewer.email,
        name: 'Operator reviewer',
      });
      expect(signIn.ip).toBe('127.0.0.1');
    });

    it('slows down guessing: the eleventh attempt on one address within 15 minutes is refused', async () => {
      clock.set('2026-05-02T00:00:00Z');
      const target = await insertOperator(testApp, ['finance']);
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect((await login(target, { totp: '123456' })).statusCode).toBe(401);
      }
      const limited = await login(target);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('http.rate_limited');
      clock.advance(15 * MINUTE);
      expect((await login(target)).statusCode).toBe(200);
    });
  });

  describe('operator sessions', () => {
    it('end after 30 idle minutes', async () => {
      const operator = await insertOperator(testApp, ['reviewer']);
      const cookie = await logInOperator(testApp, clock, operator);
      clock.advance(29 * MINUTE);
      expect((await asOperator(cookie, 'GET', '/api/v1/admin/me')).statusCode).toBe(200);
      clock.advance(29 * MINUTE);
      expect((await asOperator(cookie, 'GET', '/api/v1/admin/me')).statusCode).toBe(200);
      clock.advance(31 * MINUTE);
      const expired = await asOperator(cookie, 'GET', '/api/v1/admin/me');
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.code).toBe('auth.required');
    });

    it('end at logout (204), which is audited', async () => {
      const operator = await insertOperator(testApp, ['finance']);
      const cookie = await logInOperator(testApp, clock, operator);
      const logout = await asOperator(cookie, 'POST', '/api/v1/admin/auth/logout');
      expect(logout.statusCode).toBe(204);
      expect((await asOperator(cookie, 'GET', '/api/v1/admin/me')).statusCode).toBe(401);
      expect(await auditEntries(`actor=${operator.id}&action=operator.logout`)).toHaveLength(1);
    });

    it('are not merchant sessions', async () => {
      const operator = await insertOperator(testApp, ['admin']);
      const cookie = await logInOperator(testApp, clock, operator);
      const asMerchant = await testApp.app.inject({
        method: 'GET',
        url: '/api/v1/admin/me',
        headers: { cookie: cookie.replace('kd_admin', 'kd_session') },
      });
      expect(asMerchant.statusCode).toBe(401);
    });
  });

  describe('admins manage operators', () => {
    it('creates an operator who can then sign in with the TOTP secret shown once', async () => {
      const response = await asOperator(await adminCookie(), 'POST', '/api/v1/admin/operators', {
        email: 'New.Reviewer@Kaidian.test',
        name: 'Li Na',
        password: 'a long enough passphrase',
        roles: ['reviewer', 'finance'],
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const body = response.json();
      expect(body.operator).toMatchObject({
        email: 'new.reviewer@kaidian.test',
        name: 'Li Na',
        roles: ['reviewer', 'finance'],
        disabled: false,
      });
      expect(body.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
      expect(body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Kaidian:new\.reviewer%40kaidian\.test\?/);
      expect(body.otpauthUrl).toContain(`secret=${body.totpSecret}`);
      expect(JSON.stringify(body)).not.toContain('password');

      clock.advance(30_000);
      const signIn = await login({
        id: body.operator.id,
        email: 'new.reviewer@kaidian.test',
        password: 'a long enough passphrase',
        totpSecret: body.totpSecret,
      });
      expect(signIn.statusCode).toBe(200);

      const listed = await asOperator(await adminCookie(), 'GET', '/api/v1/admin/operators');
      expect(listed.json().operators.map((o: { email: string }) => o.email)).toContain(
        'new.reviewer@kaidian.test',
      );
      const [created] = await auditEntries(`action=operator.created&targetId=${body.operator.id}`);
      expect(created.actor.id).toBe(admin.id);
      expect(created.after).toMatchObject({
        email: 'new.reviewer@kaidian.test',
        roles: ['reviewer', 'finance'],
      });
      expect(JSON.stringify(created)).not.toContain(body.totpSecret);
    });

    it('refuses a second operator with the same e-mail, and a common password', async () => {
      const duplicate = await asOperator(await adminCookie(), 'POST', '/api/v1/admin/operators', {
        email: admin.email.toUpperCase(),
        name: 'Copy',
        password: 'another long passphrase',
        roles: ['reviewer'],
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().error.code).toBe('operators.email_taken');
      const weak = await asOperator(await adminCookie(), 'POST', '/api/v1/admin/operators', {
        email: 'weak@kaidian.test',
        name: 'Weak',
        password: 'password123',
        roles: ['reviewer'],
      });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.details).toEqual([expect.objectContaining({ field: 'password' })]);
    });

    it('changes roles and disables an operator, which signs them out at once', async () => {
      const operator = await insertOperator(testApp, ['reviewer']);
      const cookie = await logInOperator(testApp, clock, operator);
      const promoted = await asOperator(
        await adminCookie(),
        'PATCH',
        `/api/v1/admin/operators/${operator.id}`,
        {
          roles: ['finance', 'reviewer'],
        },
      );
      expect(promoted.statusCode).toBe(200);
      expect(promoted.json().operator.roles).toEqual(['reviewer', 'finance']);

      const disabled = await asOperator(
        await adminCookie(),
        'PATCH',
        `/api/v1/admin/operators/${operator.id}`,
        {
          disabled: true,
        },
      );
      expect(disabled.json().operator.disabled).toBe(true);
      expect((await asOperator(cookie, 'GET', '/api/v1/admin/me')).statusCode).toBe(401);
      clock.advance(30_000);
      expect((await login(operator)).statusCode).toBe(401);

      const [change] = await auditEntries(`action=operator.updated&targetId=${operator.id}`);
      expect(change.before).toEqual({ roles: ['reviewer', 'finance'], disabled: false });
      expect(change.after).toEqual({ roles: ['reviewer', 'finance'], disabled: true });
    });

    it('never leaves the platform without an active admin', async () => {
      const own = await asOperator(await adminCookie(), 'GET', '/api/v1/admin/operators');
      const otherAdmins = own
        .json()
        .operators.filter(
          (o: { id: string; roles: string[]; disabled: boolean }) =>
            o.id !== admin.id && o.roles.includes('admin') && !o.disabled,
        );
      for (const other of otherAdmins) {
        await asOperator(await adminCookie(), 'PATCH', `/api/v1/admin/operators/${other.id}`, {
          disabled: true,
        });
      }
      const demoteSelf = await asOperator(
        await adminCookie(),
        'PATCH',
        `/api/v1/admin/operators/${admin.id}`,
        {
          roles: ['reviewer'],
        },
      );
      expect(demoteSelf.statusCode).toBe(409);
      expect(demoteSelf.json().error.code).toBe('operators.last_admin');
      const disableSelf = await asOperator(
        await adminCookie(),
        'PATCH',
        `/api/v1/admin/operators/${admin.id}`,
        {
          disabled: true,
        },
      );
      expect(disableSelf.json().error.code).toBe('operators.last_admin');

      // With another active admin, an admin can be demoted.
      const second = await insertOperator(testApp, ['admin']);
      const demoteOther = await asOperator(
        await adminCookie(),
        'PATCH',
        `/api/v1/admin/operators/${second.id}`,
        { roles: ['reviewer'] },
      );
      expect(demoteOther.statusCode).toBe(200);
    });

    it('is for admins only: others get 403, strangers 401', async () => {
      const reviewer = await insertOperator(testApp, ['reviewer', 'finance']);
      const cookie = await logInOperator(testApp, clock, reviewer);
      for (const [method, url] of [
        ['GET', '/api/v1/admin/operators'],
        ['POST', '/api/v1/admin/operators'],
        ['PATCH', `/api/v1/admin/operators/${admin.id}`],
        ['GET', '/api/v1/admin/audit-log'],
      ] as const) {
        const body =
          method === 'POST'
            ? { email: 'x@kaidian.test', name: 'X', password: 'long enough pass', roles: ['admin'] }
            : { disabled: true };
        const response = await asOperator(cookie, method, url, method === 'GET' ? undefined : body);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('auth.forbidden');
        const stranger = await testApp.app.inject({ method, url });
        expect(stranger.statusCode, `${method} ${url}`).toBe(401);
      }
      const unknown = await asOperator(
        await adminCookie(),
        'PATCH',
        '/api/v1/admin/operators/00000000-0000-4000-8000-000000000000',
        { disabled: true },
      );
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('the audit log', () => {
    it('pages newest first and filters by actor, action and time', async () => {
      const first = await asOperator(await adminCookie(), 'GET', '/api/v1/admin/audit-log?limit=3');
      const page = first.json();
      expect(page.entries).toHaveLength(3);
      const ids = page.entries.map((entry: { id: number }) => entry.id);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      expect(page.nextBefore).toBe(ids[2]);
      const second = await asOperator(
        await adminCookie(),
        'GET',
        `/api/v1/admin/audit-log?limit=3&before=${page.nextBefore}`,
      );
      expect(second.json().entries[0].id).toBeLessThan(ids[2]);

      const byActor = await auditEntries(`actor=${admin.id}&limit=200`);
      expect(byActor.length).toBeGreaterThan(0);
      expect(byActor.every((entry: { actor: { id: string } }) => entry.actor.id === admin.id)).toBe(
        true,
      );

      const future = await auditEntries('from=2099-01-01T00:00:00Z');
      expect(future).toEqual([]);
      const all = await auditEntries('from=2026-01-01T00:00:00Z&to=2099-01-01T00:00:00Z&limit=200');
      expect(all.length).toBeGreaterThan(3);
    });

    it('is append-only in the database itself', async () => {
      const { pool } = testApp.database;
      await expect(pool.query(`UPDATE audit_log SET action = 'operator.nothing'`)).rejects.toThrow(
        /append-only: UPDATE/,
      );
      await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only: DELETE/);
      await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM audit_log');
      expect(rows[0].n).toBeGreaterThan(0);
    });
  });
});
