import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { adminCategoryView } from './admin-category-view.ts';
import type { AdminCategory, AttributesInput } from './category-schemas.ts';
import { loadCategoryTree, subtree } from './category-tree.ts';
import { categories, categoryAttributes } from './schema.ts';
import { type CategoryAction, lockCategoryTree, requireNode } from './tree-edit.ts';

/**
 * An admin replaces a category's attribute templates (in the order given). Products keep the
 * values they have: they store code → value, so a removed attribute's value stays with them and
 * a new required one is asked for when the product is next published.
 */
export async function setCategoryAttributes(
  tx: Tx,
  id: string,
  input: AttributesInput,
  action: CategoryAction,
): Promise<AdminCategory> {
  const tree = await lockCategoryTree(tx);
  const node = requireNode(tree, id);
  const before = adminCategoryView(node);
  // A product is asked each attribute of its path once: a code used above or below is refused.
  const taken = new Set([
    ...node.attributes
      .filter((attribute) => !node.ownAttributes.includes(attribute))
      .map((attribute) => attribute.code),
    ...subtree(node)
      .slice(1)
      .flatMap((each) => each.ownAttributes.map((attribute) => attribute.code)),
  ]);
  const attributes = input.attributes.map((attribute, index) => {
    const values = attribute.kind === 'list' ? attribute.values.map((value) => value.trim()) : [];
    if (taken.has(attribute.code)) {
      throw new AppError(
        'categories.attribute_code_repeated',
        [{ field: `attributes.${index}.code`, rule: 'repeated' }],
        { code: attribute.code },
      );
    }
    taken.add(attribute.code);
    if (attribute.kind === 'list' && values.length === 0) {
      throw new AppError('categories.attribute_values_missing', [
        { field: `attributes.${index}.values`, rule: 'missing' },
      ]);
    }
    const repeated = values.find((value, at) => values.indexOf(value) !== at);
    if (repeated !== undefined) {
      throw new AppError(
        'categories.attribute_values_repeated',
        [{ field: `attributes.${index}.values`, rule: 'repeated' }],
        { value: repeated },
      );
    }
    return {
      categoryId: node.id,
      code: attribute.code,
      nameEn: attribute.names.en.trim(),
      nameZh: attribute.names['zh-CN'].trim(),
      required: attribute.required,
      kind: attribute.kind,
      values,
      position: index + 1,
    };
  });
  await tx.delete(categoryAttributes).where(eq(categoryAttributes.categoryId, node.id));
  if (attributes.length > 0) await tx.insert(categoryAttributes).values(attributes);
  await tx.update(categories).set({ updatedAt: action.now }).where(eq(categories.id, node.id));
  const updated = adminCategoryView(requireNode(await loadCategoryTree(tx), node.id));
  await recordAudit(tx, {
    actor: action.operatorId,
    action: 'category.attributes_changed',
    target: { type: 'category', id: node.id },
    before,
    after: updated,
    ip: action.ip,
    at: action.now,
  });
  return updated;
}
