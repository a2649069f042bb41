import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import {
  deleteGrowthRule,
  listGrowthRules,
  listGrowthTasks,
  recordMilestone,
  saveGrowthRule,
  saveGrowthTask,
} from '../../src/server/modules/growth/index.ts';
import { call, freshEmail, freshIp, freshPhone, signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

interface PlanTask {
  key: string;
  title: string;
  description: string;
  done: boolean;
  action: string | null;
}
interface Plan {
  progress: number;
  completed: number;
  total: number;
  tasks: PlanTask[];
  next: PlanTask | null;
}

const newcomerRetailer = {
  industry: 'Home and garden',
  businessModel: 'retailer',
  experience: 'none',
  platforms: [],
  targetMarkets: ['CN'],
  teamSize: '1',
};

const experiencedManufacturer = {
  industry: 'Consumer electronics',
  businessModel: 'manufacturer',
  experience: 'gt3y',
  platforms: ['1688', 'Alibaba'],
  targetMarkets: ['cn', 'US', 'EU'],
  teamSize: '21-100',
};

describe('business profile and growth plan', () => {
  let testApp: TestApp;
  const clock = new ManualClock('2026-07-01T08:00:00Z');
  beforeAll(async () => {
    testApp = await createTestApp({ clock });
  });
  afterAll(() => testApp.close());

  const as =
    (session: string, headers: Record<string, string> = {}) =>
    (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
      call(testApp, method, url, { session, body, ip: freshIp(), headers });

  const planOf = async (session: string, headers: Record<string, string> = {}) => {
    await testApp.worker.drain();
    const response = await as(session, headers)('GET', '/api/v1/me/growth-plan');
    expect(response.statusCode).toBe(200);
    return response.json() as Plan;
  };
  const keys = (plan: Plan) => plan.tasks.map((task) => task.key);

  it('starts without a profile: the first step is the profile, then the onboarding basics', async () => {
    const { session } = await signUp(testApp, { phone: freshPhone() });
    expect((await as(session)('GET', '/api/v1/me/business-profile')).json().error.code).toBe(
      'growth.profile_missing',
    );
    const plan = await planOf(session);
    expect(plan.tasks[0]).toMatchObject({
      key: 'complete_business_profile',
      title: 'Complete your business profile',
      done: false,
      action: '/account/business-profile',
    });
    expect(keys(plan)).toEqual(
      expect.arrayContaining(['verify_identity', 'design_store', 'publish_10_products']),
    );
    expect(plan.next?.key).toBe('complete_business_profile');
  });

  it('ticks "verify your e-mail" by itself when sign-up verifies the address', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    const plan = await planOf(session);
    const byKey = new Map(plan.tasks.map((task) => [task.key, task]));
    expect(byKey.get('verify_email')?.done).toBe(true);
    expect(byKey.get('verify_phone')?.done).toBe(false);
    expect(plan.completed).toBe(1);
    expect(plan.progress).toBe(Math.round((1 / plan.total) * 100));
  });

  it('builds different plans, in content and order, for a newcomer retailer and an experienced manufacturer', async () => {
    const newcomer = await signUp(testApp, { email: freshEmail('newcomer') });
    const veteran = await signUp(testApp, { email: freshEmail('veteran') });
    const saved = await as(newcomer.session)(
      'PUT',
      '/api/v1/me/business-profile',
      newcomerRetailer,
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ ...newcomerRetailer, updatedAt: '2026-07-01T08:00:00.000Z' });
    const savedVeteran = await as(veteran.session)(
      'PUT',
      '/api/v1/me/business-profile',
      experiencedManufacturer,
    );
    expect(savedVeteran.json()).toMatchObject({
      platforms: ['1688', 'alibaba'],
      targetMarkets: ['CN', 'US', 'EU'],
    });

    const newcomerPlan = keys(await planOf(newcomer.session));
    const veteranPlan = keys(await planOf(veteran.session));
    // Basics first for the newcomer: rules, listing quality, photos, shipping; no wholesale tools.
    expect(newcomerPlan).toEqual(
      expect.arrayContaining([
        'lesson_listing_quality',
        'lesson_product_photos',
        'lesson_shipping_basics',
      ]),
    );
    expect(newcomerPlan).not.toContain('setup_tiered_pricing');
    expect(newcomerPlan).not.toContain('bulk_import_products');
    // Wholesale pricing, bulk import and promotion for the manufacturer, and what its answers add.
    expect(veteranPlan).toEqual(
      expect.arrayContaining([
        'setup_tiered_pricing',
        'bulk_import_products',
        'plan_first_promotion',
        'import_from_other_platforms',
        'prepare_cross_border',
        'organise_team',
      ]),
    );
    expect(veteranPlan).not.toContain('lesson_product_photos');
    // Order: the manufacturer sets up wholesale pricing before designing the store; the newcomer
    // learns the platform rules before anything else after the account basics.
    expect(veteranPlan.indexOf('setup_tiered_pricing')).toBeLessThan(
      veteranPlan.indexOf('design_store'),
    );
    expect(newcomerPlan.indexOf('lesson_platform_rules')).toBe(3);
    expect(veteranPlan.indexOf('lesson_platform_rules')).toBeGreaterThan(
      veteranPlan.indexOf('receive_first_order'),
    );
    expect(newcomerPlan).not.toEqual(veteranPlan);
  });

  it('completes the profile task when the profile is saved and moves the next step on', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    await as(session)('PUT', '/api/v1/me/business-profile', newcomerRetailer);
    const plan = await planOf(session);
    expect(plan.tasks.find((task) => task.key === 'complete_business_profile')?.done).toBe(true);
    expect(plan.next?.key).toBe('verify_phone');
    expect((await as(session)('GET', '/api/v1/me/business-profile')).json().industry).toBe(
      'Home and garden',
    );
  });

  it('speaks the language of the request', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    const plan = await planOf(session, { 'accept-language': 'zh-CN' });
    expect(plan.tasks[0]?.title).toBe('完善经营信息');
  });

  it('refuses a bad profile with named fields', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    const response = await as(session)('PUT', '/api/v1/me/business-profile', {
      ...newcomerRetailer,
      businessModel: 'pirate',
      teamSize: 7,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['businessModel', 'teamSize']));
  });

  it('lets the merchant tick off lessons, but not tasks that complete themselves', async () => {
    const { session } = await signUp(testApp, { email: freshEmail() });
    await as(session)('PUT', '/api/v1/me/business-profile', newcomerRetailer);
    const ticked = await as(session)(
      'POST',
      '/api/v1/me/growth-plan/tasks/lesson_platform_rules/complete',
    );
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json().tasks.find((t: PlanTask) => t.key === 'lesson_platform_rules').done).toBe(
      true,
    );
    const automatic = await as(session)(
      'POST',
      '/api/v1/me/growth-plan/tasks/verify_identity/complete',
    );
    expect(automatic.json().error.code).toBe('growth.task_completes_itself');
    const elsewhere = await as(session)(
      'POST',
      '/api/v1/me/growth-plan/tasks/setup_tiered_pricing/complete',
    );
    expect(elsewhere.json().error.code).toBe('growth.task_not_found');
  });

  it('completes tasks from milestones other modules record, once', async () => {
    const { session, account } = await signUp(testApp, { email: freshEmail() });
    await withTx(testApp.database.db, async (tx) => {
      await recordMilestone(tx, account.id, 'kyc_approved', clock);
      await recordMilestone(tx, account.id, 'kyc_approved', clock);
    });
    const plan = await planOf(session);
    expect(plan.tasks.find((task) => task.key === 'verify_identity')?.done).toBe(true);
  });

  it('follows the rules operators edit', async () => {
    const tasks = await listGrowthTasks(testApp.database.db);
    expect(tasks.length).toBeGreaterThanOrEqual(20);
    for (const task of tasks) {
      expect(task.titleEn && task.titleZh && task.descriptionEn && task.descriptionZh).toBeTruthy();
    }
    expect((await listGrowthRules(testApp.database.db)).length).toBeGreaterThan(5);

    const db = testApp.database.db;
    await withTx(db, async (tx) => {
      await saveGrowthTask(
        tx,
        {
          key: 'join_live_selling_class',
          titleEn: 'Join a live-selling class',
          titleZh: '参加直播带货课程',
          descriptionEn: 'Learn to sell on live video.',
          descriptionZh: '学习直播销售。',
          milestone: null,
          actionPath: null,
          active: true,
        },
        clock,
      );
      await saveGrowthRule(
        tx,
        {
          key: 'apparel_live',
          nameEn: 'Apparel sellers: live selling',
          nameZh: '服装卖家：直播带货',
          condition: { all: [{ field: 'industry', op: 'in', values: ['Apparel'] }] },
          taskKeys: ['join_live_selling_class'],
          priority: 5,
          active: true,
        },
        clock,
      );
    });
    const { session } = await signUp(testApp, { email: freshEmail() });
    await as(session)('PUT', '/api/v1/me/business-profile', {
      ...newcomerRetailer,
      industry: 'Apparel',
    });
    expect(keys(await planOf(session))[3]).toBe('join_live_selling_class');

    await expect(
      withTx(db, (tx) =>
        saveGrowthRule(
          tx,
          {
            key: 'broken',
            nameEn: 'Broken',
            nameZh: '无效规则',
            condition: { all: [{ field: 'shoeSize', op: 'in', values: ['42'] }] },
            taskKeys: ['verify_email'],
            priority: 1,
            active: true,
          },
          clock,
        ),
      ),
    ).rejects.toMatchObject({ code: 'growth.rule_invalid' });
    await expect(
      withTx(db, (tx) =>
        saveGrowthRule(
          tx,
          {
            key: 'ghost',
            nameEn: 'Ghost',
            nameZh: '幽灵规则',
            condition: {},
            taskKeys: ['no_such_task'],
            priority: 1,
            active: true,
          },
          clock,
        ),
      ),
    ).rejects.toMatchObject({ code: 'growth.rule_invalid' });
    // A rule is named in both languages: merchants and operators read it in theirs.
    await expect(
      withTx(db, (tx) =>
        saveGrowthRule(
          tx,
          {
            key: 'half_named',
            nameEn: 'Only in English',
            nameZh: ' ',
            condition: {},
            taskKeys: ['verify_email'],
            priority: 1,
            active: true,
          },
          clock,
        ),
      ),
    ).rejects.toMatchObject({ code: 'growth.rule_invalid' });

    await withTx(db, (tx) => deleteGrowthRule(tx, 'apparel_live'));
    expect(keys(await planOf(session))).not.toContain('join_live_selling_class');
  });
});
