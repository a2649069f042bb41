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

describe('sign-up, login, logout and password reset', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  const post = (url: string, body: unknown, options: { ip?: string; session?: string } = {}) =>
    call(testApp, 'POST', url, { ip: options.ip ?? freshIp(), body, session: options.session });

  describe('sign-up', () => {
    it('creates a verified e-mail account, signs it in and answers with the account', async () => {
      const email = ` New.Seller+Shop@Example.com `;
      const requested = await post('/api/v1/auth/signup', {
        email,
        password: PASSWORD,
        accountType: 'enterprise',
        locale: 'zh-CN',
      });
      expect(requested.statusCode).toBe(202);
      const [message] = await inbox(testApp, 'new.seller+shop@example.com');
      expect(message).toMatchObject({ channel: 'email', subject: '开店注册验证码' });
      const code = /\b(\d{6})\b/.exec(message?.text ?? '')?.[1];

      const verified = await post('/api/v1/auth/signup/verify', { email, code });
      expect(verified.statusCode).toBe(201);
      expect(verified.json()).toEqual({
        id: expect.any(String),
        accountType: 'enterprise',
        email: 'New.Seller+Shop@Example.com',
        emailVerified: true,
        phone: null,
        phoneVerified: false,
        realName: null,
        locale: 'zh-CN',
        status: 'active',
        createdAt: '2026-05-01T08:00:00.000Z',
      });
      const me = await call(testApp, 'GET', '/api/v1/me', { session: sessionCookie(verified) });
      expect(me.json().id).toBe(verified.json().id);
    });

    it('signs up by mobile number, national form with a country, stored in E.164', async () => {
      const phone = freshPhone();
      const national = phone.slice(3);
      expect(
        (
          await post('/api/v1/auth/signup', {
            phone: national,
            country: 'CN',
            password: PASSWORD,
            accountType: 'personal',
          })
        ).statusCode,
      ).toBe(202);
      const [sms] = await inbox(testApp, phone);
      expect(sms?.channel).toBe('sms');
      const code = /\b(\d{6})\b/.exec(sms?.text ?? '')?.[1];
      const verified = await post('/api/v1/auth/signup/verify', { phone: `+86 ${national}`, code });
      expect(verified.statusCode).toBe(201);
      expect(verified.json()).toMatchObject({ phone, phoneVerified: true, email: null });
    });

    it('refuses bad input with a named field', async () => {
      const common = await post('/api/v1/auth/signup', {
        email: freshEmail(),
        password: 'iloveyou',
        accountType: 'personal',
      });
      expect(common.statusCode).toBe(400);
      expect(common.json().error).toMatchObject({
        code: 'auth.password_common',
        details: [{ field: 'password', rule: 'common' }],
      });
      const both = await post('/api/v1/auth/signup', {
        email: freshEmail(),
        phone: freshPhone(),
        password: PASSWORD,
        accountType: 'personal',
      });
      expect(both.json().error.code).toBe('auth.email_or_phone_required');
      const badPhone = await post('/api/v1/auth/signup', {
        phone: '12345',
        country: 'CN',
        password: PASSWORD,
        accountType: 'personal',
      });
      expect(badPhone.json().error).toMatchObject({
        code: 'auth.phone_invalid',
        details: [{ field: 'phone' }],
      });
      const badType = await post('/api/v1/auth/signup', {
        email: freshEmail(),
        password: PASSWORD,
        accountType: 'company',
      });
      expect(badType.json().error.code).toBe('validation.failed');
    });

    it('replaces the pending password when sign-up is asked for again', async () => {
      const email = freshEmail();
      await post('/api/v1/auth/signup', { email, password: PASSWORD, accountType: 'personal' });
      clock.advance(61 * SECOND);
      await post('/api/v1/auth/signup', {
        email,
        password: 'second-thoughts-password',
        accountType: 'enterprise',
      });
      const code = await latestCode(testApp, email);
      const verified = await post('/api/v1/auth/signup/verify', { email, code });
      expect(verified.json().accountType).toBe('enterprise');
      const login = await post('/api/v1/auth/login', {
        identifier: email,
        password: 'second-thoughts-password',
      });
      expect(login.statusCode).toBe(200);
    });

    it('keeps the code already sent when asked again too soon, and takes the new details', async () => {
      const email = freshEmail();
      await post('/api/v1/auth/signup', { email, password: PASSWORD, accountType: 'personal' });
      const firstCode = await latestCode(testApp, email);
      clock.advance(13 * SECOND);
      // Back from the code step, another password and account type, forward again.
      const again = await post('/api/v1/auth/signup', {
        email,
        password: 'changed-my-mind-password',
        accountType: 'enterprise',
      });
      expect(again.statusCode).toBe(429);
      expect(again.json().error.code).toBe('auth.code_resend_too_soon');
      expect(again.headers['retry-after']).toBe('47');
      expect(await inbox(testApp, email)).toHaveLength(1);
      const verified = await post('/api/v1/auth/signup/verify', { email, code: firstCode });
      expect(verified.statusCode).toBe(201);
      expect(verified.json().accountType).toBe('enterprise');
      const login = await post('/api/v1/auth/login', {
        identifier: email,
        password: 'changed-my-mind-password',
      });
      expect(login.statusCode).toBe(200);
    });
  });

  describe('session cookie', () => {
    it('is HttpOnly, SameSite=Lax, Path=/ and not Secure on plain http', async () => {
      const email = freshEmail();
      await post('/api/v1/auth/signup', { email, password: PASSWORD, accountType: 'personal' });
      const verified = await post('/api/v1/auth/signup/verify', {
        email,
        code: await latestCode(testApp, email),
      });
      const cookie = verified.cookies.find((c) => c.name === 'kd_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();
      // 256 random bits, base64url.
      expect(Buffer.from(cookie?.value ?? '', 'base64url')).toHaveLength(32);
    });

    it('is Secure when PUBLIC_URL is https', async () => {
      const httpsApp = await createTestApp({ clock, env: { PUBLIC_URL: 'https://shop.example' } });
      try {
        const email = freshEmail();
        await call(httpsApp, 'POST', '/api/v1/auth/signup', {
          body: { email, password: PASSWORD, accountType: 'personal' },
        });
        const verified = await call(httpsApp, 'POST', '/api/v1/auth/signup/verify', {
          body: { email, code: await latestCode(httpsApp, email) },
        });
        const cookie = verified.cookies.find((c) => c.name === 'kd_session');
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: true });
      } finally {
        await httpsApp.close();
      }
    });
  });

  describe('login', () => {
    it('signs in by e-mail (any case) or phone with the password', async () => {
      const email = freshEmail();
      const phone = freshPhone();
      await signUp(testApp, { email });
      await signUp(testApp, { phone });
      const byEmail = await post('/api/v1/auth/login', {
        identifier: email.toUpperCase(),
        password: PASSWORD,
      });
      expect(byEmail.statusCode).toBe(200);
      expect(byEmail.json().email).toBe(email);
      expect(sessionCookie(byEmail)).toBeDefined();
      const byNationalPhone = await post('/api/v1/auth/login', {
        identifier: phone.slice(3),
        password: PASSWORD,
      });
      expect(byNationalPhone.statusCode).toBe(200);
    });

    it('signs in by phone and SMS code', async () => {
      const phone = freshPhone();
      await signUp(testApp, { phone });
      const ip = freshIp();
      expect((await post('/api/v1/auth/login/code/request', { phone }, { ip })).statusCode).toBe(
        202,
      );
      const code = await latestCode(testApp, phone);
      const login = await post('/api/v1/auth/login/code', { phone, code }, { ip });
      expect(login.statusCode).toBe(200);
      expect(login.json().phone).toBe(phone);
      expect(sessionCookie(login)).toBeDefined();
    });

    it('logs out: the session ends and the cookie is cleared; 204 also when signed out', async () => {
      const { session } = await signUp(testApp, { email: freshEmail() });
      const logout = await post('/api/v1/auth/logout', undefined, { session });
      expect(logout.statusCode).toBe(204);
      expect(logout.body).toBe('');
      expect(logout.cookies.find((c) => c.name === 'kd_session')?.value).toBe('');
      expect((await call(testApp, 'GET', '/api/v1/me', { session })).statusCode).toBe(401);
      expect((await post('/api/v1/auth/logout', undefined)).statusCode).toBe(204);
    });

    it('limits password attempts per IP and identifier with 429 and Retry-After', async () => {
      const ip = freshIp();
      const identifier = freshEmail();
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await post('/api/v1/auth/login', { identifier, password: 'nope' }, { ip });
        expect(response.statusCode).toBe(401);
      }
      const limited = await post('/api/v1/auth/login', { identifier, password: 'nope' }, { ip });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('http.rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another identifier from the same IP still gets through (up to the per-IP limit).
      const other = await post(
        '/api/v1/auth/login',
        { identifier: freshEmail(), password: 'x' },
        { ip },
      );
      expect(other.statusCode).toBe(401);
    });

    it('limits code requests per IP with 429 and Retry-After', async () => {
      const ip = freshIp();
      for (let request = 0; request < 10; request += 1) {
        const response = await post(
          '/api/v1/auth/login/code/request',
          { phone: freshPhone() },
          { ip },
        );
        expect(response.statusCode).toBe(202);
      }
      const limited = await post(
        '/api/v1/auth/login/code/request',
        { phone: freshPhone() },
        { ip },
      );
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBeDefined();
    });
  });

  describe('password reset', () => {
    it('sets a new password by code, signs nobody in, ends sessions and tells the contacts', async () => {
      const email = freshEmail();
      const { session } = await signUp(testApp, { email });
      clock.advance(MINUTE);
      const ip = freshIp();
      expect(
        (await post('/api/v1/auth/password-reset/request', { identifier: email }, { ip }))
          .statusCode,
      ).toBe(202);
      const code = await latestCode(testApp, email);
      const reset = await post(
        '/api/v1/auth/password-reset',
        { identifier: email, code, password: 'a-brand-new-secret' },
        { ip },
      );
      expect(reset.statusCode).toBe(204);
      expect(sessionCookie(reset)).toBeUndefined();
      expect((await call(testApp, 'GET', '/api/v1/me', { session })).statusCode).toBe(401);
      expect(
        (await post('/api/v1/auth/login', { identifier: email, password: PASSWORD })).statusCode,
      ).toBe(401);
      expect(
        (await post('/api/v1/auth/login', { identifier: email, password: 'a-brand-new-secret' }))
          .statusCode,
      ).toBe(200);
      const [notice] = await inbox(testApp, email);
      expect(notice?.subject).toBe('Your Kaidian password was changed');
    });

    it('keeps other sessions when asked to, and works by SMS too', async () => {
      const phone = freshPhone();
      const { session } = await signUp(testApp, { phone });
      clock.advance(MINUTE);
      await post('/api/v1/auth/password-reset/request', { identifier: phone });
      const reset = await post('/api/v1/auth/password-reset', {
        identifier: phone,
        code: await latestCode(testApp, phone),
        password: 'sms-reset-password',
        signOutOtherSessions: false,
      });
      expect(reset.statusCode).toBe(204);
      expect((await call(testApp, 'GET', '/api/v1/me', { session })).statusCode).toBe(200);
      const [notice] = await inbox(testApp, phone);
      expect(notice?.text).toContain('Your password was changed');
    });

    it('checks the new password before spending the code', async () => {
      const email = freshEmail();
      await signUp(testApp, { email });
      clock.advance(MINUTE);
      await post('/api/v1/auth/password-reset/request', { identifier: email });
      const code = await latestCode(testApp, email);
      const weak = await post('/api/v1/auth/password-reset', {
        identifier: email,
        code,
        password: 'short',
      });
      expect(weak.json().error.code).toBe('auth.password_too_short');
      const fine = await post('/api/v1/auth/password-reset', {
        identifier: email,
        code,
        password: 'long-enough-now',
      });
      expect(fine.statusCode).toBe(204);
    });
  });

  describe('no account enumeration', () => {
    /** Same status, same body, same Retry-After: nothing tells the two addresses apart. */
    const expectSame = (
      known: Awaited<ReturnType<typeof post>>,
      unknown: Awaited<ReturnType<typeof post>>,
    ) => {
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.body).toBe(known.body);
      expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
      expect(unknown.headers['set-cookie']).toBe(known.headers['set-cookie']);
    };

    let knownEmail: string;
    let knownPhone: string;
    beforeAll(async () => {
      knownEmail = freshEmail('known');
      knownPhone = freshPhone();
      await signUp(testApp, { email: knownEmail });
      await signUp(testApp, { phone: knownPhone });
      clock.advance(MINUTE);
    });

    it('sign-up answers alike; the owner is told instead of getting a code', async () => {
      const unknownEmail = freshEmail('unknown');
      const body = { password: PASSWORD, accountType: 'personal' };
      const known = await post('/api/v1/auth/signup', { email: knownEmail, ...body });
      const unknown = await post('/api/v1/auth/signup', { email: unknownEmail, ...body });
      expect(known.statusCode).toBe(202);
      expectSame(known, unknown);
      const [notice] = await inbox(testApp, knownEmail);
      expect(notice?.subject).toBe('Someone tried to sign up with your address');
      expect(notice?.text).not.toMatch(/\b\d{6}\b/);
      // The resend rule holds alike.
      expectSame(
        await post('/api/v1/auth/signup', { email: knownEmail, ...body }),
        await post('/api/v1/auth/signup', { email: unknownEmail, ...body }),
      );
      const unknownPhone = freshPhone();
      expectSame(
        await post('/api/v1/auth/signup', { phone: knownPhone, ...body }),
        await post('/api/v1/auth/signup', { phone: unknownPhone, ...body }),
      );
      expect((await inbox(testApp, knownPhone))[0]?.text).toContain('Someone tried to sign up');
    });

    it('sign-up verification answers alike', async () => {
      const unknownEmail = freshEmail('unknown');
      expectSame(
        await post('/api/v1/auth/signup/verify', { email: knownEmail, code: '000000' }),
        await post('/api/v1/auth/signup/verify', { email: unknownEmail, code: '000000' }),
      );
    });

    it('password login answers alike', async () => {
      const known = await post('/api/v1/auth/login', {
        identifier: knownEmail,
        password: 'wrong-one',
      });
      const unknown = await post('/api/v1/auth/login', {
        identifier: freshEmail('unknown'),
        password: 'wrong-one',
      });
      expect(known.statusCode).toBe(401);
      expect(known.json().error.code).toBe('auth.invalid_credentials');
      expectSame(known, unknown);
      expectSame(
        known,
        await post('/api/v1/auth/login', { identifier: 'not-an-address', password: 'x' }),
      );
    });

    it('SMS login answers alike, and sends nothing to an unknown number', async () => {
      const unknownPhone = freshPhone();
      expectSame(
        await post('/api/v1/auth/login/code/request', { phone: knownPhone }),
        await post('/api/v1/auth/login/code/request', { phone: unknownPhone }),
      );
      expect(await inbox(testApp, unknownPhone)).toEqual([]);
      expectSame(
        await post('/api/v1/auth/login/code/request', { phone: knownPhone }),
        await post('/api/v1/auth/login/code/request', { phone: unknownPhone }),
      );
      const code = await latestCode(testApp, knownPhone);
      expectSame(
        await post('/api/v1/auth/login/code', { phone: knownPhone, code: wrongCode(code) }),
        await post('/api/v1/auth/login/code', { phone: unknownPhone, code: wrongCode(code) }),
      );
    });

    it('password reset answers alike, and sends nothing to an unknown address', async () => {
      const unknownEmail = freshEmail('unknown');
      expectSame(
        await post('/api/v1/auth/password-reset/request', { identifier: knownEmail }),
        await post('/api/v1/auth/password-reset/request', { identifier: unknownEmail }),
      );
      expect(await inbox(testApp, unknownEmail)).toEqual([]);
      const body = { code: '123456', password: 'some-new-password' };
      expectSame(
        await post('/api/v1/auth/password-reset', { identifier: knownEmail, ...body }),
        await post('/api/v1/auth/password-reset', { identifier: unknownEmail, ...body }),
      );
    });

    it('blocks a known and an unknown number alike after 100 wrong codes', async () => {
      // Fresh numbers: neither has a wrong code on record yet.
      const knownPhone = freshPhone();
      await signUp(testApp, { phone: knownPhone });
      const unknownPhone = freshPhone();
      await post('/api/v1/auth/login/code/request', { phone: knownPhone });
      await post('/api/v1/auth/login/code/request', { phone: unknownPhone });
      for (let attempt = 0; attempt < 100; attempt += 1) {
        expectSame(
          await post('/api/v1/auth/login/code', { phone: knownPhone, code: '000000' }),
          await post('/api/v1/auth/login/code', { phone: unknownPhone, code: '000000' }),
        );
      }
      const known = await post('/api/v1/auth/login/code', { phone: knownPhone, code: '000000' });
      expect(known.json().error.code).toBe('auth.code_channel_blocked');
      expectSame(
        known,
        await post('/api/v1/auth/login/code', { phone: unknownPhone, code: '000000' }),
      );
    });
  });
});
