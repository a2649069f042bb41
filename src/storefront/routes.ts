import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../server/app-types.ts';
import { sendCachedBody } from '../server/cache/cached-body.ts';
import { AppError } from '../server/errors.ts';
import { PageCursor } from '../server/http/paging.ts';
import { merchantIdOf, requireMerchant } from '../server/http/session-auth.ts';
import type { Locale } from '../server/i18n/locale.ts';
import { approvedIdentity } from '../server/modules/kyc/index.ts';
import {
  BUYER_PRODUCT_SORTS,
  type BuyerProductSort,
  listStoreProducts,
  type ProductPage,
} from '../server/modules/products/index.ts';
import {
  draftStorefront,
  findStorefront,
  publishedImage,
  storefrontVersionsOf,
} from '../server/modules/stores/index.ts';
import { renderNotFoundPage } from '../server/web/page.ts';
import { cartPageRoutes } from './cart-routes.ts';
import { matchesIfNoneMatch } from './etag.ts';
import { productPageRoutes } from './product-routes.ts';
import { renderStorefront } from './render-storefront.ts';
import { sitemapRoutes } from './sitemap-routes.ts';
import { type PageKey, type StorefrontPage, storefrontPages } from './storefront-pages.ts';
import { STOREFRONT_TEXT } from './storefront-text.ts';
import { yearsOpen } from './years-open.ts';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
/** Products on a page of the storefront's grid. */
const GRID_PAGE = 24;
// Inline styles are the page's only CSS; nothing else may load or run. Nobody frames the public
// page; the owner's preview is framed by the design page, on the same origin.
export const STOREFRONT_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const MAX_VERIFIED_REMEMBERED = 100_000;
const PREVIEW_CSP = STOREFRONT_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

/** The public storefront, server-rendered so it reads without JavaScript; and the owner's preview. */
export async function storefrontRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const pages = storefrontPages();
  const verifiedMerchants = new Set<string>();
  const versions = storefrontVersionsOf(db);
  if (!versions) throw new Error('the stores module opens the storefront versions first');

  app.get(
    '/s/:slug',
    {
      config: { page: true },
      schema: {
        hide: true,
        params: SlugParams,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          // A link edited by hand gets the store's first page rather than an error.
          sort: Type.Optional(Type.String({ maxLength: 20 })),
          cursor: PageCursor,
        }),
      },
    },
    async (request, reply) => {
      const { locale } = request;
      const slug = request.params.slug.toLowerCase();
      // The version first, from memory: a revalidation or a page already rendered costs no query.
      const found = await versions.get(slug);
      if (!found) return notFound(reply, locale);
      const now = deps.clock.now();
      const key: PageKey = {
        storeId: found.id,
        version: found.version,
        verified: await isVerified(found.merchantId),
        yearsOpen: yearsOpen(found.firstActivatedAt, now),
        locale,
        query: request.query.q?.trim() || null,
        view: gridView(request.query.sort, request.query.cursor),
      };
      const page = pages.get(key) ?? (await render(slug, key, now));
      if (!page) return notFound(reply, locale);
      return sendPage(request, reply, page);
    },
  );

  /** A rendered page with its validator: 304 when the client's copy is current. */
  function sendPage(request: FastifyRequest, reply: FastifyReply, page: StorefrontPage) {
    reply
      .header('ETag', page.etag)
      .header('Cache-Control', 'public, max-age=60')
      // The page's language follows the lang cookie or Accept-Language.
      .header('Vary', 'Accept-Language, Cookie')
      .header('Content-Security-Policy', STOREFRONT_CSP);
    if (matchesIfNoneMatch(request.headers['if-none-match'], page.etag)) {
      return reply.code(304).send();
    }
    // The development mailbox's warning bar is added to pages sent as text (dev-mailbox-notice.ts).
    if (deps.config.devMailboxWarning) {
      return reply.type(page.body.contentType).send(page.body.body.toString());
    }
    return sendCachedBody(request, reply, page.body);
  }

  await productPageRoutes(app, deps, { versions, pages, isVerified, sendPage });
  await sitemapRoutes(app, deps);
  await cartPageRoutes(app, deps);

  async function render(slug: string, key: PageKey, now: Date) {
    const store = await findStorefront(db, slug);
    if (!store) return null;
    const { sort, cursor } = parseGridView(key.view);
    const html = renderStorefront({
      products: await gridProducts(slug, key.query, sort, cursor),
      sort,
      cursor,
      store,
      locale: key.locale,
      publicUrl: deps.config.publicUrl,
      verified: key.verified,
      now,
      query: key.query,
      imageUrl: (uploadId) => `/s/${store.slug}/media/${uploadId}`,
      preview: false,
    });
    // Filed under what it was built from, which may be newer than the lookup's version.
    return pages.put({ ...key, storeId: store.id, version: store.version }, html);
  }

  /** A page of the grid; a cursor that is not one of ours shows the first page. */
  async function gridProducts(
    slug: string,
    q: string | null,
    sort: BuyerProductSort,
    cursor: string | null,
  ): Promise<ProductPage> {
    const input = { slug, sort, limit: GRID_PAGE, ...(q ? { q } : {}) };
    try {
      return await listStoreProducts(db, { ...input, ...(cursor ? { cursor } : {}) });
    } catch (error) {
      if (error instanceof AppError && error.code === 'http.bad_cursor') {
        return listStoreProducts(db, input);
      }
      throw error;
    }
  }

  /**
   * The verified badge. An approved identity stands until a newer approval supersedes it
   * (approved is final in kyc's lifecycle), so a merchant seen verified once stays verified and
   * is not asked about again; an unverified one is asked each time.
   */
  async function isVerified(merchantId: string): Promise<boolean> {
    if (verifiedMerchants.has(merchantId)) return true;
    const { verified } = await approvedIdentity(db, merchantId);
    if (verified) {
      if (verifiedMerchants.size >= MAX_VERIFIED_REMEMBERED) verifiedMerchants.clear();
      verifiedMerchants.add(merchantId);
    }
    return verified;
  }

  app.get(
    '/s/:slug/media/:uploadId',
    {
      schema: {
        hide: true,
        params: Type.Object({
          slug: Type.String({ maxLength: 100 }),
          uploadId: Type.String({ maxLength: 40 }),
        }),
      },
    },
    async (request, reply) => {
      const { slug, uploadId } = request.params;
      const upload = /^[0-9a-f-]{36}$/i.test(uploadId)
        ? await publishedImage(db, slug.toLowerCase(), uploadId.toLowerCase())
        : null;
      if (!upload) return notFound(reply, request.locale);
      const etag = `"${upload.sha256}"`;
      reply
        .header('ETag', etag)
        .header('Cache-Control', 'public, max-age=3600')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .header('Cross-Origin-Resource-Policy', 'cross-origin');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
      const stored = await deps.storage.get(upload.storageKey);
      return reply
        .header('Content-Type', upload.contentType)
        .header('Content-Length', String(stored.size))
        .send(stored.body);
    },
  );

  app.get(
    '/api/v1/me/store/design/preview',
    {
      preHandler: requireMerchant(deps),
      config: { errors: ['store.no_draft'] },
      schema: {
        tags: ['stores'],
        summary: 'Your storefront rendered from the draft design (HTML, not indexed)',
      },
    },
    async (request, reply) => {
      const store = await draftStorefront(db, merchantIdOf(request));
      if (!store) throw new AppError('store.no_draft');
      const page = renderStorefront({
        // What buyers see of the products now: the store's published ones, if it is open.
        products: await listStoreProducts(db, {
          slug: store.slug,
          sort: 'newest',
          limit: GRID_PAGE,
        }),
        sort: 'newest',
        cursor: null,
        store,
        locale: request.locale,
        publicUrl: deps.config.publicUrl,
        verified: (await approvedIdentity(db, store.merchantId)).verified,
        now: deps.clock.now(),
        query: null,
        // The owner's own uploads: a draft's images are not public.
        imageUrl: (uploadId) => `/api/v1/uploads/${uploadId}/file`,
        preview: true,
      });
      return reply
        .header('X-Robots-Tag', 'noindex')
        .header('Cache-Control', 'no-store')
        .header('Content-Security-Policy', PREVIEW_CSP)
        .type('text/html; charset=utf-8')
        .send(page);
    },
  );
}

export function notFound(
  reply: FastifyReply,
  locale: Locale,
  message = STOREFRONT_TEXT[locale].unknownStore,
) {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(renderNotFoundPage(locale, message));
}

const isSort = (value: string | undefined): value is BuyerProductSort =>
  (BUYER_PRODUCT_SORTS as readonly string[]).includes(value ?? '');

/** The grid's order and page as one part of the page key. */
function gridView(sort: string | undefined, cursor: string | undefined): string {
  return `${isSort(sort) ? sort : 'newest'} ${cursor ?? ''}`;
}

function parseGridView(view: string): { sort: BuyerProductSort; cursor: string | null } {
  const [sort, cursor] = view.split(' ');
  return { sort: isSort(sort) ? sort : 'newest', cursor: cursor || null };
}
