import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { AttributeKind } from './schema.ts';

/** Both languages of a name, as the console edits them. */
export interface CategoryNames {
  en: string;
  'zh-CN': string;
}

/** One attribute a product in the category is asked for. */
export interface CategoryAttribute {
  code: string;
  name: CategoryNames;
  required: boolean;
  kind: AttributeKind;
  /** The choices of a `list` attribute; [] for `text`. */
  values: string[];
}

export interface TreeCategory {
  id: string;
  parentId: string | null;
  code: string;
  names: CategoryNames;
  level: number;
  position: number;
  commissionRateBp: number;
  /** Set on this category itself (what the console edits). */
  forbidden: boolean;
  /** It or one of its ancestors is forbidden: what listings in it are checked against. */
  forbiddenAlongPath: boolean;
  /** The ancestors' codes, the root first. */
  path: string[];
  /** The attributes defined on this category itself. */
  ownAttributes: CategoryAttribute[];
  /** What its products are asked: the ancestors' attributes first, then its own. */
  attributes: CategoryAttribute[];
  children: TreeCategory[];
  createdAt: string;
  updatedAt: string;
}

export interface CategoryTree {
  /** Bumped by every write to the tree (a trigger): the ETag of what is built from it. */
  version: number;
  roots: TreeCategory[];
  byId: Map<string, TreeCategory>;
}

interface TreeRow extends Record<string, unknown> {
  id: string;
  parent_id: string | null;
  code: string;
  name_en: string;
  name_zh: string;
  level: number;
  position: number;
  commission_rate_bp: number;
  forbidden: boolean;
  created_at: string;
  updated_at: string;
  attributes: {
    code: string;
    name_en: string;
    name_zh: string;
    required: boolean;
    kind: AttributeKind;
    values: string[];
  }[];
  version: string;
}

/** The whole tree in one query, assembled in memory (it is a few hundred rows at most). */
export async function loadCategoryTree(executor: Executor): Promise<CategoryTree> {
  const result = await executor.execute<TreeRow>(sql`
    SELECT c.id, c.parent_id, c.code, c.name_en, c.name_zh, c.level, c.position,
           c.commission_rate_bp, c.forbidden, c.created_at, c.updated_at,
           coalesce((SELECT json_agg(json_build_object('code', a.code, 'name_en', a.name_en,
                       'name_zh', a.name_zh, 'required', a.required, 'kind', a.kind,
                       'values', a."values") ORDER BY a.position, a.code)
                     FROM category_attributes a WHERE a.category_id = c.id), '[]') AS attributes,
           (SELECT version FROM category_tree_version) AS version
    FROM categories c
    ORDER BY c.level, c.position, c.code`);
  return buildTree(
    result.rows,
    Number(result.rows[0]?.version ?? (await readTreeVersion(executor))),
  );
}

/** The tree's version alone: what a cache compares before serving what it holds. */
export async function readTreeVersion(executor: Executor): Promise<number> {
  const result = await executor.execute<{ version: string }>(
    sql`SELECT version FROM category_tree_version`,
  );
  return Number(result.rows[0]?.version ?? 0);
}

function buildTree(rows: TreeRow[], version: number): CategoryTree {
  const byId = new Map<string, TreeCategory>();
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      parentId: row.parent_id,
      code: row.code,
      names: { en: row.name_en, 'zh-CN': row.name_zh },
      level: row.level,
      position: row.position,
      commissionRateBp: row.commission_rate_bp,
      forbidden: row.forbidden,
      forbiddenAlongPath: row.forbidden,
      path: [],
      ownAttributes: row.attributes.map((attribute) => ({
        code: attribute.code,
        name: { en: attribute.name_en, 'zh-CN': attribute.name_zh },
        required: attribute.required,
        kind: attribute.kind,
        values: attribute.kind === 'list' ? attribute.values : [],
      })),
      attributes: [],
      children: [],
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    });
  }
  const roots: TreeCategory[] = [];
  // Rows come by level, so a parent is complete before its children inherit from it.
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) {
      parent.children.push(node);
      node.path = [...parent.path, parent.code];
      node.forbiddenAlongPath ||= parent.forbiddenAlongPath;
    } else {
      roots.push(node);
    }
    node.attributes = inherit(parent?.attributes ?? [], node.ownAttributes);
  }
  return { version, roots, byId };
}

/** The ancestors' attributes, then the category's own; a code the path already has is not repeated. */
export function inherit(
  inherited: CategoryAttribute[],
  own: CategoryAttribute[],
): CategoryAttribute[] {
  const codes = new Set(inherited.map((attribute) => attribute.code));
  return [...inherited, ...own.filter((attribute) => !codes.has(attribute.code))];
}

/** A category and every category under it. */
export function subtree(node: TreeCategory): TreeCategory[] {
  return [node, ...node.children.flatMap(subtree)];
}
