import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertMerchant } from '../support/operators.ts';
import { operatorCookie } from '../support/stores.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const toyRetailer = {
  industry: 'toys_baby',
  businessModel: 'retailer',
  experience: '1to3y',
  platforms: ['Taobao'],
  targetMarkets: ['cn'],
  teamSize: '2-5',
};

const liveSellingTask = {
  key: 'try_live_selling',
  titleEn: 'Try live selling',
  titleZh: '试试直播带货',
  descriptionEn: 'Show your toys on a live stream and answer buyers as they watch.',
  descriptionZh: '在直播中展示您的玩具，实时回答买家的问题。',
  milestone: null,
  actionPath: '/products',
  active: true,
};

const toysRule = {
  key: 'toys_live',
  nameEn: 'Toy sellers: live selling',
  nameZh: '玩具卖家：直播带货',
  condition: { all: [{ field: 'industry', op: 'in', values: ['toys_baby'] }] },
  taskKeys: ['try_live_selling'],
  priority: 5,
  active: true,
};

describe('admins edit the growth plan: tasks, rules and a preview', () => {
  const clock = new ManualClock('2026-08-01T08:00:00Z');
  let testApp: TestApp;
  let admin: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    admin = await operatorCookie(testApp, ['admin']);
  });
  afterAll(() => testApp.close());

  const send = (
    cookie: string | null,
    method: Method,
    url: string,
    body?: unknown,
    locale = 'en',
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { 'accept-language': locale, ...(cookie ? { cookie } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const asAdmin = (method: Method, url: string, body?: unknown, locale = 'en') =>
    send(admin.cookie, method, url, body, locale);

  async function merchantPlanKeys(cookie: string): Promise<string[]> {
    const plan = await send(cookie, 'GET', '/api/v1/me/growth-plan');
    expect(plan.statusCode).toBe(200);
    return plan.json().tasks.map((task: { key: string }) => task.key);
  }

  async function auditOf(targetId: string) {
    const log = await asAdmin('GET', `/api/v1/admin/audit-log?targetId=${targetId}`);
    expect(log.statusCode).toBe(200);
    return (
      log.json().entries as {
        action: string;
        actor: { id: string };
        before: unknown;
        after: unknown;
      }[]
    ).reverse();
  }

  it('answers only admins: reviewers and finance get 403, visitors 401', async () => {
    const reviewer = await operatorCookie(testApp, ['reviewer']);
    const finance = await operatorCookie(testApp, ['finance', 'reviewer']);
    const someRule = (await asAdmin('GET', '/api/v1/admin/growth/rules')).json().items[0];
    const calls: [Method, string, unknown?][] = [
      ['GET', '/api/v1/admin/growth/tasks'],
      ['POST', '/api/v1/admin/growth/tasks', liveSellingTask],
      ['PUT', '/api/v1/admin/growth/tasks/verify_email', liveSellingTask],
      ['GET', '/api/v1/admin/growth/rules'],
      ['POST', '/api/v1/admin/growth/rules', toysRule],
      ['PUT', `/api/v1/admin/growth/rules/${someRule.id}`, toysRule],
      ['DELETE', `/api/v1/admin/growth/rules/${someRule.id}`],
      ['POST', '/api/v1/admin/growth/preview', { profile: null }],
    ];
    for (const [method, url, body] of calls) {
      for (const cookie of [reviewer.cookie, finance.cookie]) {
        const refused = await send(cookie, method, url, body);
        expect(refused.statusCode, `${method} ${url}`).toBe(403);
        expect(refused.json().error.code).toBe('auth.forbidden');
      }
      expect((await send(null, method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
    // Nothing was changed by the refused calls.
    const rules = (await asAdmin('GET', '/api/v1/admin/growth/rules')).json().items;
    expect(rules.map((rule: { key: string }) => rule.key)).toContain(someRule.key);
    expect(rules.map((rule: { key: string }) => rule.key)).not.toContain('toys_live');
  });

  it('lists the shipped tasks in both languages, with the milestones the code records', async () => {
    const tasks = await asAdmin('GET', '/api/v1/admin/growth/tasks');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.json().items.length).toBeGreaterThanOrEqual(20);
    expect(tasks.json().items).toContainEqual(
      expect.objectContaining({
        key: 'verify_email',
        titleEn: 'Verify your e-mail address',
        titleZh: '验证邮箱',
        milestone: 'email_verified',
        actionPath: '/account',
        active: true,
      }),
    );
    expect(tasks.json().milestones).toEqual(
      expect.arrayContaining(['email_verified', 'kyc_approved', 'first_order']),
    );
  });

  it('a new rule changes the plan merchants get, and editing or deleting it changes it back', async () => {
    const merchant = await insertMerchant(testApp);
    expect(
      (await send(merchant.cookie, 'PUT', '/api/v1/me/business-profile', toyRetailer)).statusCode,
    ).toBe(200);
    const before = await merchantPlanKeys(merchant.cookie);
    expect(before).not.toContain('try_live_selling');

    const task = await asAdmin('POST', '/api/v1/admin/growth/tasks', liveSellingTask);
    expect(task.statusCode, task.body).toBe(201);
    expect(task.json()).toMatchObject({ ...liveSellingTask, createdAt: clock.now().toISOString() });
    // A task in no rule is in nobody's plan.
    expect(await merchantPlanKeys(merchant.cookie)).toEqual(before);

    const created = await asAdmin('POST', '/api/v1/admin/growth/rules', toysRule);
    expect(created.statusCode, created.body).toBe(201);
    const rule = created.json();
    expect(rule).toMatchObject({
      ...toysRule,
      id: expect.any(String),
      name: 'Toy sellers: live selling',
    });

    // Priority 5 comes after the account basics (0) and before the experienced seller's (10).
    const withRule = await merchantPlanKeys(merchant.cookie);
    expect(withRule.slice(0, 4)).toEqual([
      'complete_business_profile',
      'verify_email',
      'verify_phone',
      'try_live_selling',
    ]);
    // The preview of the same answers is the plan the merchant got.
    const preview = await asAdmin('POST', '/api/v1/admin/growth/preview', { profile: toyRetailer });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().tasks.map((t: { key: string }) => t.key)).toEqual(withRule);
    expect(preview.json().tasks[3]).toMatchObject({
      key: 'try_live_selling',
      title: 'Try live selling',
      action: '/products',
      rule: { id: rule.id, key: 'toys_live', name: 'Toy sellers: live selling' },
    });
    expect(preview.json().rules.map((r: { key: string }) => r.key)).toContain('toys_live');

    // Moved to the end, then narrowed to other industries: the plan follows each change.
    const moved = await asAdmin('PUT', `/api/v1/admin/growth/rules/${rule.id}`, {
      ...toysRule,
      key: undefined,
      priority: 1000,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await merchantPlanKeys(merchant.cookie)).at(-1)).toBe('try_live_selling');
    const narrowed = await asAdmin('PUT', `/api/v1/admin/growth/rules/${rule.id}`, {
      ...toysRule,
      key: undefined,
      condition: { all: [{ field: 'industry', op: 'in', values: ['apparel'] }] },
    });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    expect(await merchantPlanKeys(merchant.cookie)).toEqual(before);

    const deleted = await asAdmin('DELETE', `/api/v1/admin/growth/rules/${rule.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await merchantPlanKeys(merchant.cookie)).toEqual(before);
    expect(
      (await asAdmin('DELETE', `/api/v1/admin/growth/rules/${rule.id}`)).json().error.code,
    ).toBe('growth.rule_not_found');
  });

  it('writes every change to the audit log with who, before and after', async () => {
    const task = { ...liveSellingTask, key: 'host_a_livestream' };
    await asAdmin('POST', '/api/v1/admin/growth/tasks', task);
    clock.advance(60_000);
    const renamed = await asAdmin('PUT', '/api/v1/admin/growth/tasks/host_a_livestream', {
      ...task,
      key: undefined,
      titleZh: '开一场直播',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().titleZh).toBe('开一场直播');

    const taskAudit = await auditOf('host_a_livestream');
    expect(taskAudit.map((entry) => entry.action)).toEqual([
      'growth_task.created',
      'growth_task.updated',
    ]);
    expect(taskAudit[0]).toMatchObject({ actor: { id: admin.id }, before: null });
    expect(taskAudit[1]?.before).toMatchObject({ titleZh: '试试直播带货' });
    expect(taskAudit[1]?.after).toMatchObject({ titleZh: '开一场直播', titleEn: task.titleEn });

    const rule = (
      await asAdmin('POST', '/api/v1/admin/growth/rules', {
        ...toysRule,
        key: 'livestream_everyone',
        taskKeys: ['host_a_livestream'],
        condition: {},
      })
    ).json();
    await asAdmin('PUT', `/api/v1/admin/growth/rules/${rule.id}`, {
      ...toysRule,
      taskKeys: ['host_a_livestream'],
      condition: { profile: 'present' },
      key: undefined,
      active: false,
    });
    await asAdmin('DELETE', `/api/v1/admin/growth/rules/${rule.id}`);
    const ruleAudit = await auditOf(rule.id);
    expect(ruleAudit.map((entry) => entry.action)).toEqual([
      'growth_rule.created',
      'growth_rule.updated',
      'growth_rule.deleted',
    ]);
    expect(ruleAudit[0]?.after).toMatchObject({ key: 'livestream_everyone', condition: {} });
    expect(ruleAudit[1]?.before).toMatchObject({ active: true, condition: {} });
    expect(ruleAudit[1]?.after).toMatchObject({ active: false, condition: { profile: 'present' } });
    expect(ruleAudit[2]).toMatchObject({ before: { key: 'livestream_everyone' }, after: null });
  });

  it('refuses conditions on unknown answers or operators, and rules naming unknown tasks', async () => {
    const rulesBefore = (await asAdmin('GET', '/api/v1/admin/growth/rules')).json().items;
    const audited = async () =>
      (await asAdmin('GET', '/api/v1/admin/audit-log?targetType=growth_rule')).json().entries
        .length;
    const auditedBefore = await audited();
    const refused = async (condition: unknown, taskKeys = ['verify_email'], locale = 'en') => {
      const response = await asAdmin(
        'POST',
        '/api/v1/admin/growth/rules',
        { ...toysRule, key: 'refused_rule', condition, taskKeys },
        locale,
      );
      expect(response.statusCode, response.body).toBe(422);
      return response.json().error;
    };

    const unknownField = await refused({ all: [{ field: 'revenue', op: 'in', values: ['big'] }] });
    expect(unknownField.code).toBe('growth.condition_unknown_field');
    expect(unknownField.message).toContain('"revenue"');
    expect(unknownField.details).toEqual([
      expect.objectContaining({ field: 'condition.all.0.field' }),
    ]);

    const unknownOperator = await refused(
      { any: [{ field: 'experience', op: 'greater_than', values: ['none'] }] },
      ['verify_email'],
      'zh-CN',
    );
    expect(unknownOperator.code).toBe('growth.condition_unknown_operator');
    expect(unknownOperator.message).toBe(
      '条件使用了不存在的运算 "greater_than"。可用运算：in, not_in, has_other_than, empty, not_empty。',
    );
    expect(unknownOperator.details[0].field).toBe('condition.any.0.op');

    expect((await refused({ all: [{ field: 'platforms', op: 'in' }] })).code).toBe(
      'growth.condition_values_missing',
    );
    expect(
      (await refused({ all: [{ field: 'platforms', op: 'empty', values: ['amazon'] }] })).code,
    ).toBe('growth.condition_values_unexpected');
    const badAnswer = await refused({
      all: [{ field: 'businessModel', op: 'in', values: ['retailer', 'factory'] }],
    });
    expect(badAnswer.code).toBe('growth.condition_value_unknown');
    expect(badAnswer.details[0].field).toBe('condition.all.0.values.1');
    expect(
      (await refused({ profile: 'missing', all: [{ field: 'teamSize', op: 'in', values: ['1'] }] }))
        .code,
    ).toBe('growth.condition_never_matches');
    expect((await refused({ every: [] })).code).toBe('growth.condition_invalid');
    expect((await refused({ profile: 'maybe' })).code).toBe('growth.condition_invalid');

    // Every problem is reported at once, each where it is.
    const several = await refused({
      all: [
        { field: 'revenue', op: 'in', values: ['x'] },
        { field: 'teamSize', op: 'between', values: ['1'] },
      ],
    });
    expect(several.details.map((problem: { field: string }) => problem.field)).toEqual([
      'condition.all.0.field',
      'condition.all.1.op',
    ]);

    const unknownTasks = await refused({}, ['verify_email', 'become_famous', 'get_rich'], 'zh-CN');
    expect(unknownTasks.code).toBe('growth.unknown_task');
    expect(unknownTasks.message).toBe('不存在键为 become_famous, get_rich 的成长任务。');
    expect(unknownTasks.details.map((problem: { field: string }) => problem.field)).toEqual([
      'taskKeys.1',
      'taskKeys.2',
    ]);

    // A malformed body is a validation error; nothing was saved by any of these.
    const noTasks = await asAdmin('POST', '/api/v1/admin/growth/rules', {
      ...toysRule,
      taskKeys: [],
    });
    expect(noTasks.json().error.code).toBe('validation.failed');
    expect((await asAdmin('GET', '/api/v1/admin/growth/rules')).json().items).toEqual(rulesBefore);
    expect(await audited()).toBe(auditedBefore);
  });

  it('stores answers as profiles do, so a rule on "Amazon" or "us" matches', async () => {
    const created = await asAdmin('POST', '/api/v1/admin/growth/rules', {
      ...toysRule,
      key: 'amazon_sellers',
      condition: {
        all: [
          { field: 'platforms', op: 'in', values: [' Amazon ', 'amazon'] },
          { field: 'targetMarkets', op: 'in', values: ['us'] },
        ],
      },
      taskKeys: ['import_from_other_platforms'],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().condition).toEqual({
      all: [
        { field: 'platforms', op: 'in', values: ['amazon'] },
        { field: 'targetMarkets', op: 'in', values: ['US'] },
      ],
    });
    const preview = await asAdmin('POST', '/api/v1/admin/growth/preview', {
      profile: { ...toyRetailer, platforms: ['AMAZON'], targetMarkets: ['US'] },
    });
    expect(preview.json().rules.map((rule: { key: string }) => rule.key)).toContain(
      'amazon_sellers',
    );
  });

  it('refuses taken keys and unknown rules or tasks', async () => {
    const taken = await asAdmin('POST', '/api/v1/admin/growth/tasks', {
      ...liveSellingTask,
      key: 'verify_email',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('growth.task_key_taken');
    const ruleTaken = await asAdmin('POST', '/api/v1/admin/growth/rules', {
      ...toysRule,
      key: 'account_basics',
    });
    expect(ruleTaken.statusCode).toBe(409);
    expect(ruleTaken.json().error.code).toBe('growth.rule_key_taken');
    const noTask = await asAdmin('PUT', '/api/v1/admin/growth/tasks/no_such_task', {
      ...liveSellingTask,
      key: undefined,
    });
    expect(noTask.statusCode).toBe(404);
    expect(noTask.json().error.code).toBe('growth.task_key_not_found');
    const noRule = await asAdmin(
      'PUT',
      '/api/v1/admin/growth/rules/00000000-0000-4000-8000-000000000000',
      { ...toysRule, key: undefined },
    );
    expect(noRule.statusCode).toBe(404);
    expect(noRule.json().error.code).toBe('growth.rule_not_found');
  });

  it('previews the plan of a merchant without a profile, in the language asked for', async () => {
    const preview = await asAdmin('POST', '/api/v1/admin/growth/preview', {
      profile: null,
      locale: 'zh-CN',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().locale).toBe('zh-CN');
    expect(preview.json().tasks[0]).toMatchObject({
      key: 'complete_business_profile',
      title: '完善经营信息',
      rule: { key: 'account_basics', name: '所有商家：账户基础' },
    });
    expect(preview.json().rules.map((rule: { key: string }) => rule.key)).toEqual(
      expect.arrayContaining(['account_basics', 'onboarding_without_profile']),
    );
  });

  it('names rules in both languages: each reader gets theirs, and an edit needs both', async () => {
    const shipped = async (locale: string) =>
      (await asAdmin('GET', '/api/v1/admin/growth/rules', undefined, locale))
        .json()
        .items.find((rule: { key: string }) => rule.key === 'newcomer_basics');
    expect(await shipped('en')).toMatchObject({
      name: 'Newcomer: basics first',
      nameEn: 'Newcomer: basics first',
      nameZh: '新手商家：先打好基础',
    });
    expect((await shipped('zh-CN')).name).toBe('新手商家：先打好基础');

    const { nameZh: _zh, ...englishOnly } = { ...toysRule, key: 'toys_english_only' };
    for (const body of [englishOnly, { ...englishOnly, nameZh: '  ' }]) {
      const refused = await asAdmin('POST', '/api/v1/admin/growth/rules', body, 'zh-CN');
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.details).toContainEqual(
        expect.objectContaining({ field: 'nameZh' }),
      );
    }
    const { id, condition, taskKeys, priority, active } = await shipped('en');
    const unnamed = await asAdmin('PUT', `/api/v1/admin/growth/rules/${id}`, {
      nameEn: 'Newcomer: basics first',
      nameZh: '',
      condition,
      taskKeys,
      priority,
      active,
    });
    expect(unnamed.statusCode).toBe(400);
    expect((await shipped('zh-CN')).name).toBe('新手商家：先打好基础');
  });
});
