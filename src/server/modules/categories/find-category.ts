import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type CategoryAttribute, type CategoryNames, inherit } from './category-tree.ts';
import { type AttributeKind, categories } from './schema.ts';

/** A category as other modules see it (products: where a product sits and what it is asked). */
export interface CategoryNode {
  id: string;
  code: string;
  names: CategoryNames;
  level: number;
  /** A product sits in a leaf: a category without children. */
  isLeaf: boolean;
  /** It or one of its ancestors is forbidden: listings here go to an operator first. */
  forbidden: boolean;
  /** The platform's commission on the goods, in basis points (500 = 5%). */
  commissionRateBp: number;
  /** The ancestors' codes, the root first (the category's own code not included). */
  path: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PathRow extends Record<string, unknown> {
  id: string;
  code: string;
  name_en: string;
  name_zh: string;
  level: number;
  commission_rate_bp: number;
  forbidden: boolean;
  has_children: boolean;
}

/** The category by id or code with its ancestors, the category first; [] when there is none. */
async function categoryPath(executor: Executor, idOrCode: string): Promise<PathRow[]> {
  const match = UUID.test(idOrCode) ? sql`id = ${idOrCode}::uuid` : sql`code = ${idOrCode}`;
  const result = await executor.execute<PathRow>(sql`
    WITH RECURSIVE path AS (
      SELECT id, parent_id, code, name_en, name_zh, level, commission_rate_bp, forbidden
      FROM categories WHERE ${match}
      UNION ALL
      SELECT c.id, c.parent_id, c.code, c.name_en, c.name_zh, c.level, c.commission_rate_bp, c.forbidden
      FROM categories c JOIN path ON c.id = path.parent_id
    )
    SELECT path.id, path.code, path.name_en, path.name_zh, path.level, path.commission_rate_bp,
           path.forbidden,
           EXISTS (SELECT 1 FROM categories child WHERE child.parent_id = path.id) AS has_children
    FROM path ORDER BY path.level DESC`);
  return result.rows;
}

/** A category by its id or its code, or null when there is no such category. */
export async function findCategory(
  executor: Executor,
  idOrCode: string,
): Promise<CategoryNode | null> {
  const [category, ...ancestors] = await categoryPath(executor, idOrCode);
  if (!category) return null;
  return {
    id: category.id,
    code: category.code,
    names: { en: category.name_en, 'zh-CN': category.name_zh },
    level: category.level,
    isLeaf: !category.has_children,
    forbidden: [category, ...ancestors].some((each) => each.forbidden),
    commissionRateBp: category.commission_rate_bp,
    path: ancestors.map((ancestor) => ancestor.code).reverse(),
  };
}

interface AttributeRow extends Record<string, unknown> {
  category_id: string;
  code: string;
  name_en: string;
  name_zh: string;
  required: boolean;
  kind: AttributeKind;
  values: string[];
}

/**
 * What a product in the category is asked for: its ancestors' attributes first (the root's
 * first), then its own. [] for a category that does not exist.
 */
export async function categoryAttributes(
  executor: Executor,
  categoryId: string,
): Promise<CategoryAttribute[]> {
  if (!UUID.test(categoryId)) return [];
  const result = await executor.execute<AttributeRow>(sql`
    WITH RECURSIVE path AS (
      SELECT id, parent_id, level FROM categories WHERE id = ${categoryId}::uuid
      UNION ALL
      SELECT c.id, c.parent_id, c.level FROM categories c JOIN path ON c.id = path.parent_id
    )
    SELECT a.category_id, a.code, a.name_en, a.name_zh, a.required, a.kind, a."values"
    FROM category_attributes a JOIN path ON path.id = a.category_id
    ORDER BY path.level, a.position, a.code`);
  let attributes: CategoryAttribute[] = [];
  for (const row of result.rows) {
    attributes = inherit(attributes, [
      {
        code: row.code,
        name: { en: row.name_en, 'zh-CN': row.name_zh },
        required: row.required,
        kind: row.kind,
        values: row.kind === 'list' ? row.values : [],
      },
    ]);
  }
  return attributes;
}

/** The codes of these categories by id (an export names each product's category by its code). */
export async function categoryCodes(
  executor: Executor,
  categoryIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(categoryIds)].filter((id) => UUID.test(id));
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: categories.id, code: categories.code })
    .from(categories)
    .where(inArray(categories.id, ids));
  return new Map(rows.map((row) => [row.id, row.code]));
}
