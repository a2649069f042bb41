import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

// A route names the 409, 422 and 429 codes it can answer (config.errors); the API document lists
// each under its status with both messages, and under test the error handler refuses to answer
// one the route did not name, so the document cannot fall behind the code.

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
  // A route as a module would write one, declaring one conflict and able to answer another.
  testApp.app.post(
    '/api/v1/test/declared',
    { config: { errors: ['store.slug_taken'] }, schema: { hide: true } },
    async (request) => {
      throw new AppError((request.query as { code: string }).code);
    },
  );
  // …and one that lists nothing: it declares none, so it may answer none.
  testApp.app.post('/api/v1/test/undeclared', { schema: { hide: true } }, async (request) => {
    throw new AppError((request.query as { code: string }).code);
  });
});

afterAll(async () => {
  await testApp?.close();
});

type Responses = Record<
  string,
  { description: string; content: { 'application/json': { examples?: object } } }
>;

async function responsesOf(path: string, method: string): Promise<Responses> {
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  return document.paths[path][method].responses;
}

describe('the error codes a route declares', () => {
  it('are in the API document under their status, with both messages', async () => {
    const login = await responsesOf('/api/v1/auth/login', 'post');
    expect(login['429']?.description).toContain('`auth.password_sign_in_paused`');
    expect(login['429']?.description).toContain('密码登录已暂停');
    expect(Object.keys(login['429']?.content['application/json'].examples ?? {})).toEqual([
      'http.rate_limited',
      'auth.password_sign_in_paused',
    ]);

    const upload = await responsesOf('/api/v1/uploads', 'post');
    expect(upload['422']?.content['application/json'].examples).toHaveProperty(
      'upload.pdf_encrypted',
    );
    expect(upload['429']?.description).toContain('`http.rate_limited`');

    const contact = await responsesOf('/api/v1/me/contacts/email/verify', 'post');
    expect(contact['409']?.description).toContain('`auth.contact_taken`');

    // Every module's routes name theirs, a list shared by routes once for all of them.
    const slug = await responsesOf('/api/v1/me/store/slug', 'put');
    expect(Object.keys(slug['409']?.content['application/json'].examples ?? {})).toEqual([
      'store.closed',
      'store.slug_locked',
      'store.slug_taken',
    ]);
    expect(slug['422']?.description).toContain('`store.slug_invalid`');
    const refund = await responsesOf('/api/v1/admin/payments/{id}/refunds', 'post');
    expect(refund['409']?.description).toContain('`payment.refund_exceeds_paid`');
    expect(refund['422']?.description).toContain('`ledger.insufficient_funds`');
    for (const confirmOrCallback of [
      await responsesOf('/api/v1/admin/payments/{id}/confirm', 'post'),
      await responsesOf('/api/v1/payments/callbacks/{provider}', 'post'),
    ]) {
      expect(confirmOrCallback['409']?.description).toContain('`payment.invalid_transition`');
      expect(confirmOrCallback['422']?.description).toContain('`payment.amount_mismatch`');
    }
    const callback = await responsesOf('/api/v1/payments/callbacks/{provider}', 'post');
    expect(callback['429']?.description).toContain('`http.rate_limited`');
    const rule = await responsesOf('/api/v1/admin/growth/rules', 'post');
    expect(rule['422']?.content['application/json'].examples).toHaveProperty(
      'growth.condition_never_matches',
    );
  });

  it('are answered as declared, and an undeclared one fails loudly under test', async () => {
    const answer = (code: string) =>
      testApp.app.inject({ method: 'POST', url: `/api/v1/test/declared?code=${code}` });

    const declared = await answer('store.slug_taken');
    expect(declared.statusCode).toBe(409);
    expect(declared.json().error.code).toBe('store.slug_taken');

    const undeclared = await answer('store.name_taken');
    expect(undeclared.statusCode).toBe(500);
    expect(undeclared.json().error.details).toEqual({
      undeclaredErrorCode: 'store.name_taken',
      route: '/api/v1/test/declared',
    });

    // The shared statuses (here a 404) are the document's own business, not the route's list.
    expect((await answer('store.not_found')).statusCode).toBe(404);
  });

  it('are none for a route without a list: any 409, 422 or 429 it answers fails loudly', async () => {
    const answer = (code: string) =>
      testApp.app.inject({ method: 'POST', url: `/api/v1/test/undeclared?code=${code}` });

    for (const code of ['store.slug_taken', 'store.slug_invalid', 'http.rate_limited']) {
      const undeclared = await answer(code);
      expect(undeclared.statusCode).toBe(500);
      expect(undeclared.json().error.details).toEqual({
        undeclaredErrorCode: code,
        route: '/api/v1/test/undeclared',
      });
    }
    expect((await answer('store.not_found')).statusCode).toBe(404);
    expect((await answer('validation.failed')).statusCode).toBe(400);
  });
});
