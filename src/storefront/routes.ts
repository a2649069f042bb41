import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { AppDeps, AppInstance } from '../server/app-types.ts';
import { sendCachedBody } from '../server/cache/cached-body.ts';
import { AppError } from '../server/errors.ts';
import { merchantIdOf, requireMerchant } from '../server/http/session-auth.ts';
import { approvedIdentity } from '../server/modules/kyc/index.ts';
import {
  draftStorefront,
  findStorefront,
  followStorefrontVersions,
  publishedImage,
} from '../server/modules/stores/index.ts';
import { renderNotFoundPage } from '../server/web/page.ts';
import { matchesIfNoneMatch } from './etag.ts';
import { renderStorefront } from './render-storefront.ts';
import { type PageKey, storefrontPages } from './storefront-pages.ts';
import { STOREFRONT_TEXT } from './storefront-text.ts';
import { yearsOpen } from './years-open.ts';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
// Inline styles are the page's only CSS; nothing else may load or run. Nobody frames the public
// page; the owner's preview is framed by the design page, on the same origin.
const STOREFRONT_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const MAX_VERIFIED_REMEMBERED = 100_000;
const PREVIEW_CSP = STOREFRONT_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

/** The public storefront, server-rendered so it reads without JavaScript; and the owner's preview. */
export async function storefrontRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const pages = storefrontPages();
  const verifiedMerchants = new Set<string>();
  const versions = await followStorefrontVersions(deps.database, app.log);
  app.addHook('onClose', async () => versions.close());

  app.get(
    '/s/:slug',
    {
      schema: {
        hide: true,
        params: SlugParams,
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
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
      };
      const page = pages.get(key) ?? (await render(slug, key, now));
      if (!page) return notFound(reply, locale);
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
    },
  );

  async function render(slug: string, key: PageKey, now: Date) {
    const store = await findStorefront(db, slug);
    if (!store) return null;
    const html = renderStorefront({
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

function notFound(reply: FastifyReply, locale: 'en' | 'zh-CN') {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(renderNotFoundPage(locale, STOREFRONT_TEXT[locale].unknownStore));
}
