import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { verificationCodes } from '../../src/server/modules/accounts/codes/schema.ts';
import { pruneAccountCodes } from '../../src/server/modules/accounts/index.ts';
import {
  call,
  freshEmail,
  freshIp,
  freshPhone,
  inbox,
  latestCode,
  PASSWORD,
  signUp,
  wrongCode,
} from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('one-time codes', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  const requestSignup = (email: string, ip = freshIp()) =>
    call(testApp, 'POST', '/api/v1/auth/signup', {
      ip,
      body: { email, password: PASSWORD, accountType: 'personal' },
    });
  const verifySignup = (email: string, code: string, ip = freshIp()) =>
    call(testApp, 'POST', '/api/v1/auth/signup/verify', { ip, body: { email, code } });

  it('sends six digits and stores only a salted hash of them', async () => {
    const email = freshEmail();
    expect((await requestSignup(email)).json()).toEqual({
      status: 'code_sent',
      resendAfterSeconds: 60,
      expiresInSeconds: 600,
    });
    const code = await latestCode(testApp, email);
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await testApp.database.db
      .select()
      .from(verificationCodes)
      .where(eq(verificationCodes.address, email));
    expect(row?.codeHash).toHaveLength(32);
    expect(row?.codeHash.toString('hex')).not.toContain(Buffer.from(code).toString('hex'));
    expect(row?.salt).toHaveLength(16);
  });

  it('expires a code 10 minutes after it was sent', async () => {
    const early = freshEmail();
    await requestSignup(early);
    const earlyCode = await latestCode(testApp, early);
    const late = freshEmail();
    await requestSignup(late);
    const lateCode = await latestCode(testApp, late);

    clock.advance(10 * MINUTE - SECOND);
    expect((await verifySignup(early, earlyCode)).statusCode).toBe(201);
    clock.advance(2 * SECOND);
    const expired = await verifySignup(late, lateCode);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.code).toBe('auth.code_invalid');
  });

  it('accepts a code once only', async () => {
    const phone = freshPhone();
    await signUp(testApp, { phone });
    clock.advance(MINUTE);
    const ip = freshIp();
    await call(testApp, 'POST', '/api/v1/auth/login/code/request', { ip, body: { phone } });
    const code = await latestCode(testApp, phone);
    const first = await call(testApp, 'POST', '/api/v1/auth/login/code', {
      ip,
      body: { phone, code },
    });
    expect(first.statusCode).toBe(200);
    const second = await call(testApp, 'POST', '/api/v1/auth/login/code', {
      ip,
      body: { phone, code },
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.code).toBe('auth.code_invalid');
  });

  it('binds a code to its purpose and its address', async () => {
    const email = freshEmail();
    await requestSignup(email);
    const code = await latestCode(testApp, email);
    // Not for another address…
    expect((await verifySignup(freshEmail(), code)).statusCode).toBe(400);
    // …and a sign-up code is not a reset code.
    const reset = await call(testApp, 'POST', '/api/v1/auth/password-reset', {
      ip: freshIp(),
      body: { identifier: email, code, password: 'another-fine-password' },
    });
    expect(reset.json().error.code).toBe('auth.code_invalid');
    expect((await verifySignup(email, code)).statusCode).toBe(201);
  });

  it('kills a code after five wrong tries', async () => {
    const email = freshEmail();
    await requestSignup(email);
    const code = await latestCode(testApp, email);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await verifySignup(email, wrongCode(code))).statusCode).toBe(400);
    }
    const right = await verifySignup(email, code);
    expect(right.statusCode).toBe(400);
    expect(right.json().error.code).toBe('auth.code_invalid');
  });

  it('does not restore tries when a code is resent', async () => {
    const email = freshEmail();
    await requestSignup(email);
    const first = await latestCode(testApp, email);
    for (let attempt = 0; attempt < 3; attempt += 1) await verifySignup(email, wrongCode(first));

    clock.advance(61 * SECOND);
    expect((await requestSignup(email)).statusCode).toBe(202);
    const second = await latestCode(testApp, email);
    for (let attempt = 0; attempt < 2; attempt += 1) await verifySignup(email, wrongCode(second));
    // 3 + 2 wrong tries: the resent code is dead too.
    expect((await verifySignup(email, second)).statusCode).toBe(400);

    // Another resend while that code would still be valid gives no fresh tries either.
    clock.advance(61 * SECOND);
    const refused = await requestSignup(email);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('auth.code_tries_exhausted');
    expect(Number(refused.headers['retry-after'])).toBe(10 * 60 - 61);

    // Once the last code has expired, a new one starts afresh.
    clock.advance(10 * MINUTE);
    expect((await requestSignup(email)).statusCode).toBe(202);
    expect((await verifySignup(email, await latestCode(testApp, email))).statusCode).toBe(201);
  });

  it('allows a resend only 60 seconds after the last code', async () => {
    const email = freshEmail();
    expect((await requestSignup(email)).statusCode).toBe(202);
    const tooSoon = await requestSignup(email);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json().error.code).toBe('auth.code_resend_too_soon');
    expect(tooSoon.headers['retry-after']).toBe('60');

    clock.advance(59 * SECOND);
    expect((await requestSignup(email)).headers['retry-after']).toBe('1');
    clock.advance(SECOND);
    expect((await requestSignup(email)).statusCode).toBe(202);
    expect(await inbox(testApp, email)).toHaveLength(2);
  });

  it('sends at most 10 codes to an address in a day', async () => {
    const email = freshEmail();
    const start = clock.now().getTime();
    for (let send = 0; send < 10; send += 1) {
      expect((await requestSignup(email)).statusCode).toBe(202);
      clock.advance(61 * SECOND);
    }
    const eleventh = await requestSignup(email);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().error.code).toBe('auth.code_daily_limit');
    const retryAfter = Number(eleventh.headers['retry-after']);
    expect(start + 24 * HOUR - clock.now().getTime()).toBe(retryAfter * SECOND);
    expect(await inbox(testApp, email)).toHaveLength(10);

    clock.advance(retryAfter * SECOND);
    expect((await requestSignup(email)).statusCode).toBe(202);
  });

  it('blocks the channel for an hour after 100 wrong codes', async () => {
    const email = freshEmail();
    await requestSignup(email);
    const code = await latestCode(testApp, email);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await verifySignup(email, wrongCode(code));
      expect(response.json().error.code).toBe('auth.code_invalid');
    }
    const blocked = await verifySignup(email, code);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.code_channel_blocked');
    expect(blocked.headers['retry-after']).toBe('3600');

    clock.advance(30 * MINUTE);
    const noNewCode = await requestSignup(email);
    expect(noNewCode.json().error.code).toBe('auth.code_channel_blocked');
    expect(noNewCode.headers['retry-after']).toBe('1800');

    clock.advance(30 * MINUTE);
    expect((await requestSignup(email)).statusCode).toBe(202);
    expect((await verifySignup(email, await latestCode(testApp, email))).statusCode).toBe(201);
  });

  it('prunes codes and counters once no rule looks at them any more', async () => {
    const email = freshEmail();
    await requestSignup(email);
    await verifySignup(email, '000000');
    const countFor = async () =>
      (
        await testApp.database.db
          .select()
          .from(verificationCodes)
          .where(eq(verificationCodes.address, email))
      ).length;
    await pruneAccountCodes(testApp.database.db, clock.now());
    expect(await countFor()).toBe(1);
    await pruneAccountCodes(testApp.database.db, new Date(clock.now().getTime() + 49 * HOUR));
    expect(await countFor()).toBe(0);
  });
});
