import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../server/app-types.ts';
import { AppError } from '../server/errors.ts';
import { PageCursor } from '../server/http/paging.ts';
import { findPublicProduct, searchProducts } from '../server/modules/products/index.ts';
import { findStorefront, type StorefrontVersions } from '../server/modules/stores/index.ts';
import { renderProductPage } from './render-product-page.ts';
import { renderSearchPage } from './render-search-page.ts';
import { notFound, STOREFRONT_CSP } from './routes.ts';
import type { StorefrontPage, storefrontPages } from './storefront-pages.ts';
import { STOREFRONT_TEXT } from './storefront-text.ts';
import { yearsOpen } from './years-open.ts';

/** Products on a page of platform search. */
const SEARCH_PAGE = 24;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StorefrontContext {
  versions: StorefrontVersions;
  pages: ReturnType<typeof storefrontPages>;
  isVerified: (merchantId: string) => Promise<boolean>;
  sendPage: (request: FastifyRequest, reply: FastifyReply, page: StorefrontPage) => unknown;
}

/** A product's page and platform search, server-rendered (SPEC §6). */
export async function productPageRoutes(
  app: AppInstance,
  deps: AppDeps,
  { versions, pages, isVerified, sendPage }: StorefrontContext,
): Promise<void> {
  const { db } = deps.database;

  app.get(
    '/s/:slug/p/:productId',
    {
      config: { page: true },
      schema: {
        hide: true,
        params: Type.Object({
          slug: Type.String({ maxLength: 100 }),
          productId: Type.String({ maxLength: 40 }),
        }),
      },
    },
    async (request, reply) => {
      const { locale } = request;
      const slug = request.params.slug.toLowerCase();
      const productId = request.params.productId.toLowerCase();
      const unknownProduct = () => notFound(reply, locale, STOREFRONT_TEXT[locale].unknownProduct);
      if (!UUID.test(productId)) return unknownProduct();
      // Cached under the store's version, which every change to a published product renews
      // (migration 0021): a product edited, unpublished or taken down shows so at once.
      const found = await versions.get(slug);
      if (!found) return notFound(reply, locale);
      const now = deps.clock.now();
      const key = {
        storeId: found.id,
        version: found.version,
        verified: await isVerified(found.merchantId),
        yearsOpen: yearsOpen(found.firstActivatedAt, now),
        locale,
        query: null,
        view: `product ${productId}`,
      };
      let page = pages.get(key);
      if (!page) {
        const [store, product] = await Promise.all([
          findStorefront(db, slug),
          findPublicProduct(db, productId, locale),
        ]);
        if (!store) return notFound(reply, locale);
        if (!product || product.storeId !== store.id) return unknownProduct();
        const html = renderProductPage({
          store,
          product,
          locale,
          publicUrl: deps.config.publicUrl,
          verified: key.verified,
          now,
          imageUrl: (uploadId) => `/s/${store.slug}/media/${uploadId}`,
        });
        page = pages.put({ ...key, storeId: store.id, version: store.version }, html);
      }
      return sendPage(request, reply, page);
    },
  );

  app.get(
    '/search',
    {
      config: { page: true },
      schema: {
        hide: true,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          store: Type.Optional(Type.String({ maxLength: 100 })),
          cursor: PageCursor,
        }),
      },
    },
    async (request, reply) => {
      const { locale } = request;
      const query = request.query.q?.trim() || null;
      const storeSlug = request.query.store?.trim().toLowerCase() || null;
      const cursor = request.query.cursor || null;
      const input = {
        limit: SEARCH_PAGE,
        ...(query ? { q: query } : {}),
        ...(storeSlug ? { storeSlug } : {}),
      };
      let results: Awaited<ReturnType<typeof searchProducts>>;
      let pageCursor = cursor;
      try {
        results = await searchProducts(db, { ...input, ...(cursor ? { cursor } : {}) });
      } catch (error) {
        // A link edited by hand gets the first page rather than an error.
        if (!(error instanceof AppError && error.code === 'http.bad_cursor')) throw error;
        results = await searchProducts(db, input);
        pageCursor = null;
      }
      const store = storeSlug ? await findStorefront(db, storeSlug) : null;
      const html = renderSearchPage({
        locale,
        publicUrl: deps.config.publicUrl,
        query,
        store: storeSlug ? { slug: storeSlug, name: store?.design.name ?? storeSlug } : null,
        cursor: pageCursor,
        results,
      });
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Vary', 'Accept-Language, Cookie')
        .header('Content-Security-Policy', STOREFRONT_CSP)
        .type('text/html; charset=utf-8')
        .send(html);
    },
  );
}
