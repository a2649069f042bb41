import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertMerchant, insertOperator } from '../support/operators.ts';
import { api, operatorCookie } from '../support/stores.ts';

// The audit log names people: a failed sign-in is by someone at an address trying an account,
// not by "the system", and a merchant or operator target is shown by name rather than an id.

describe('the audit log names who a target is', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  let admin: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    admin = await operatorCookie(testApp, ['admin']);
  });
  afterAll(() => testApp.close());

  const logOf = async (query: string) => {
    const log = await api(testApp, 'GET', `/api/v1/admin/audit-log?${query}`, {
      cookie: admin.cookie,
    });
    expect(log.statusCode, log.body).toBe(200);
    return log.json().entries;
  };

  it('a failed sign-in names the account tried, with the address it came from', async () => {
    const reviewer = await insertOperator(testApp, ['reviewer'], 'li.na@kaidian.test');
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/admin/auth/login',
      remoteAddress: '203.0.113.7',
      payload: { email: reviewer.email, password: 'not the password', totp: '000000' },
    });
    expect(refused.statusCode).toBe(401);

    const [entry] = await logOf(`action=operator.login_failed&targetId=${reviewer.id}`);
    expect(entry).toMatchObject({
      actor: null,
      targetType: 'operator',
      targetId: reviewer.id,
      targetName: 'Operator reviewer <li.na@kaidian.test>',
      ip: '203.0.113.7',
      after: { reason: 'password' },
    });
  });

  it('a merchant an operator looked at is named, not only numbered', async () => {
    const merchant = await insertMerchant(testApp);
    const viewed = await api(testApp, 'GET', `/api/v1/admin/merchants/${merchant.id}`, {
      cookie: admin.cookie,
    });
    expect(viewed.statusCode, viewed.body).toBe(200);
    const [entry] = await logOf(`targetType=merchant&targetId=${merchant.id}`);
    // No real name yet: the e-mail address is what tells people apart.
    expect(entry.targetName).toBe(merchant.email);
  });
});
