import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { createTestApp } from '../support/app.ts';
import { insertMerchant, type TestMerchant } from '../support/operators.ts';

describe('validation messages say what is allowed, in the caller language', () => {
  let testApp: TestApp;
  let merchant: TestMerchant;

  beforeAll(async () => {
    testApp = await createTestApp();
    merchant = await insertMerchant(testApp);
  });
  afterAll(() => testApp.close());

  const changeLocale = (locale: unknown, language: string) =>
    testApp.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: merchant.cookie, 'accept-language': language },
      payload: { locale },
    });

  it('answers an unknown language with the languages there are, in English', async () => {
    const response = await changeLocale('fr', 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation.failed',
      details: [{ field: 'locale', rule: 'enum', message: 'must be one of: en, zh-CN' }],
    });
  });

  it('answers it in Chinese too', async () => {
    const response = await changeLocale('fr', 'zh-CN');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'locale', rule: 'enum', message: '只能是以下之一：en, zh-CN' },
    ]);
  });

  it('count in the singular when the limit is one', async () => {
    const response = await testApp.app.inject({
      method: 'PUT',
      url: '/api/v1/me/store/slug',
      headers: { cookie: merchant.cookie, 'accept-language': 'en' },
      payload: { slug: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'slug', rule: 'minLength', message: 'must be at least 1 character' },
    ]);
  });

  it('still accepts a language there is', async () => {
    const response = await changeLocale('zh-CN', 'en');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().locale).toBe('zh-CN');
  });
});
