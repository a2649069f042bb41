import { textParam } from '../../ui/list/search';

// The Categories page's search box and chosen category, as search params of /admin/categories:
// a reload or a shared link shows the same category.

export type CategoriesSearch = {
  q?: string;
  /** The chosen category's code. */
  code?: string;
};

export function validateCategoriesSearch(search: Record<string, unknown>): CategoriesSearch {
  return { q: textParam(search.q, 100), code: textParam(search.code, 64) };
}
