import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import {
  call,
  freshEmail,
  freshIp,
  freshPhone,
  inbox,
  latestCode,
  PASSWORD,
  sessionCookie,
  signUp,
  wrongCode,
} from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('the signed-in account', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  const as =
    (session: string) =>
    (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
      call(testApp, method, url, { session, body, ip: freshIp() });

  const loginAgain = async (identifier: string, password = PASSWORD) => {
    const response = await call(testApp, 'POST', '/api/v1/auth/login', {
      ip: freshIp(),
      body: { identifier, password },
    });
    expect(response.statusCode).toBe(200);
    return sessionCookie(response) as string;
  };

  it('needs a session', async () => {
    const anonymous = await call(testApp, 'GET', '/api/v1/me');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('auth.required');
    expect((await call(testApp, 'GET', '/api/v1/me', { session: 'forged' })).statusCode).toBe(401);
  });

  it('changes the real name and the language', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    const me = as(session);
    const patched = await me('PATCH', '/api/v1/me', { realName: '  Li   Wei ', locale: 'zh-CN' });
    expect(patched.json()).toMatchObject({ realName: 'Li Wei', locale: 'zh-CN' });
    expect((await me('PATCH', '/api/v1/me', { realName: null })).json().realName).toBeNull();
    expect((await me('GET', '/api/v1/me')).json().locale).toBe('zh-CN');
  });

  describe('session lifetime through the API', () => {
    it('ends after 24 idle hours, but not while it is used', async () => {
      const { session } = await signUp(testApp, { email: freshEmail() });
      clock.advance(23 * HOUR);
      expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(200);
      clock.advance(23 * HOUR);
      expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(200);
      clock.advance(24 * HOUR + SECOND);
      expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('ends 7 days after sign-in however active it is', async () => {
      const { session } = await signUp(testApp, { email: freshEmail() });
      for (let day = 0; day < 8; day += 1) {
        clock.advance(20 * HOUR);
        expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(200);
      }
      clock.advance(8 * HOUR + SECOND); // 168 h + 1 s after sign-in
      expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(401);
    });
  });

  describe('re-authentication', () => {
    it('guards contact and password changes ten minutes after sign-in', async () => {
      const { session } = await signUp(testApp, { email: freshEmail() });
      const me = as(session);
      clock.advance(10 * MINUTE + SECOND);
      for (const [method, url, body] of [
        ['POST', '/api/v1/me/contacts/email', { email: freshEmail() }],
        ['POST', '/api/v1/me/contacts/phone', { phone: freshPhone() }],
        ['PUT', '/api/v1/me/password', { newPassword: 'fresh-password-here' }],
      ] as const) {
        const refused = await me(method, url, body);
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error.code).toBe('auth.reauth_required');
      }

      const wrong = await me('POST', '/api/v1/me/reauthenticate', { password: 'not-it-at-all' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('auth.password_incorrect');
      const right = await me('POST', '/api/v1/me/reauthenticate', { password: PASSWORD });
      expect(right.json()).toEqual({
        reauthenticatedUntil: new Date(clock.now().getTime() + 10 * MINUTE).toISOString(),
      });
      expect(
        (await me('POST', '/api/v1/me/contacts/email', { email: freshEmail() })).statusCode,
      ).toBe(202);
    });

    it('accepts a code sent to the account’s own contact instead of the password', async () => {
      const email = freshEmail();
      const { session } = await signUp(testApp, { email });
      const me = as(session);
      clock.advance(11 * MINUTE);
      expect(
        (await me('POST', '/api/v1/me/reauthenticate/code', { channel: 'phone' })).json().error
          .code,
      ).toBe('auth.contact_missing');
      expect(
        (await me('POST', '/api/v1/me/reauthenticate/code', { channel: 'email' })).statusCode,
      ).toBe(202);
      const code = await latestCode(testApp, email);
      expect((await me('POST', '/api/v1/me/reauthenticate', {})).json().error.code).toBe(
        'auth.reauth_method_required',
      );
      expect(
        (
          await me('POST', '/api/v1/me/reauthenticate', { channel: 'email', code: wrongCode(code) })
        ).json().error.code,
      ).toBe('auth.code_invalid');
      expect(
        (await me('POST', '/api/v1/me/reauthenticate', { channel: 'email', code })).statusCode,
      ).toBe(200);
      expect(
        (await me('PUT', '/api/v1/me/password', { newPassword: 'fresh-password-here' })).statusCode,
      ).toBe(204);
    });
  });

  describe('contacts', () => {
    it('adds a phone by SMS code; the e-mail is told and the plan task completes', async () => {
      const email = freshEmail();
      const phone = freshPhone();
      const { session } = await signUp(testApp, { email });
      const me = as(session);
      const requested = await me('POST', '/api/v1/me/contacts/phone', {
        phone: phone.slice(3),
        country: 'CN',
      });
      expect(requested.statusCode).toBe(202);
      const verified = await me('POST', '/api/v1/me/contacts/phone/verify', {
        code: await latestCode(testApp, phone),
      });
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({
        email,
        phone,
        phoneVerified: true,
        emailVerified: true,
      });
      const [notice] = await inbox(testApp, email);
      expect(notice?.subject).toBe('Your Kaidian mobile number was added');
      expect(notice?.text).toContain(`${phone.slice(0, 3)}`);
      expect(notice?.text).not.toContain(phone);
      const plan = (await me('GET', '/api/v1/me/growth-plan')).json();
      expect(plan.tasks.find((task: { key: string }) => task.key === 'verify_phone').done).toBe(
        true,
      );
      // The phone now signs in.
      await loginAgain(phone);
    });

    it('changes the e-mail: the old address is told and no longer signs in', async () => {
      const oldEmail = freshEmail('old');
      const newEmail = freshEmail('new').replace('new', 'New');
      const { session } = await signUp(testApp, { email: oldEmail });
      const me = as(session);
      expect(
        (await me('POST', '/api/v1/me/contacts/email', { email: oldEmail })).json().error.code,
      ).toBe('auth.contact_unchanged');
      expect((await me('POST', '/api/v1/me/contacts/email', { email: newEmail })).statusCode).toBe(
        202,
      );
      const [codeMail] = await inbox(testApp, newEmail);
      expect(codeMail?.subject).toBe('Confirm your new Kaidian contact');
      const code = /\b(\d{6})\b/.exec(codeMail?.text ?? '')?.[1];
      const verified = await me('POST', '/api/v1/me/contacts/email/verify', { code });
      expect(verified.json()).toMatchObject({ email: newEmail, emailVerified: true });
      const [notice] = await inbox(testApp, oldEmail);
      expect(notice?.subject).toBe('Your Kaidian e-mail address was changed');
      const oldLogin = await call(testApp, 'POST', '/api/v1/auth/login', {
        ip: freshIp(),
        body: { identifier: oldEmail, password: PASSWORD },
      });
      expect(oldLogin.statusCode).toBe(401);
      await loginAgain(newEmail.toLowerCase());
    });

    it('answers alike for an address of another account, whose owner is told instead', async () => {
      const taken = freshEmail('taken');
      await signUp(testApp, { email: taken });
      const { session } = await signUp(testApp, { email: freshEmail() });
      const me = as(session);
      const claimed = await me('POST', '/api/v1/me/contacts/email', { email: taken.toUpperCase() });
      const free = await me('POST', '/api/v1/me/contacts/email', { email: freshEmail('free') });
      expect(claimed.statusCode).toBe(202);
      expect(claimed.body).toBe(free.body);
      const [notice] = await inbox(testApp, taken);
      expect(notice?.subject).toBe('Someone tried to add your address to another account');
      expect(notice?.text).not.toMatch(/\b\d{6}\b/);
    });
  });

  describe('password change', () => {
    it('ends the other sessions, keeps this one and tells the contacts', async () => {
      const email = freshEmail();
      const { session } = await signUp(testApp, { email });
      const other = await loginAgain(email);
      const changed = await as(session)('PUT', '/api/v1/me/password', {
        newPassword: 'another-long-password',
      });
      expect(changed.statusCode).toBe(204);
      expect((await as(session)('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await as(other)('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await inbox(testApp, email))[0]?.subject).toBe('Your Kaidian password was changed');
      await loginAgain(email, 'another-long-password');
      const weak = await as(session)('PUT', '/api/v1/me/password', { newPassword: 'abc' });
      expect(weak.json().error).toMatchObject({
        code: 'auth.password_too_short',
        details: [{ field: 'newPassword' }],
      });
    });
  });

  describe('sessions', () => {
    it('lists and ends the account’s own sessions', async () => {
      const email = freshEmail();
      const { session } = await signUp(testApp, { email });
      clock.advance(2 * MINUTE);
      const second = await loginAgain(email);
      const third = await loginAgain(email);
      const listed = (await as(session)('GET', '/api/v1/me/sessions')).json();
      expect(listed).toHaveLength(3);
      expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      expect(listed.find((s: { current: boolean }) => !s.current)).toEqual({
        id: expect.any(String),
        current: false,
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        expiresAt: expect.any(String),
        userAgent: 'lightMyRequest',
        ip: expect.stringMatching(/^10\./),
      });

      const secondId = (await as(second)('GET', '/api/v1/me/sessions'))
        .json()
        .find((s: { current: boolean }) => s.current).id;
      expect((await as(session)('DELETE', `/api/v1/me/sessions/${secondId}`)).statusCode).toBe(204);
      expect((await as(second)('GET', '/api/v1/me')).statusCode).toBe(401);

      expect((await as(session)('POST', '/api/v1/me/sessions/revoke-others')).statusCode).toBe(204);
      expect((await as(third)('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await as(session)('GET', '/api/v1/me/sessions')).json()).toHaveLength(1);
    });
  });

  describe('another merchant', () => {
    it('can never read or change this account', async () => {
      const aliceEmail = freshEmail('alice');
      const alice = await signUp(testApp, { email: aliceEmail });
      const bob = await signUp(testApp, { email: freshEmail('bob') });
      const asBob = as(bob.session);

      expect((await asBob('GET', '/api/v1/me')).json().id).toBe(bob.account.id);
      await asBob('PATCH', '/api/v1/me', { realName: 'Bob' });
      expect((await as(alice.session)('GET', '/api/v1/me')).json().realName).toBeNull();

      const aliceSessionId = (await as(alice.session)('GET', '/api/v1/me/sessions')).json()[0].id;
      const stolen = await asBob('DELETE', `/api/v1/me/sessions/${aliceSessionId}`);
      expect(stolen.statusCode).toBe(404);
      expect(stolen.json().error.code).toBe('auth.session_not_found');
      expect(
        (await asBob('GET', '/api/v1/me/sessions')).json().map((s: { id: string }) => s.id),
      ).not.toContain(aliceSessionId);
      expect((await as(alice.session)('GET', '/api/v1/me')).statusCode).toBe(200);

      // Alice's contact-change code does nothing for Bob.
      const newAddress = freshEmail('alice-new');
      await as(alice.session)('POST', '/api/v1/me/contacts/email', { email: newAddress });
      const code = await latestCode(testApp, newAddress);
      expect((await asBob('POST', '/api/v1/me/contacts/email/verify', { code })).statusCode).toBe(
        400,
      );
      expect((await asBob('GET', '/api/v1/me')).json().email).not.toBe(newAddress);
      expect((await as(alice.session)('GET', '/api/v1/me')).json().email).toBe(aliceEmail);

      // Bob's reset of Alice's password needs Alice's code.
      const reset = await call(testApp, 'POST', '/api/v1/auth/password-reset', {
        ip: freshIp(),
        body: { identifier: aliceEmail, code, password: 'taken-over-password' },
      });
      expect(reset.statusCode).toBe(400);
      await loginAgain(aliceEmail);
    });
  });
});
