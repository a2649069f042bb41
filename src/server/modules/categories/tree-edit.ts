import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type CategoryTree, loadCategoryTree, type TreeCategory } from './category-tree.ts';
import { MAX_CATEGORY_LEVEL } from './schema.ts';

/** Who made an admin edit, from where and when: what the audit log records. */
export interface CategoryAction {
  operatorId: string;
  ip: string | null;
  now: Date;
}

/**
 * The tree as it stands, with every other edit of it waiting: depth and attribute-code checks
 * look at the whole tree, so two admins' edits must not interleave.
 */
export async function lockCategoryTree(tx: Tx): Promise<CategoryTree> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('categories.tree', 0))`);
  return loadCategoryTree(tx);
}

export function requireNode(tree: CategoryTree, id: string): TreeCategory {
  const node = tree.byId.get(id);
  if (!node) throw new AppError('categories.not_found');
  return node;
}

/** How many levels a category and its deepest subcategory span (1 for a leaf). */
export function height(node: TreeCategory): number {
  return 1 + Math.max(0, ...node.children.map(height));
}

export function refuseTooDeep(levels: number): void {
  if (levels > MAX_CATEGORY_LEVEL) {
    throw new AppError(
      'categories.too_deep',
      { field: 'parentId' },
      {
        max: MAX_CATEGORY_LEVEL,
        levels,
      },
    );
  }
}

/**
 * A product is asked every attribute along its category's path, so a code appears at most once
 * on any path: checked over the whole tree after an edit (a move or a template change).
 */
export function refuseRepeatedAttributeCodes(tree: CategoryTree): void {
  const walk = (node: TreeCategory, above: Set<string>) => {
    const codes = new Set(above);
    for (const attribute of node.ownAttributes) {
      if (codes.has(attribute.code)) {
        throw new AppError(
          'categories.attribute_code_repeated',
          [{ field: `attributes.${node.ownAttributes.indexOf(attribute)}.code`, rule: 'repeated' }],
          { code: attribute.code },
        );
      }
      codes.add(attribute.code);
    }
    for (const child of node.children) walk(child, codes);
  };
  for (const root of tree.roots) walk(root, new Set());
}
