import type { AdminCategory } from './category-schemas.ts';
import type { CategoryAttribute, TreeCategory } from './category-tree.ts';

const adminAttribute = (attribute: CategoryAttribute) => ({
  code: attribute.code,
  names: attribute.name,
  required: attribute.required,
  kind: attribute.kind,
  values: attribute.values,
});

/** A category as the console shows and edits it (and as the audit log records it). */
export function adminCategoryView(node: TreeCategory): AdminCategory {
  const own = new Set(node.ownAttributes.map((attribute) => attribute.code));
  return {
    id: node.id,
    parentId: node.parentId,
    code: node.code,
    names: node.names,
    level: node.level,
    position: node.position,
    commissionRateBp: node.commissionRateBp,
    forbidden: node.forbidden,
    inheritsForbidden: node.forbiddenAlongPath && !node.forbidden,
    attributes: node.ownAttributes.map(adminAttribute),
    inheritedAttributes: node.attributes
      .filter((attribute) => !own.has(attribute.code))
      .map(adminAttribute),
    childCount: node.children.length,
    updatedAt: node.updatedAt,
  };
}

/** The whole tree for the console: depth first, each level in order. */
export function adminCategoryList(roots: TreeCategory[]): AdminCategory[] {
  const walk = (node: TreeCategory): AdminCategory[] => [
    adminCategoryView(node),
    ...node.children.flatMap(walk),
  ];
  return roots.flatMap(walk);
}
