import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, storeMerchant } from '../support/stores.ts';

describe('the verified name and the real name of the account', () => {
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
  });
  afterAll(() => testApp.close());

  const realNameCondition = async (cookie: string) => {
    const response = await api(testApp, 'GET', '/api/v1/me/store/eligibility', { cookie });
    return response
      .json()
      .conditions.find((condition: { key: string }) => condition.key === 'real_name');
  };

  it('an enterprise that never typed a name takes the verified company name on approval', async () => {
    const merchant = await storeMerchant(testApp, {
      accountType: 'enterprise',
      realName: null,
      identityName: 'Harbour  Trading Co., Ltd.',
    });
    const me = await api(testApp, 'GET', '/api/v1/me', { cookie: merchant.cookie });
    expect(me.json().realName).toBe('Harbour Trading Co., Ltd.');
    expect((await realNameCondition(merchant.cookie)).met).toBe(true);
  });

  it('so does a person, with the verified legal name', async () => {
    const merchant = await storeMerchant(testApp, { realName: null, identityName: '李小明' });
    const me = await api(testApp, 'GET', '/api/v1/me', { cookie: merchant.cookie });
    expect(me.json().realName).toBe('李小明');
  });

  it('a name the merchant typed is kept, and the mismatch stays unmet until they take the verified one', async () => {
    const merchant = await storeMerchant(testApp, {
      accountType: 'enterprise',
      realName: 'Harbour Trading Co Ltd',
      identityName: 'Harbour Trading Co., Ltd.',
    });
    const me = await api(testApp, 'GET', '/api/v1/me', { cookie: merchant.cookie });
    expect(me.json().realName).toBe('Harbour Trading Co Ltd');
    expect((await realNameCondition(merchant.cookie)).met).toBe(false);
    const verification = await api(testApp, 'GET', '/api/v1/me/verification', {
      cookie: merchant.cookie,
    });
    expect(verification.json().verified.name).toBe('Harbour Trading Co., Ltd.');
  });
});
