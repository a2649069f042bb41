import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { adminCategoryView } from './admin-category-view.ts';
import { countCategoryUsage } from './category-usage.ts';
import { categories } from './schema.ts';
import { type CategoryAction, lockCategoryTree, requireNode } from './tree-edit.ts';

/**
 * An admin deletes a category nothing needs any more: no subcategories, and no product of any
 * store in it (the modules that list things in categories say how many, registerCategoryUsage).
 */
export async function deleteCategory(tx: Tx, id: string, action: CategoryAction): Promise<void> {
  const tree = await lockCategoryTree(tx);
  const node = requireNode(tree, id);
  if (node.children.length > 0) {
    throw new AppError('categories.has_children', undefined, { count: node.children.length });
  }
  const used = await countCategoryUsage(tx, [node.id]);
  if (used > 0) throw new AppError('categories.in_use', undefined, { count: used });
  try {
    await tx.transaction((savepoint) =>
      savepoint.delete(categories).where(eq(categories.id, node.id)),
    );
  } catch (error) {
    // A table naming categories whose module registered no counter still refuses by its key.
    if (isForeignKeyViolation(error)) throw new AppError('categories.still_used');
    throw error;
  }
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'category.deleted',
    target: { type: 'category', id: node.id },
    before: adminCategoryView(node),
    ip: action.ip,
    at: action.now,
  });
}

function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code;
  return code === '23503' || (error as { cause?: { code?: string } }).cause?.code === '23503';
}
