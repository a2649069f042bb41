import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { adminCategoryView } from './admin-category-view.ts';
import type { AdminCategory, CategoryUpdate } from './category-schemas.ts';
import { loadCategoryTree, subtree } from './category-tree.ts';
import { categories } from './schema.ts';
import {
  type CategoryAction,
  height,
  lockCategoryTree,
  refuseRepeatedAttributeCodes,
  refuseTooDeep,
  requireNode,
} from './tree-edit.ts';

/**
 * An admin renames a category, sets its commission rate or forbidden flag, reorders it, or moves
 * it (with everything under it) elsewhere in the tree: never under itself, never deeper than 4
 * levels. Products keep their category; orders placed already keep the rate they were placed at.
 */
export async function updateCategory(
  tx: Tx,
  id: string,
  input: CategoryUpdate,
  action: CategoryAction,
): Promise<AdminCategory> {
  const tree = await lockCategoryTree(tx);
  const node = requireNode(tree, id);
  const before = adminCategoryView(node);
  const moving = input.parentId !== undefined && input.parentId !== node.parentId;
  if (moving) {
    const parent = input.parentId ? requireNode(tree, input.parentId) : null;
    if (parent && subtree(node).includes(parent)) {
      throw new AppError('categories.cycle', [{ field: 'parentId', rule: 'cycle' }]);
    }
    const shift = (parent?.level ?? 0) + 1 - node.level;
    refuseTooDeep(node.level + shift + height(node) - 1);
    const siblings = parent ? parent.children : tree.roots;
    // The category and its subtree keep (parent_id IS NULL) = (level = 1) at every statement.
    await tx
      .update(categories)
      .set({
        parentId: parent?.id ?? null,
        level: node.level + shift,
        position: input.position ?? Math.max(0, ...siblings.map((sibling) => sibling.position)) + 1,
      })
      .where(eq(categories.id, node.id));
    const below = subtree(node).slice(1);
    if (shift !== 0 && below.length > 0) {
      await tx
        .update(categories)
        .set({ level: sql`${categories.level} + ${shift}` })
        .where(
          inArray(
            categories.id,
            below.map((each) => each.id),
          ),
        );
    }
  }
  await tx
    .update(categories)
    .set({
      ...(input.names
        ? { nameEn: input.names.en.trim(), nameZh: input.names['zh-CN'].trim() }
        : {}),
      ...(input.commissionRateBp !== undefined ? { commissionRateBp: input.commissionRateBp } : {}),
      ...(input.forbidden !== undefined ? { forbidden: input.forbidden } : {}),
      ...(input.position !== undefined && !moving ? { position: input.position } : {}),
      updatedAt: action.now,
    })
    .where(eq(categories.id, node.id));
  const after = await loadCategoryTree(tx);
  if (moving) refuseRepeatedAttributeCodes(after);
  const updated = adminCategoryView(requireNode(after, node.id));
  await recordAudit(tx, {
    actor: action.operatorId,
    action: moving ? 'category.moved' : 'category.updated',
    target: { type: 'category', id: node.id },
    before,
    after: updated,
    ip: action.ip,
    at: action.now,
  });
  return updated;
}
