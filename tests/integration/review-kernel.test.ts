import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { AppError } from '../../src/server/errors.ts';
import { enqueue } from '../../src/server/outbox/enqueue.ts';
import { defineReviewQueue } from '../../src/server/review/define-review-queue.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertMerchant, insertOperator } from '../support/operators.ts';

// A queue of the test's own, defined by this one call and nothing else (no table, no migration):
// penalty appeals, as the next issues will bring them.
type AppealStatus = 'pending' | 'more_info' | 'upheld' | 'dismissed';
type AppealDecision = 'uphold' | 'dismiss' | 'ask';
const applied: { subjectId: string; to: AppealStatus }[] = [];
const appeals = defineReviewQueue<AppealStatus, AppealDecision>({
  name: 'test_appeal',
  transitions: {
    pending: ['upheld', 'dismissed', 'more_info'],
    more_info: ['pending'],
    upheld: [],
    dismissed: [],
  },
  openStatus: 'pending',
  decisions: { uphold: 'upheld', dismiss: 'dismissed', ask: 'more_info' },
  codes: { notFound: 'appeal.not_found', refused: 'appeal.invalid_transition' },
  audit: { targetType: 'appeal' },
  hooks: {
    async checkDecision(_tx, context) {
      if (context.decision === 'dismiss' && context.reasons.length === 0) {
        throw new AppError('appeal.reason_required');
      }
      return { reasons: context.reasons, note: context.note?.trim() || null };
    },
    async apply(_tx, context) {
      applied.push({ subjectId: context.reviewCase.subjectId, to: context.to });
    },
    async notify(tx, context) {
      await enqueue(tx, {
        topic: 'email.appeal_decided',
        key: `appeal.decided:${context.decisionId}`,
        payload: { to: context.reviewCase.submitterId, status: context.to, note: context.note },
      });
    },
    event: (context) => ({
      topic: 'appeal.decided',
      data: { appealId: context.reviewCase.subjectId, status: context.to },
    }),
  },
});

describe('the review-case kernel', () => {
  const clock = new ManualClock('2026-04-01T08:00:00Z');
  let testApp: TestApp;
  let operatorId: string;
  let merchantId: string;
  const query = async <T>(text: string, values: unknown[] = []) =>
    (await testApp.database.pool.query(text, values)).rows as T[];

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    operatorId = (await insertOperator(testApp, ['reviewer'])).id;
    merchantId = (await insertMerchant(testApp)).id;
  });
  afterAll(() => testApp.close());

  const submitAppeal = async (
    options: { kind?: string; text?: string; snapshot?: Record<string, unknown> } = {},
  ) => {
    clock.advance(60_000);
    const subjectId = randomUUID();
    const reviewCase = await withTx(testApp.database.db, (tx) =>
      appeals.enqueue(tx, {
        subjectId,
        submitter: { kind: 'merchant', id: merchantId },
        kind: options.kind ?? 'late_shipping',
        searchText: options.text ?? 'Appeal of penalty P-1',
        snapshot: options.snapshot ?? { statement: 'The courier lost the parcel' },
        at: clock.now(),
      }),
    );
    return { subjectId, reviewCase };
  };
  const decide = (
    subjectId: string,
    decision: AppealDecision,
    options: { reasons?: { code: string }[]; note?: string } = {},
  ) =>
    withTx(testApp.database.db, (tx) =>
      appeals.decide(tx, {
        subjectId,
        decision,
        reasons: options.reasons ?? [],
        note: options.note ?? null,
        operatorId,
        ip: '203.0.113.7',
        now: clock.now(),
        locale: 'en',
      }),
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof AppError ? error.code : error),
    );

  it('lists its cases (pending oldest first, others newest first), filters them and counts each status', async () => {
    const first = await submitAppeal({ text: 'Lily 小衣橱 penalty P-100 lily@example.com' });
    const second = await submitAppeal({ kind: 'fake_goods', text: 'Ming Trading P-200' });
    const third = await submitAppeal({ text: 'Ming Trading P-300 100% cotton' });
    await decide(third.subjectId, 'uphold');
    const page = (filter: Parameters<typeof appeals.list>[1]) =>
      appeals.list(testApp.database.db, filter);

    const pending = await page({ status: 'pending', limit: 10, offset: 0 });
    expect(pending.items.map((item) => item.subjectId)).toEqual([
      first.subjectId,
      second.subjectId,
    ]);
    expect(pending.total).toBe(2);
    expect(pending.counts).toEqual({ pending: 2, more_info: 0, upheld: 1, dismissed: 0 });

    const every = await page({ limit: 10, offset: 0 });
    expect(every.items.map((item) => item.subjectId)).toEqual([
      third.subjectId,
      second.subjectId,
      first.subjectId,
    ]);
    expect(every.total).toBe(3);
    const paged = await page({ limit: 1, offset: 1 });
    expect(paged.items.map((item) => item.subjectId)).toEqual([second.subjectId]);
    expect(paged.total).toBe(3);

    const byKind = await page({ kind: 'fake_goods', limit: 10, offset: 0 });
    expect(byKind.items.map((item) => item.subjectId)).toEqual([second.subjectId]);
    expect(byKind.counts).toEqual({ pending: 1, more_info: 0, upheld: 0, dismissed: 0 });

    // Part of a name, in another case, counted under the same search.
    const searched = await page({ q: 'ming trad', limit: 10, offset: 0 });
    expect(searched.items.map((item) => item.subjectId)).toEqual([
      third.subjectId,
      second.subjectId,
    ]);
    expect(searched.counts).toEqual({ pending: 1, more_info: 0, upheld: 1, dismissed: 0 });
    expect((await page({ q: '小衣橱', limit: 10, offset: 0 })).total).toBe(1);
    // A search is text, not a pattern.
    expect((await page({ q: '100%', limit: 10, offset: 0 })).total).toBe(1);
    expect((await page({ q: '_', limit: 10, offset: 0 })).total).toBe(0);

    expect(await appeals.counts(testApp.database.db)).toEqual({
      pending: 2,
      more_info: 0,
      upheld: 1,
      dismissed: 0,
    });
  });

  it('searches and orders a large queue through its indexes, with no sort of the whole queue', async () => {
    // 20,000 cases of a queue of their own, a tenth pending, each with its own name and e-mail.
    await query(
      `INSERT INTO review_cases (queue, subject_id, submitter_kind, submitter_id, status,
         search_text, snapshot, submitted_at, created_at, updated_at)
       SELECT 'test_scale', gen_random_uuid(), 'merchant', $1,
              CASE WHEN n % 10 = 0 THEN 'pending' ELSE 'upheld' END,
              'Merchant ' || md5(n::text) || ' ' || md5(n::text) || '@example.com', '{}',
              now() - n * interval '1 minute', now(), now()
         FROM generate_series(1, 20000) AS n`,
      [merchantId],
    );
    await query('VACUUM ANALYZE review_cases');
    const explain = async (text: string) =>
      (await query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`))
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    const probe = createHash('md5').update('12345').digest('hex').slice(4, 16);
    const search = await explain(
      `SELECT id FROM review_cases WHERE queue = 'test_scale' AND search_text ILIKE '%${probe}%'`,
    );
    const pending = await explain(
      "SELECT id FROM review_cases WHERE queue = 'test_scale' AND status = 'pending' ORDER BY submitted_at, id LIMIT 50",
    );
    const every = await explain(
      "SELECT id FROM review_cases WHERE queue = 'test_scale' ORDER BY submitted_at DESC, id DESC LIMIT 50",
    );
    expect(search).toContain('review_cases_search_trgm');
    expect(pending).toContain('review_cases_by_status');
    expect(pending).not.toContain('Sort');
    expect(every).toContain('review_cases_newest');
    expect(every).not.toContain('Sort');
    const found = await appeals.list(testApp.database.db, {
      q: probe,
      limit: 10,
      offset: 0,
    });
    // Another queue's cases are not this queue's.
    expect(found.total).toBe(0);
  });

  it('decides in one transaction: status, decision with its snapshot, audit entry, notification, event', async () => {
    const { subjectId, reviewCase } = await submitAppeal({
      snapshot: { statement: 'Shipped on time', evidence: ['upload-1'] },
    });
    clock.advance(5_000);
    const { reviewCase: decided, decision } = await decide(subjectId, 'dismiss', {
      reasons: [{ code: 'no_evidence' }],
      note: '  The tracking shows a late handover.  ',
    });
    expect(decided).toMatchObject({
      id: reviewCase.id,
      status: 'dismissed',
      decidedAt: clock.now(),
    });
    expect(applied).toContainEqual({ subjectId, to: 'dismissed' });

    expect(await appeals.decisions(testApp.database.db, subjectId)).toEqual([
      expect.objectContaining({
        id: decision.id,
        round: 1,
        decision: 'dismiss',
        statusBefore: 'pending',
        statusAfter: 'dismissed',
        reasons: [{ code: 'no_evidence' }],
        note: 'The tracking shows a late handover.',
        operatorId,
        snapshot: { statement: 'Shipped on time', evidence: ['upload-1'] },
      }),
    ]);
    expect(
      await query('SELECT action, before, after, ip FROM audit_log WHERE target_id = $1', [
        subjectId,
      ]),
    ).toEqual([
      {
        action: 'appeal.dismissed',
        before: { status: 'pending' },
        after: {
          status: 'dismissed',
          reasons: [{ code: 'no_evidence' }],
          note: 'The tracking shows a late handover.',
        },
        ip: '203.0.113.7',
      },
    ]);
    const outbox = await query<{ topic: string; idempotency_key: string; payload: unknown }>(
      'SELECT topic, idempotency_key, payload FROM outbox_messages WHERE idempotency_key LIKE $1 ORDER BY id',
      [`%${decision.id}`],
    );
    expect(outbox).toEqual([
      {
        topic: 'email.appeal_decided',
        idempotency_key: `appeal.decided:${decision.id}`,
        payload: {
          to: merchantId,
          status: 'dismissed',
          note: 'The tracking shows a late handover.',
        },
      },
      {
        topic: 'appeal.decided',
        idempotency_key: `event:appeal.decided:${decision.id}`,
        payload: expect.objectContaining({ data: { appealId: subjectId, status: 'dismissed' } }),
      },
    ]);
    expect(
      await query(
        "SELECT from_status, to_status, actor_kind, actor_id, reason FROM status_history WHERE entity_type = 'review.test_appeal' AND entity_id = $1 ORDER BY id",
        [reviewCase.id],
      ),
    ).toEqual([
      {
        from_status: null,
        to_status: 'pending',
        actor_kind: 'merchant',
        actor_id: merchantId,
        reason: null,
      },
      {
        from_status: 'pending',
        to_status: 'dismissed',
        actor_kind: 'operator',
        actor_id: operatorId,
        reason: 'The tracking shows a late handover.',
      },
    ]);
  });

  it('refuses a second decision with the lifecycle code, and leaves nothing of it behind', async () => {
    const { subjectId } = await submitAppeal();
    await decide(subjectId, 'uphold');
    const audited = await query('SELECT id FROM audit_log WHERE target_id = $1', [subjectId]);

    expect(await refusal(decide(subjectId, 'dismiss', { reasons: [{ code: 'late' }] }))).toBe(
      'appeal.invalid_transition',
    );
    expect(await refusal(decide(subjectId, 'uphold'))).toBe('appeal.invalid_transition');
    expect((await appeals.findBySubject(testApp.database.db, subjectId))?.status).toBe('upheld');
    expect(await appeals.decisions(testApp.database.db, subjectId)).toHaveLength(1);
    expect(await query('SELECT id FROM audit_log WHERE target_id = $1', [subjectId])).toEqual(
      audited,
    );
  });

  it("refuses what the queue's own rules refuse, and a subject it does not hold", async () => {
    const { subjectId } = await submitAppeal();
    expect(await refusal(decide(subjectId, 'dismiss'))).toBe('appeal.reason_required');
    expect((await appeals.findBySubject(testApp.database.db, subjectId))?.status).toBe('pending');
    expect(await appeals.decisions(testApp.database.db, subjectId)).toEqual([]);
    expect(await refusal(decide(randomUUID(), 'uphold'))).toBe('appeal.not_found');
  });

  it('reopens a case sent back for more, and keeps with each decision the version it was made on', async () => {
    const { subjectId, reviewCase } = await submitAppeal({ snapshot: { statement: 'first' } });
    await decide(subjectId, 'ask', { note: 'Send the tracking number' });

    clock.advance(60_000);
    const reopened = await withTx(testApp.database.db, (tx) =>
      appeals.enqueue(tx, {
        subjectId,
        submitter: { kind: 'merchant', id: merchantId },
        searchText: 'Appeal with tracking SF123',
        snapshot: { statement: 'second', tracking: 'SF123' },
        at: clock.now(),
      }),
    );
    expect(reopened).toMatchObject({
      id: reviewCase.id,
      status: 'pending',
      decidedAt: null,
      submittedAt: clock.now(),
    });
    expect(
      (await appeals.list(testApp.database.db, { q: 'SF123', limit: 10, offset: 0 })).items,
    ).toMatchObject([{ id: reviewCase.id }]);
    await decide(subjectId, 'uphold');

    const history = await appeals.decisions(testApp.database.db, subjectId);
    expect(history.map(({ round, decision, snapshot }) => ({ round, decision, snapshot }))).toEqual(
      [
        { round: 1, decision: 'ask', snapshot: { statement: 'first' } },
        { round: 2, decision: 'uphold', snapshot: { statement: 'second', tracking: 'SF123' } },
      ],
    );
    expect(
      await appeals.decidedSnapshotContaining(testApp.database.db, subjectId, {
        tracking: 'SF123',
      }),
    ).toEqual({ statement: 'second', tracking: 'SF123' });
    expect(
      await refusal(
        withTx(testApp.database.db, (tx) =>
          appeals.enqueue(tx, {
            subjectId,
            submitter: { kind: 'merchant', id: merchantId },
            searchText: '',
            snapshot: {},
            at: clock.now(),
          }),
        ),
      ),
    ).toBe('appeal.invalid_transition');
  });
});
