import type { ResponseOf } from '../../api/contract';
import { matchesWords, searchWords } from '../../ui/textSearch';

// The category tree of GET /api/v1/categories, for the picker: the leaves a product may sit in,
// each with its path in the page's language (女装 › 连衣裙) and the attributes its template asks
// for, found by the names of its path in either language or by their codes.

export type CategoryNode = ResponseOf<'getCategories'>[number];
export type TemplateAttribute = CategoryNode['attributes'][number];
export type Leaf = {
  id: string;
  code: string;
  path: string[];
  /** The names of its path in both languages, and their codes. */
  searchTexts: string[];
  attributes: TemplateAttribute[];
};

export const pathSeparator = ' › ';

/** Every leaf of the tree, in the tree's order. */
export function leavesOf(roots: readonly CategoryNode[]): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (node: CategoryNode, path: string[], words: string[]) => {
    const here = [...path, node.name];
    const text = [...words, node.names.en, node.names['zh-CN'], node.code];
    if (node.children.length === 0) {
      leaves.push({
        id: node.id,
        code: node.code,
        path: here,
        searchTexts: text,
        attributes: node.attributes,
      });
    }
    for (const child of node.children as CategoryNode[]) visit(child, here, text);
  };
  for (const root of roots) visit(root, [], []);
  return leaves;
}

/** Leaves whose names in either language or codes (ancestors' included) hold every word of `query`. */
export function searchLeaves(leaves: readonly Leaf[], query: string): Leaf[] {
  const words = searchWords(query);
  if (words.length === 0) return [...leaves];
  return leaves.filter((leaf) => matchesWords(leaf.searchTexts, words));
}
