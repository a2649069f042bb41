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
  /** The category the walk up started from. */
  seed_id: string;
  id: string;
  code: string;
  name_en: string;
  name_zh: string;
  level: number;
  commission_rate_bp: number;
  forbidden: boolean;
  has_children: boolean;
}

/** The ids and the codes among references that may be either. */
function idsAndCodes(refs: readonly string[]) {
  const unique = [...new Set(refs)];
  return {
    ids: unique.filter((ref) => UUID.test(ref)),
    codes: unique.filter((ref) => !UUID.test(ref)),
  };
}

/**
 * Categories by id or code, in one query however many: each found one under every reference
 * that names it (its id, its code); a reference without a category is not in the map.
 */
export async function findCategories(
  executor: Executor,
  refs: readonly string[],
): Promise<Map<string, CategoryNode>> {
  const found = new Map<string, CategoryNode>();
  const { ids, codes } = idsAndCodes(refs);
  if (ids.length === 0 && codes.length === 0) return found;
  const result = await executor.execute<PathRow>(sql`
    WITH RECURSIVE path AS (
      SELECT id AS seed_id, id, parent_id, code, name_en, name_zh, level, commission_rate_bp, forbidden
      FROM categories
      WHERE id = ANY(${sql.param(ids)}::uuid[]) OR code = ANY(${sql.param(codes)}::text[])
      UNION ALL
      SELECT path.seed_id, c.id, c.parent_id, c.code, c.name_en, c.name_zh, c.level,
             c.commission_rate_bp, c.forbidden
      FROM categories c JOIN path ON c.id = path.parent_id
    )
    SELECT path.seed_id, path.id, path.code, path.name_en, path.name_zh, path.level,
           path.commission_rate_bp, path.forbidden,
           EXISTS (SELECT 1 FROM categories child WHERE child.parent_id = path.id) AS has_children
    FROM path ORDER BY path.seed_id, path.level DESC`);
  const paths = new Map<string, PathRow[]>();
  for (const row of result.rows) {
    const path = paths.get(row.seed_id);
    if (path) path.push(row);
    else paths.set(row.seed_id, [row]);
  }
  for (const [category, ...ancestors] of paths.values()) {
    if (!category) continue;
    const node: CategoryNode = {
      id: category.id,
      code: category.code,
      names: { en: category.name_en, 'zh-CN': category.name_zh },
      level: category.level,
      isLeaf: !category.has_children,
      forbidden: [category, ...ancestors].some((each) => each.forbidden),
      commissionRateBp: category.commission_rate_bp,
      path: ancestors.map((ancestor) => ancestor.code).reverse(),
    };
    found.set(node.id, node);
    found.set(node.code, node);
  }
  return found;
}

/** A category by its id or its code, or null when there is no such category. */
export async function findCategory(
  executor: Executor,
  idOrCode: string,
): Promise<CategoryNode | null> {
  return (await findCategories(executor, [idOrCode])).get(idOrCode) ?? null;
}

interface AttributeRow extends Record<string, unknown> {
  seed_id: string;
  code: string;
  name_en: string;
  name_zh: string;
  required: boolean;
  kind: AttributeKind;
  values: string[];
}

/**
 * What a product in each category is asked for, in one query: its ancestors' attributes first
 * (the root's first), then its own. A category that does not exist has [].
 */
export async function attributesOfCategories(
  executor: Executor,
  categoryIds: readonly string[],
): Promise<Map<string, CategoryAttribute[]>> {
  const { ids } = idsAndCodes(categoryIds);
  const templates = new Map<string, CategoryAttribute[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return templates;
  const result = await executor.execute<AttributeRow>(sql`
    WITH RECURSIVE path AS (
      SELECT id AS seed_id, id, parent_id, level FROM categories
      WHERE id = ANY(${sql.param(ids)}::uuid[])
      UNION ALL
      SELECT path.seed_id, c.id, c.parent_id, c.level FROM categories c JOIN path ON c.id = path.parent_id
    )
    SELECT path.seed_id, a.code, a.name_en, a.name_zh, a.required, a.kind, a."values"
    FROM category_attributes a JOIN path ON path.id = a.category_id
    ORDER BY path.seed_id, path.level, a.position, a.code`);
  for (const row of result.rows) {
    templates.set(
      row.seed_id,
      inherit(templates.get(row.seed_id) ?? [], [
        {
          code: row.code,
          name: { en: row.name_en, 'zh-CN': row.name_zh },
          required: row.required,
          kind: row.kind,
          values: row.kind === 'list' ? row.values : [],
        },
      ]),
    );
  }
  return templates;
}

/**
 * What a product in the category is asked for: its ancestors' attributes first (the root's
 * first), then its own. [] for a category that does not exist.
 */
export async function categoryAttributes(
  executor: Executor,
  categoryId: string,
): Promise<CategoryAttribute[]> {
  return (await attributesOfCategories(executor, [categoryId])).get(categoryId) ?? [];
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
