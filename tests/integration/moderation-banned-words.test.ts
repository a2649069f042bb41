import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { auditLog } from '../../src/server/modules/audit/schema.ts';
import { findBannedWords } from '../../src/server/modules/products/moderation/banned-words.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertOperator, operatorSession } from '../support/operators.ts';

// The operator's banned words (SPEC §6, §9): what the automatic checks look for in a product's
// title, attributes and description, and the admin's editor of the list.
describe('banned words', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  let adminCookie: () => Promise<string>;
  let reviewerCookie: () => Promise<string>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    adminCookie = operatorSession(testApp, clock, await insertOperator(testApp, ['admin']));
    reviewerCookie = operatorSession(testApp, clock, await insertOperator(testApp, ['reviewer']));
  });
  afterAll(() => testApp.close());

  const put = async (words: string[], cookie?: string) =>
    testApp.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/banned-words',
      headers: { cookie: cookie ?? (await adminCookie()) },
      payload: { words },
    });
  const find = (texts: string[]) => findBannedWords(testApp.database.db, texts);

  it('an admin saves the list: blank entries dropped, one entry per word whatever its case or width', async () => {
    const response = await put([
      '假货',
      '  ',
      'Replica',
      'REPLICA',
      'ｒｅｐｌｉｃａ',
      '高仿  名牌',
    ]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ words: ['假货', 'Replica', '高仿 名牌'] });

    const read = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/banned-words',
      headers: { cookie: await adminCookie() },
    });
    expect(read.json()).toEqual({ words: ['假货', 'Replica', '高仿 名牌'] });
  });

  it('finds a Chinese word inside a sentence without spaces', async () => {
    expect(await find(['夏季新款连衣裙，绝非假货'])).toEqual(['假货']);
    expect(await find(['夏季新款连衣裙'])).toEqual([]);
  });

  it('finds a word whatever its case, full width or the spaces in it', async () => {
    expect(await find(['Designer bag, rEpLiCa quality'])).toEqual(['Replica']);
    expect(await find(['ＲＥＰＬＩＣＡ 手袋'])).toEqual(['Replica']);
    expect(await find(['高仿   名牌包'])).toEqual(['高仿 名牌']);
  });

  it('reads a description as text: markup inside a word does not hide it, entities are decoded', async () => {
    expect(await find(['<p>质量<strong>假</strong>货？不是！</p>'])).toEqual(['假货']);
    expect(await find(['<p>Re<em>pli</em>ca &amp; more</p>'])).toEqual(['Replica']);
    // A tag's name or attributes are not text the buyer reads.
    expect(await find(['<p><a href="https://example.com/replica">link</a></p>'])).toEqual([]);
  });

  it('looks in every text given and names each word found once', async () => {
    expect(await find(['Title', '假货', 'another replica', 'REPLICA'])).toEqual([
      '假货',
      'Replica',
    ]);
  });

  it('the change is audited with the list before and after; saving the same list records nothing', async () => {
    expect((await put(['假货', 'Replica', '高仿 名牌', '山寨'])).statusCode).toBe(200);
    const [entry] = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'banned_words.updated'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.before).toEqual({ words: ['假货', 'Replica', '高仿 名牌'] });
    expect(entry?.after).toEqual({ words: ['假货', 'Replica', '高仿 名牌', '山寨'] });

    const entries = async () =>
      (
        await testApp.database.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.action, 'banned_words.updated'))
      ).length;
    const count = await entries();
    expect((await put(['假货', 'Replica', '高仿 名牌', '山寨'])).statusCode).toBe(200);
    expect(await entries()).toBe(count);
  });

  it('only an admin reads or changes the list; a too long word is a field error', async () => {
    expect((await put(['x'], await reviewerCookie())).statusCode).toBe(403);
    const read = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/banned-words',
      headers: { cookie: await reviewerCookie() },
    });
    expect(read.statusCode).toBe(403);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/v1/admin/banned-words' })).statusCode,
    ).toBe(401);

    const tooLong = await put(['x'.repeat(65)]);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBe('validation.failed');
    expect(tooLong.json().error.details[0].field).toBe('words.0');
  });
});
