import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import {
  call,
  freshEmail,
  freshPhone,
  inbox,
  latestCode,
  PASSWORD,
  signUp,
} from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

describe('100 wrong passwords pause password sign-in, not every way in', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  // Each call from its own address: the per-IP limits are not what this is about.
  const post = (url: string, body: unknown) => call(testApp, 'POST', url, { body });
  const login = (identifier: string, password: string) =>
    post('/api/v1/auth/login', { identifier, password });

  async function guessWrong(identifier: string, times: number) {
    for (let attempt = 0; attempt < times; attempt += 1) {
      const response = await login(identifier, `wrong-guess-${attempt}`);
      expect(response.json().error.code).toBe('auth.invalid_credentials');
    }
  }

  const pauseNotices = async (address: string) =>
    (await inbox(testApp, address)).filter((message) =>
      /paused|暂停/.test(`${message.subject ?? ''} ${message.text}`),
    );

  it('refuses even the right password, tells the owner once, and a reset ends the pause', async () => {
    const email = freshEmail('paused');
    await signUp(testApp, { email, locale: 'zh-CN' });
    await guessWrong(email, 100);

    const refused = await login(email, PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('auth.password_sign_in_paused');
    expect(refused.headers['retry-after']).toBe('3600');
    // Further tries neither reopen nor restart it, nor send another notice.
    clock.advance(10 * MINUTE);
    expect((await login(email, 'another-guess')).json().error.code).toBe(
      'auth.password_sign_in_paused',
    );
    expect((await login(email, PASSWORD)).headers['retry-after']).toBe('3000');

    const notices = await pauseNotices(email);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe('您的开店账户已暂停密码登录');
    expect(notices[0]?.text).toContain('2026-05-01 09:00 UTC');
    expect(notices[0]?.text).toContain('重置密码后，暂停会立即解除');

    // The reset code still comes and works, and the new password signs in at once.
    expect(
      (await post('/api/v1/auth/password-reset/request', { identifier: email })).statusCode,
    ).toBe(202);
    const reset = await post('/api/v1/auth/password-reset', {
      identifier: email,
      code: await latestCode(testApp, email),
      password: 'a-fresh-start-password',
    });
    expect(reset.statusCode).toBe(204);
    expect((await login(email, 'a-fresh-start-password')).statusCode).toBe(200);
  }, 120_000);

  it('still lets the owner in by SMS code, and resumes by itself after an hour', async () => {
    const phone = freshPhone();
    await signUp(testApp, { phone });
    clock.advance(MINUTE);
    await guessWrong(phone, 100);
    expect((await login(phone, PASSWORD)).json().error.code).toBe('auth.password_sign_in_paused');

    expect((await post('/api/v1/auth/login/code/request', { phone })).statusCode).toBe(202);
    const byCode = await post('/api/v1/auth/login/code', {
      phone,
      code: await latestCode(testApp, phone),
    });
    expect(byCode.statusCode).toBe(200);

    const [notice] = await pauseNotices(phone);
    expect(notice?.text).toContain('password sign-in is paused until');
    expect(await pauseNotices(phone)).toHaveLength(1);

    clock.advance(HOUR);
    expect((await login(phone, PASSWORD)).statusCode).toBe(200);
  }, 120_000);

  it('pauses an address without an account exactly alike, and tells nobody', async () => {
    const known = freshEmail('known');
    const unknown = freshEmail('unknown');
    await signUp(testApp, { email: known });
    await guessWrong(known, 100);
    await guessWrong(unknown, 100);
    const knownAnswer = await login(known, 'one-more');
    const unknownAnswer = await login(unknown, 'one-more');
    expect(knownAnswer.statusCode).toBe(429);
    expect(unknownAnswer.statusCode).toBe(knownAnswer.statusCode);
    expect(unknownAnswer.body).toBe(knownAnswer.body);
    expect(unknownAnswer.headers['retry-after']).toBe(knownAnswer.headers['retry-after']);
    expect(await inbox(testApp, unknown)).toEqual([]);
  }, 180_000);
});
