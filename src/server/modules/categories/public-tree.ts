import type { Locale } from '../../i18n/locale.ts';
import type { CategoryAttribute, TreeCategory } from './category-tree.ts';

const localName = (names: { en: string; 'zh-CN': string }, locale: Locale) => names[locale];

function publicAttribute(attribute: CategoryAttribute, locale: Locale) {
  return {
    code: attribute.code,
    name: localName(attribute.name, locale),
    required: attribute.required,
    kind: attribute.kind,
    ...(attribute.kind === 'list' ? { values: attribute.values } : {}),
  };
}

export interface PublicCategory {
  id: string;
  code: string;
  name: string;
  names: { en: string; 'zh-CN': string };
  forbidden: boolean;
  children: PublicCategory[];
  attributes: ReturnType<typeof publicAttribute>[];
}

/**
 * The tree as `GET /api/v1/categories` gives it: `name` in the request's language, `names` in
 * both (a picker finds a category by either, whatever the page's language), attributes inherited.
 */
export function publicCategoryTree(roots: TreeCategory[], locale: Locale): PublicCategory[] {
  const view = (node: TreeCategory): PublicCategory => ({
    id: node.id,
    code: node.code,
    name: localName(node.names, locale),
    names: { en: node.names.en, 'zh-CN': node.names['zh-CN'] },
    forbidden: node.forbiddenAlongPath,
    children: node.children.map(view),
    attributes: node.attributes.map((attribute) => publicAttribute(attribute, locale)),
  });
  return roots.map(view);
}
