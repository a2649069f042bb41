import { describe, expect, it } from 'vitest';
import { type CategoryNode, leavesOf, searchLeaves } from './categories';

type Names = { en: string; 'zh-CN': string };

const node = (
  code: string,
  names: Names,
  language: keyof Names,
  children: CategoryNode[] = [],
): CategoryNode => ({
  id: `id-${code}`,
  code,
  name: names[language],
  names,
  forbidden: false,
  children: children as CategoryNode['children'],
  attributes: [],
});

/** The tree as GET /api/v1/categories answers it in `language`. */
const tree = (language: keyof Names) => [
  node('apparel', { en: 'Apparel', 'zh-CN': '服装' }, language, [
    node('womens-apparel', { en: "Women's clothing", 'zh-CN': '女装' }, language, [
      node('dresses', { en: 'Dresses', 'zh-CN': '连衣裙' }, language),
      node('blouses', { en: 'Blouses', 'zh-CN': '衬衫' }, language),
    ]),
  ]),
  node('food-tea', { en: 'Food & tea', 'zh-CN': '食品茶叶' }, language, [
    node('green-tea', { en: 'Green tea', 'zh-CN': '绿茶' }, language),
  ]),
];

const found = (language: keyof Names, query: string) =>
  searchLeaves(leavesOf(tree(language)), query).map((leaf) => leaf.code);

describe('the category picker', () => {
  it("shows a leaf's path in the page's language", () => {
    expect(leavesOf(tree('zh-CN')).map((leaf) => leaf.path)).toContainEqual([
      '服装',
      '女装',
      '连衣裙',
    ]);
    expect(leavesOf(tree('en')).map((leaf) => leaf.path)).toContainEqual([
      'Apparel',
      "Women's clothing",
      'Dresses',
    ]);
  });

  it('finds a category by its English name, its Chinese name or its code, in either language', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      expect(found(language, 'dresses')).toEqual(['dresses']);
      expect(found(language, 'DRESS')).toEqual(['dresses']);
      expect(found(language, '连衣裙')).toEqual(['dresses']);
      expect(found(language, '裙')).toEqual(['dresses']);
      expect(found(language, 'green-tea')).toEqual(['green-tea']);
    }
  });

  it("finds by an ancestor's name, every word typed counting, the languages mixed", () => {
    expect(found('en', '女装')).toEqual(['dresses', 'blouses']);
    expect(found('zh-CN', 'women 衬衫')).toEqual(['blouses']);
    expect(found('zh-CN', 'tea 连衣裙')).toEqual([]);
    expect(found('en', '  ')).toHaveLength(3);
  });
});
