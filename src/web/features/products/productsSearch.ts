import { choiceParam, pagesParam, textParam } from '../../ui/list/search';

// The product list's filters and shown pages, as search params of /products.

export const productStatuses = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'unpublished',
  'taken_down',
  'archived',
] as const;
export const productSorts = ['newest', 'price', 'title'] as const;

export type ProductsSearch = {
  status?: (typeof productStatuses)[number];
  q?: string;
  sort?: (typeof productSorts)[number];
  pages?: number;
};

export function validateProductsSearch(search: Record<string, unknown>): ProductsSearch {
  return {
    status: choiceParam(search.status, productStatuses),
    q: textParam(search.q, 128),
    sort: choiceParam(search.sort, productSorts),
    pages: pagesParam(search.pages),
  };
}
