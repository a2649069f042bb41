import { matchesWords, searchWords } from '../../ui/textSearch';
import type { AdminCategory } from './types';

// The flat list the server gives (depth first), as the tree the page draws and searches.

export type CategoryIndex = {
  byId: Map<string, AdminCategory>;
  childrenOf: Map<string | null, AdminCategory[]>;
};

export function indexCategories(items: readonly AdminCategory[]): CategoryIndex {
  const byId = new Map(items.map((item) => [item.id, item]));
  const childrenOf = new Map<string | null, AdminCategory[]>();
  for (const item of items) {
    const siblings = childrenOf.get(item.parentId) ?? [];
    siblings.push(item);
    childrenOf.set(item.parentId, siblings);
  }
  return { byId, childrenOf };
}

/** The category's ancestors, the top level first. */
export function ancestorsOf(index: CategoryIndex, category: AdminCategory): AdminCategory[] {
  const path: AdminCategory[] = [];
  let parent = category.parentId ? index.byId.get(category.parentId) : undefined;
  while (parent) {
    path.unshift(parent);
    parent = parent.parentId ? index.byId.get(parent.parentId) : undefined;
  }
  return path;
}

/**
 * The categories a search shows: those whose code or names (in either language) hold every word
 * typed, with their ancestors so each shows where it sits. Null when there is nothing to search.
 */
export function searchCategories(index: CategoryIndex, query: string): Set<string> | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const shown = new Set<string>();
  for (const category of index.byId.values()) {
    const names = [category.code, category.names.en, category.names['zh-CN']];
    if (!matchesWords(names, words)) continue;
    shown.add(category.id);
    for (const ancestor of ancestorsOf(index, category)) shown.add(ancestor.id);
  }
  return shown;
}
