import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { adminCategoryView } from './admin-category-view.ts';
import type { AdminCategory, CategoryCreate } from './category-schemas.ts';
import { loadCategoryTree } from './category-tree.ts';
import { categories } from './schema.ts';
import { type CategoryAction, lockCategoryTree, refuseTooDeep, requireNode } from './tree-edit.ts';

/**
 * An admin adds a category, at the top level or under another, after its siblings. It takes its
 * parent's commission rate and forbidden flag unless told otherwise.
 */
export async function createCategory(
  tx: Tx,
  input: CategoryCreate,
  action: CategoryAction,
): Promise<AdminCategory> {
  const tree = await lockCategoryTree(tx);
  const parent = input.parentId ? requireNode(tree, input.parentId) : null;
  refuseTooDeep((parent?.level ?? 0) + 1);
  if ([...tree.byId.values()].some((node) => node.code === input.code)) {
    throw new AppError('categories.code_taken', [{ field: 'code', rule: 'taken' }], {
      code: input.code,
    });
  }
  const siblings = parent ? parent.children : tree.roots;
  const [row] = await tx
    .insert(categories)
    .values({
      parentId: parent?.id ?? null,
      code: input.code,
      nameEn: input.names.en.trim(),
      nameZh: input.names['zh-CN'].trim(),
      level: (parent?.level ?? 0) + 1,
      position: Math.max(0, ...siblings.map((sibling) => sibling.position)) + 1,
      commissionRateBp: input.commissionRateBp ?? parent?.commissionRateBp ?? 500,
      forbidden: input.forbidden ?? parent?.forbidden ?? false,
      createdAt: action.now,
      updatedAt: action.now,
    })
    .returning({ id: categories.id });
  if (!row) throw new Error('category insert returned nothing');
  const created = adminCategoryView(requireNode(await loadCategoryTree(tx), row.id));
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'category.created',
    target: { type: 'category', id: row.id },
    after: created,
    ip: action.ip,
    at: action.now,
  });
  return created;
}
