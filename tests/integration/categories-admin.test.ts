import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import {
  categoryAttributes,
  findCategory,
  registerCategoryUsage,
} from '../../src/server/modules/categories/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, operatorCookie } from '../support/stores.ts';

const names = (en: string, zh: string) => ({ en, 'zh-CN': zh });

describe('admins edit the category tree', () => {
  const clock = new ManualClock('2026-03-01T00:00:00Z');
  let testApp: TestApp;
  let admin: { id: string; cookie: string };

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    admin = await operatorCookie(testApp, ['admin']);
  });
  afterAll(() => testApp.close());

  const idOf = async (code: string) => {
    const category = await findCategory(testApp.database.db, code);
    if (!category) throw new Error(`no category ${code}`);
    return category.id;
  };
  const create = (body: object) =>
    api(testApp, 'POST', '/api/v1/admin/categories', { cookie: admin.cookie, body });
  const update = async (code: string, body: object) =>
    api(testApp, 'PATCH', `/api/v1/admin/categories/${await idOf(code)}`, {
      cookie: admin.cookie,
      body,
    });
  const setAttributes = async (code: string, attributes: object[]) =>
    api(testApp, 'PUT', `/api/v1/admin/categories/${await idOf(code)}/attributes`, {
      cookie: admin.cookie,
      body: { attributes },
    });
  const audit = async (targetId: string) =>
    (
      await testApp.database.db.execute<{
        action: string;
        actor: string;
        before: unknown;
        after: unknown;
      }>(
        sql`SELECT action, actor_operator_id AS actor, before, after FROM audit_log
            WHERE target_type = 'category' AND target_id = ${targetId} ORDER BY id`,
      )
    ).rows;

  it('adds a subcategory with templates, sets its rate and flag; each edit audited', async () => {
    const created = await create({
      parentId: await idOf('tea'),
      code: 'white-tea',
      names: names('White tea', '白茶'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const whiteTea = created.json();
    // It takes its parent's rate and flag, and sits after its siblings.
    expect(whiteTea).toMatchObject({ level: 3, commissionRateBp: 500, forbidden: false });
    expect(whiteTea.inheritedAttributes.map((a: { code: string }) => a.code)).toContain(
      'tea-grade',
    );

    const templated = await setAttributes('white-tea', [
      {
        code: 'leaf-grade',
        names: names('Leaf grade', '白茶品类'),
        required: true,
        kind: 'list',
        values: ['白毫银针 Silver Needle', '白牡丹 White Peony', '寿眉 Shoumei'],
      },
      {
        code: 'vintage',
        names: names('Vintage', '年份'),
        required: false,
        kind: 'text',
        values: [],
      },
    ]);
    expect(templated.statusCode, templated.body).toBe(200);
    const rated = await update('white-tea', { commissionRateBp: 350, forbidden: true });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ commissionRateBp: 350, forbidden: true });

    expect(await findCategory(testApp.database.db, 'white-tea')).toMatchObject({
      commissionRateBp: 350,
      forbidden: true,
      isLeaf: true,
      path: ['food-tea', 'tea'],
    });
    const attributes = await categoryAttributes(testApp.database.db, whiteTea.id);
    expect(attributes.slice(-2)).toEqual([
      {
        code: 'leaf-grade',
        name: names('Leaf grade', '白茶品类'),
        required: true,
        kind: 'list',
        values: ['白毫银针 Silver Needle', '白牡丹 White Peony', '寿眉 Shoumei'],
      },
      {
        code: 'vintage',
        name: names('Vintage', '年份'),
        required: false,
        kind: 'text',
        values: [],
      },
    ]);

    const entries = await audit(whiteTea.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'category.created',
      'category.attributes_changed',
      'category.updated',
    ]);
    expect(entries.every((entry) => entry.actor === admin.id)).toBe(true);
    expect(entries[2]).toMatchObject({
      before: { commissionRateBp: 500, forbidden: false },
      after: { commissionRateBp: 350, forbidden: true },
    });

    const listed = await api(testApp, 'GET', '/api/v1/admin/categories', { cookie: admin.cookie });
    expect(listed.statusCode).toBe(200);
    expect(
      listed.json().items.find((item: { code: string }) => item.code === 'white-tea'),
    ).toMatchObject({
      names: names('White tea', '白茶'),
      attributes: [
        expect.objectContaining({ code: 'leaf-grade' }),
        expect.objectContaining({ code: 'vintage' }),
      ],
    });
  });

  it('treats everything under a forbidden category as forbidden', async () => {
    const created = await create({
      parentId: await idOf('restricted'),
      code: 'fireworks',
      names: names('Fireworks', '烟花爆竹'),
      forbidden: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ forbidden: false, inheritsForbidden: true });
    expect((await findCategory(testApp.database.db, 'fireworks'))?.forbidden).toBe(true);
    const tree = await api(testApp, 'GET', '/api/v1/categories');
    const restricted = tree.json().find((root: { code: string }) => root.code === 'restricted');
    expect(
      restricted.children.find((child: { code: string }) => child.code === 'fireworks'),
    ).toMatchObject({ forbidden: true });
  });

  it('refuses a fifth level, whether by adding or by moving', async () => {
    const fourth = await create({
      parentId: await idOf('green-tea'),
      code: 'longjing',
      names: names('Longjing', '龙井'),
    });
    expect(fourth.statusCode, fourth.body).toBe(201);
    expect(fourth.json().level).toBe(4);
    const fifth = await create({
      parentId: fourth.json().id,
      code: 'west-lake-longjing',
      names: names('West Lake Longjing', '西湖龙井'),
    });
    expect(fifth.statusCode).toBe(422);
    expect(fifth.json().error.code).toBe('categories.too_deep');

    // tea spans three levels (tea → green tea → Longjing): under a level-2 category it would make 5.
    const moved = await update('tea', { parentId: await idOf('snacks') });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error).toMatchObject({
      code: 'categories.too_deep',
      message: 'Categories go at most 4 levels deep; this would make 5 levels.',
    });
    expect((await findCategory(testApp.database.db, 'tea'))?.path).toEqual(['food-tea']);
  });

  it('moves a category with everything under it, and never under itself', async () => {
    const moved = await update('plush-toys', { parentId: await idOf('educational-toys') });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().level).toBe(3);
    expect(await audit(moved.json().id)).toEqual([
      expect.objectContaining({ action: 'category.moved' }),
    ]);

    const underOwnChild = await update('toys', { parentId: await idOf('plush-toys') });
    expect(underOwnChild.statusCode).toBe(422);
    expect(underOwnChild.json().error.code).toBe('categories.cycle');
    const underItself = await update('toys', { parentId: await idOf('toys') });
    expect(underItself.json().error.code).toBe('categories.cycle');

    const backToTop = await update('plush-toys', { parentId: null });
    expect(backToTop.json()).toMatchObject({ level: 1, parentId: null });
  });

  it('refuses an attribute code its products would be asked twice', async () => {
    const repeated = await setAttributes('phones', [
      { code: 'colour', names: names('Colour', '颜色'), required: false, kind: 'text', values: [] },
      { code: 'brand', names: names('Brand', '品牌'), required: true, kind: 'text', values: [] },
    ]);
    expect(repeated.statusCode).toBe(422);
    expect(repeated.json().error).toMatchObject({
      code: 'categories.attribute_code_repeated',
      details: [{ field: 'attributes.1.code', rule: 'repeated' }],
    });
    const emptyList = await setAttributes('phones', [
      { code: 'colour', names: names('Colour', '颜色'), required: false, kind: 'list', values: [] },
    ]);
    expect(emptyList.json().error.code).toBe('categories.attribute_values_missing');
    // Nothing changed: the phones' own templates are still there.
    const phones = await categoryAttributes(testApp.database.db, await idOf('phones'));
    expect(phones.map((attribute) => attribute.code)).toContain('storage');
  });

  it('refuses to delete a category with subcategories or products, deletes an unused leaf', async () => {
    const withChildren = await api(
      testApp,
      'DELETE',
      `/api/v1/admin/categories/${await idOf('tea')}`,
      { cookie: admin.cookie, headers: { 'accept-language': 'zh-CN' } },
    );
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().error).toMatchObject({
      code: 'categories.has_children',
      message: '该类目下还有 5 个子类目，请先删除或移走。',
    });

    const puer = await idOf('puer-tea');
    // Products register how to count theirs; here a stand-in counts two products in pu'er.
    const unregister = registerCategoryUsage(async (_tx, ids) => (ids.includes(puer) ? 2 : 0));
    try {
      const inUse = await api(testApp, 'DELETE', `/api/v1/admin/categories/${puer}`, {
        cookie: admin.cookie,
      });
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json().error).toMatchObject({
        code: 'categories.in_use',
        message: '2 products are listed in this category: move them to another category first.',
      });
    } finally {
      unregister();
    }
    const deleted = await api(testApp, 'DELETE', `/api/v1/admin/categories/${puer}`, {
      cookie: admin.cookie,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await findCategory(testApp.database.db, 'puer-tea')).toBeNull();
    expect(await audit(puer)).toEqual([expect.objectContaining({ action: 'category.deleted' })]);
  });

  it('refuses, never fails, to delete a category a table still names without a counter', async () => {
    const { db } = testApp.database;
    const oolong = await idOf('oolong-tea');
    // Any module's rows that name a category by its key, whether or not it registered a counter.
    await db.execute(sql`CREATE TABLE test_listings (category_id uuid REFERENCES categories (id))`);
    await db.execute(sql`INSERT INTO test_listings VALUES (${oolong}::uuid)`);
    const refused = await api(testApp, 'DELETE', `/api/v1/admin/categories/${oolong}`, {
      cookie: admin.cookie,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('categories.still_used');
    expect(await findCategory(db, 'oolong-tea')).not.toBeNull();
    expect(await audit(oolong)).toEqual([]);
  });

  it('takes edits from admins only, and answers bad input with a clear error', async () => {
    const reviewer = await operatorCookie(testApp, ['reviewer']);
    const refused = await api(testApp, 'POST', '/api/v1/admin/categories', {
      cookie: reviewer.cookie,
      body: { parentId: null, code: 'gifts', names: names('Gifts', '礼品') },
    });
    expect(refused.statusCode).toBe(403);
    expect(await findCategory(testApp.database.db, 'gifts')).toBeNull();

    const taken = await create({ parentId: null, code: 'toys', names: names('Toys', '玩具') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('categories.code_taken');
    const badRate = await update('toys', { commissionRateBp: 20_000 });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.json().error).toMatchObject({
      code: 'validation.failed',
      details: [expect.objectContaining({ field: 'commissionRateBp' })],
    });
    const badCode = await create({ parentId: null, code: 'Gifts & more', names: names('G', '礼') });
    expect(badCode.statusCode).toBe(400);
    const unknown = await api(
      testApp,
      'PATCH',
      '/api/v1/admin/categories/00000000-0000-4000-8000-000000000000',
      { cookie: admin.cookie, body: { forbidden: true } },
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('categories.not_found');
  });
});
