import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { call, freshEmail, signUp } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertOperator, logInOperator } from '../support/operators.ts';

// What the web app asks on every page to learn who is signed in: a visitor is a 200, not a 401,
// and a new account is told it has nothing yet, so its pages need not ask (and get a 404).

const clock = new ManualClock(new Date());
let testApp: TestApp;

beforeAll(async () => {
  testApp = await createOperatorTestApp(clock);
});

afterAll(async () => {
  await testApp?.close();
});

describe('GET /api/v1/auth/session', () => {
  it('answers a visitor, or a cookie of no live session, with 200 signedIn false', async () => {
    for (const session of [undefined, 'not-a-session']) {
      const response = await call(testApp, 'GET', '/api/v1/auth/session', { session });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ signedIn: false });
    }
  });

  it('answers a new account with the account /me gives, and that it has nothing yet', async () => {
    const { session } = await signUp(testApp, { email: freshEmail('probe') });
    const probe = await call(testApp, 'GET', '/api/v1/auth/session', { session });
    const me = await call(testApp, 'GET', '/api/v1/me', { session });
    expect(probe.statusCode).toBe(200);
    expect(probe.json()).toEqual({
      signedIn: true,
      account: me.json(),
      has: { verification: false, store: false, businessProfile: false },
    });
    // What it says it has not, the API indeed has not.
    for (const url of ['/api/v1/me/verification', '/api/v1/me/store']) {
      expect((await call(testApp, 'GET', url, { session })).statusCode, url).toBe(404);
    }
  });

  it('says so once the account has one', async () => {
    const { session } = await signUp(testApp, { email: freshEmail('probe') });
    const saved = await call(testApp, 'PUT', '/api/v1/me/business-profile', {
      session,
      body: {
        industry: 'Home and garden',
        businessModel: 'retailer',
        experience: 'none',
        platforms: [],
        targetMarkets: ['CN'],
        teamSize: '1',
      },
    });
    expect(saved.statusCode).toBe(200);
    const probe = await call(testApp, 'GET', '/api/v1/auth/session', { session });
    expect(probe.json().has).toEqual({ verification: false, store: false, businessProfile: true });
  });
});

describe('GET /api/v1/admin/auth/session', () => {
  it('answers no operator with 200 signedIn false, and a signed-in one as /admin/me does', async () => {
    const visitor = await testApp.app.inject({ method: 'GET', url: '/api/v1/admin/auth/session' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ signedIn: false });

    const operator = await insertOperator(testApp, ['reviewer']);
    const cookie = await logInOperator(testApp, clock, operator);
    const headers = { cookie };
    const probe = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/auth/session',
      headers,
    });
    const me = await testApp.app.inject({ method: 'GET', url: '/api/v1/admin/me', headers });
    expect(probe.json()).toEqual({ signedIn: true, operator: me.json().operator });
  });
});
