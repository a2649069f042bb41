import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { keepNewest } from '../../../cache/bounded-map.ts';
import { type CachedBody, cachedBody, sendCachedBody } from '../../../cache/cached-body.ts';
import { AppError } from '../../../errors.ts';
import { storefrontVersionsOf } from '../../stores/index.ts';
import { type BuyerProductSort, listStoreProducts, MAX_PRODUCT_PAGE } from './product-cards.ts';
import { findPublicProduct } from './public-product.ts';
import {
  ProductCardPage,
  PublicProductSchema,
  SearchProductsQuery,
  StoreProductsQuery,
} from './public-schemas.ts';
import { searchProducts } from './search-products.ts';

const DEFAULT_PAGE = 24;
// Pages of stores' product lists an instance keeps: every store's first pages in both sorts a
// busy instance serves, with room for deeper pages and searches within a store.
const MAX_STORE_PAGES = 5_000;

/** What buyers read, signed in or not (SPEC API shape: Buyers). */
export async function buyerProductRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const storePages = new Map<string, CachedBody>();

  app.get(
    '/api/v1/stores/:slug/products',
    {
      config: { errors: ['http.bad_cursor'] },
      schema: {
        tags: ['buyers'],
        summary:
          "A store's published products (newest, price or sales order; search within the store; keyset paging)",
        params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
        querystring: StoreProductsQuery,
        response: { 200: ProductCardPage },
      },
    },
    async (request, reply) => {
      const { q, sort, cursor, limit } = request.query;
      const slug = request.params.slug.toLowerCase();
      const input: Parameters<typeof listStoreProducts>[1] = {
        slug,
        ...(q !== undefined ? { q } : {}),
        sort: (sort ?? 'newest') as BuyerProductSort,
        ...(cursor ? { cursor } : {}),
        limit: Math.min(limit ?? DEFAULT_PAGE, MAX_PRODUCT_PAGE),
      };
      // A page is kept under its store's version, which every change to the store or to one of
      // its published products renews (migrations 0017, 0021): an unchanged page costs no query,
      // a changed one is never asked for again. A store buyers cannot see has no products.
      const found = await storefrontVersionsOf(db)?.get(slug);
      if (found === null) return { items: [], nextCursor: null };
      if (!found) return listStoreProducts(db, input);
      const key = [found.id, found.version, input.sort, input.limit, q ?? '', cursor ?? ''].join(
        '\n',
      );
      const page =
        storePages.get(key) ??
        keepNewest(
          storePages,
          key,
          cachedBody(
            JSON.stringify(await listStoreProducts(db, input)),
            'application/json; charset=utf-8',
          ),
          MAX_STORE_PAGES,
        );
      return sendCachedBody(request, reply, page);
    },
  );

  app.get(
    '/api/v1/search/products',
    {
      config: { errors: ['http.bad_cursor'] },
      schema: {
        tags: ['buyers'],
        summary:
          'Search the published products of every store (Chinese and English), best match first',
        querystring: SearchProductsQuery,
        response: { 200: ProductCardPage },
      },
    },
    async (request) => {
      const { q, store, cursor, limit } = request.query;
      return searchProducts(db, {
        ...(q !== undefined ? { q } : {}),
        ...(store ? { storeSlug: store.toLowerCase() } : {}),
        ...(cursor ? { cursor } : {}),
        limit: Math.min(limit ?? DEFAULT_PAGE, MAX_PRODUCT_PAGE),
      });
    },
  );

  app.get(
    '/api/v1/products/:id',
    {
      config: { errors: ['product.not_found'] },
      schema: {
        tags: ['buyers'],
        summary: 'A published product as buyers see it: variants, tiers, attributes, images',
        params: Type.Object({ id: Type.String({ maxLength: 40 }) }),
        response: { 200: PublicProductSchema },
      },
    },
    async (request) => {
      const product = await findPublicProduct(db, request.params.id, request.locale);
      if (!product) throw new AppError('product.not_found');
      return product;
    },
  );
}
