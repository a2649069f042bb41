import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import { recordEvent } from '../../src/server/outbox/events.ts';
import type { TestApp } from '../support/app.ts';
import {
  createOperatorTestApp,
  insertMerchant,
  insertOperator,
  operatorSession,
  type TestMerchant,
} from '../support/operators.ts';
import { uploadImage } from '../support/stores.ts';
import { VALID_RESIDENT_ID } from '../support/verification.ts';

interface Queue {
  items: { id: string; status: string }[];
  total: number;
  counts: Record<string, number>;
}

// The reviewers' queue on the review-case kernel: the counts on the console's status tabs and
// menu, and a search that follows the merchant's contacts.
describe('the verification queue', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  let reviewerCookie: () => Promise<string>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    reviewerCookie = operatorSession(testApp, clock, await insertOperator(testApp, ['reviewer']));
  });
  afterAll(() => testApp.close());

  const submit = async (merchant: TestMerchant, legalName: string) => {
    clock.advance(60_000);
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification',
      headers: { cookie: merchant.cookie },
      payload: {
        kind: 'personal',
        legalName,
        idType: 'cn_resident_id',
        idNumber: VALID_RESIDENT_ID,
        idExpiry: '2036-05-01',
        documents: [
          {
            type: 'id_front',
            uploadId: await uploadImage(testApp, merchant.cookie, 'kyc', 400, 250),
          },
          {
            type: 'id_back',
            uploadId: await uploadImage(testApp, merchant.cookie, 'kyc', 400, 250),
          },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const decide = async (id: string, decision: object) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/admin/verifications/${id}/decision`,
      headers: { cookie: await reviewerCookie() },
      payload: decision,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const queue = async (query: string): Promise<Queue> => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/admin/verifications?${query}`,
      headers: { cookie: await reviewerCookie() },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('counts the cases in each status, under the same kind and search', async () => {
    const empty = await queue('status=pending');
    expect(empty).toEqual({
      items: [],
      total: 0,
      counts: { pending: 0, approved: 0, rejected: 0, changes_requested: 0 },
    });

    const submitters: TestMerchant[] = [];
    const cases: string[] = [];
    for (const name of ['王芳', '王伟', '李娜', '张敏', '刘洋']) {
      const merchant = await insertMerchant(testApp);
      submitters.push(merchant);
      cases.push(await submit(merchant, name));
    }
    const [first, second, third, fourth] = cases as [string, string, string, string, string];
    await decide(first, { decision: 'approve' });
    await decide(second, { decision: 'reject', reasons: [{ code: 'document_unreadable' }] });
    await decide(third, {
      decision: 'request_changes',
      reasons: [{ code: 'document_unreadable', field: 'documents.id_front' }],
    });
    await decide(fourth, { decision: 'approve' });

    const counts = { pending: 1, approved: 2, rejected: 1, changes_requested: 1 };
    const pending = await queue('status=pending');
    expect(pending.counts).toEqual(counts);
    expect(pending.total).toBe(1);
    expect(pending.items.map((item) => item.id)).toEqual([cases[4]]);
    const approved = await queue('status=approved');
    expect(approved.counts).toEqual(counts);
    expect(approved.items.map((item) => item.id)).toEqual([fourth, first]);
    expect((await queue('')).total).toBe(5);

    // Under a search, the counts are the search's.
    expect((await queue('q=王')).counts).toEqual({
      pending: 0,
      approved: 1,
      rejected: 1,
      changes_requested: 0,
    });
    expect((await queue('kind=enterprise')).counts).toEqual({
      pending: 0,
      approved: 0,
      rejected: 0,
      changes_requested: 0,
    });
    // A draft is never a case under review.
    expect(await queue('status=draft')).toEqual({ items: [], total: 0, counts });

    // A resubmission moves its case back to pending, and the counts with it.
    expect(await submit(submitters[1] as TestMerchant, '王伟明')).toBe(second);
    expect((await queue('status=pending')).counts).toEqual({
      pending: 2,
      approved: 2,
      rejected: 0,
      changes_requested: 1,
    });
  });

  it("finds a case by the merchant's contact verified after it was submitted", async () => {
    const merchant = await insertMerchant(testApp, { email: null, phone: '+8613900002222' });
    const id = await submit(merchant, '陈静');
    expect((await queue('q=13900002222')).items.map((item) => item.id)).toEqual([id]);

    const email = 'chen.jing@example.com';
    await withTx(testApp.database.db, async (tx) => {
      await tx
        .update(merchants)
        .set({ email, emailNormalized: email, emailVerifiedAt: clock.now() })
        .where(eq(merchants.id, merchant.id));
      await recordEvent(tx, {
        topic: 'account.contact_verified',
        key: `account.contact_verified:${merchant.id}:email:test`,
        occurredAt: clock.now(),
        data: { merchantId: merchant.id, channel: 'email' },
      });
    });
    expect((await queue('q=chen.jing@')).items).toEqual([]);
    await testApp.worker.drain();
    expect((await queue('q=chen.jing@')).items.map((item) => item.id)).toEqual([id]);
  });
});
