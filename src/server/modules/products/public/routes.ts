import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { AppError } from '../../../errors.ts';
import { listStoreProducts, MAX_PRODUCT_PAGE, searchProducts } from './product-cards.ts';
import { findPublicProduct } from './public-product.ts';
import {
  ProductCardPage,
  PublicProductSchema,
  SearchProductsQuery,
  StoreProductsQuery,
} from './public-schemas.ts';

const DEFAULT_PAGE = 24;

/** What buyers read, signed in or not (SPEC API shape: Buyers). */
export async function buyerProductRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

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
    async (request) => {
      const { q, sort, cursor, limit } = request.query;
      return listStoreProducts(db, {
        slug: request.params.slug.toLowerCase(),
        ...(q !== undefined ? { q } : {}),
        sort: sort ?? 'newest',
        ...(cursor ? { cursor } : {}),
        limit: Math.min(limit ?? DEFAULT_PAGE, MAX_PRODUCT_PAGE),
      });
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
