import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import {
  categoryAttributes,
  findCategory,
  MAX_CATEGORY_LEVEL,
} from '../../src/server/modules/categories/index.ts';
import { createSecondInstance, type TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { api, operatorCookie } from '../support/stores.ts';

interface PublicNode {
  id: string;
  code: string;
  name: string;
  names: { en: string; 'zh-CN': string };
  forbidden: boolean;
  children: PublicNode[];
  attributes: { code: string; name: string; required: boolean; kind: string; values?: string[] }[];
}

function flatten(nodes: PublicNode[], depth = 1): (PublicNode & { depth: number })[] {
  return nodes.flatMap((node) => [{ ...node, depth }, ...flatten(node.children, depth + 1)]);
}

function find(nodes: PublicNode[], code: string): PublicNode {
  const node = flatten(nodes).find((each) => each.code === code);
  if (!node) throw new Error(`no category ${code}`);
  return node;
}

describe('the public category tree', () => {
  const clock = new ManualClock('2026-03-01T00:00:00Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
  });
  afterAll(() => testApp.close());

  const tree = async (language: string) => {
    const response = await api(testApp, 'GET', '/api/v1/categories', {
      headers: { 'accept-language': language },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PublicNode[];
  };

  it('ships a default tree of several levels, with a forbidden branch', async () => {
    const roots = await tree('en');
    expect(roots.map((root) => root.code)).toEqual(
      expect.arrayContaining(['apparel', 'electronics', 'food-tea', 'industrial', 'toys']),
    );
    const all = flatten(roots);
    expect(Math.max(...all.map((node) => node.depth))).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeGreaterThan(50);
    expect(find(roots, 'controlled-knives').forbidden).toBe(true);
    expect(find(roots, 'tobacco').forbidden).toBe(true);
    expect(find(roots, 'dresses').forbidden).toBe(false);
  });

  it('gives names in the language of the request', async () => {
    const zh = await tree('zh-CN,zh;q=0.9');
    expect(find(zh, 'womens-apparel').name).toBe('女装');
    expect(find(zh, 'dresses').name).toBe('连衣裙');
    expect(find(zh, 'phones').name).toBe('手机');
    expect(find(zh, 'tea').name).toBe('茶叶');
    expect(find(zh, 'dresses').attributes.find((a) => a.code === 'material')?.name).toBe('材质');

    const en = await tree('en-GB,en;q=0.8');
    expect(find(en, 'dresses').name).toBe('Dresses');
    // Both names on every node, whatever the language, so a picker finds a category by either.
    for (const roots of [zh, en]) {
      expect(find(roots, 'dresses').names).toEqual({ en: 'Dresses', 'zh-CN': '连衣裙' });
      expect(find(roots, 'tea').names).toEqual({ en: 'Tea', 'zh-CN': '茶叶' });
    }
    expect(find(en, 'dresses').attributes.find((a) => a.code === 'material')?.name).toBe(
      'Material',
    );
  });

  it("lists on each category every attribute it asks for, the ancestors' first", async () => {
    const roots = await tree('en');
    const dresses = find(roots, 'dresses');
    expect(dresses.attributes.map((attribute) => attribute.code)).toEqual([
      'brand',
      'material',
      'size',
      'origin',
      'sleeve',
    ]);
    const origin = dresses.attributes.find((attribute) => attribute.code === 'origin');
    expect(origin).toMatchObject({ kind: 'list', required: false });
    expect(origin?.values).toEqual(expect.arrayContaining(['广东 Guangdong', '日本 Japan']));
    expect(origin?.values?.every((value) => typeof value === 'string')).toBe(true);
    // A free-text attribute carries no list of values.
    expect(dresses.attributes.find((attribute) => attribute.code === 'brand')).not.toHaveProperty(
      'values',
    );
    expect(find(roots, 'green-tea').attributes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'origin', required: true }),
        expect.objectContaining({ code: 'tea-grade', kind: 'list' }),
      ]),
    );
  });

  it('gives other modules a category with its path, and its inherited attributes', async () => {
    const { db } = testApp.database;
    const byCode = await findCategory(db, 'green-tea');
    expect(byCode).toMatchObject({
      code: 'green-tea',
      names: { en: 'Green tea', 'zh-CN': '绿茶' },
      level: 3,
      isLeaf: true,
      forbidden: false,
      commissionRateBp: 500,
      path: ['food-tea', 'tea'],
    });
    const byId = await findCategory(db, byCode?.id as string);
    expect(byId?.code).toBe('green-tea');
    expect((await findCategory(db, 'tea'))?.isLeaf).toBe(false);
    expect(await findCategory(db, 'no-such-category')).toBeNull();
    expect(await findCategory(db, '00000000-0000-4000-8000-000000000000')).toBeNull();

    const attributes = await categoryAttributes(db, byCode?.id as string);
    expect(attributes.map((attribute) => attribute.code)).toEqual([
      'origin',
      'net-weight',
      'shelf-life',
      'storage-method',
      'tea-grade',
      'harvest-year',
      'packaging',
    ]);
    expect(attributes[0]).toMatchObject({
      name: { en: 'Place of origin', 'zh-CN': '产地' },
      required: true,
      kind: 'list',
    });
    expect(MAX_CATEGORY_LEVEL).toBe(4);
  });

  it('answers 304 to a current copy, and a new tree once an admin edits it', async () => {
    const first = await api(testApp, 'GET', '/api/v1/categories', {
      headers: { 'accept-language': 'en' },
    });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await api(testApp, 'GET', '/api/v1/categories', {
      headers: { 'accept-language': 'en', 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // The other language is another representation.
    const chinese = await api(testApp, 'GET', '/api/v1/categories', {
      headers: { 'accept-language': 'zh-CN', 'if-none-match': etag },
    });
    expect(chinese.statusCode).toBe(200);

    const admin = await operatorCookie(testApp, ['admin']);
    const tea = await findCategory(testApp.database.db, 'tea');
    const renamed = await api(testApp, 'PATCH', `/api/v1/admin/categories/${tea?.id}`, {
      cookie: admin.cookie,
      body: { names: { en: 'Tea leaves', 'zh-CN': '茶叶' } },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = await api(testApp, 'GET', '/api/v1/categories', {
      headers: { 'accept-language': 'en', 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(find(after.json(), 'tea').name).toBe('Tea leaves');
  });

  it('another instance serves the edit too, whoever wrote it', async () => {
    const second = await createSecondInstance(testApp);
    try {
      const ask = async () =>
        find(
          (
            await second.app.inject({
              method: 'GET',
              url: '/api/v1/categories',
              headers: { 'accept-language': 'en' },
            })
          ).json(),
          'snacks',
        ).name;
      expect(await ask()).toBe('Snacks');
      // A write outside the app (a script, psql): the trigger announces it all the same.
      await testApp.database.db.execute(
        sql`UPDATE categories SET name_en = 'Snacks & sweets' WHERE code = 'snacks'`,
      );
      await expect.poll(ask, { timeout: 5_000 }).toBe('Snacks & sweets');
    } finally {
      await second.close();
    }
  });
});
