import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../server/app-types.ts';
import { escapeHtml } from '../server/lib/html.ts';
import {
  sitemapProductPages,
  sitemapProducts,
  sitemapStores,
} from '../server/modules/products/index.ts';

const XML = 'application/xml; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `/robots.txt` and the sitemaps (SPEC §6): `/sitemap.xml` is an index naming one file of
 * storefronts and one file per 10,000 published products, so 100k products never make one
 * response of them all.
 */
export async function sitemapRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const base = deps.config.publicUrl;

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('Cache-Control', 'public, max-age=3600')
      .send(
        [
          'User-agent: *',
          'Allow: /s/',
          'Allow: /search',
          'Disallow: /api/',
          'Disallow: /admin',
          // The seller center's pages and the sign-in ones: nothing for a search engine.
          ...[
            '/login',
            '/signup',
            '/forgot-password',
            '/dashboard',
            '/account',
            '/profile',
            '/verification',
            '/store',
            '/products',
            '/orders',
            '/dev',
          ].map((path) => `Disallow: ${path}`),
          '',
          `Sitemap: ${base}/sitemap.xml`,
          '',
        ].join('\n'),
      ),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const pages = await sitemapProductPages(db);
    const files = [
      `${base}/sitemap/stores.xml`,
      ...pages.map((id) => `${base}/sitemap/products/${id}.xml`),
    ];
    return sendXml(
      reply,
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files
        .map((loc) => `<sitemap><loc>${escapeHtml(loc)}</loc></sitemap>`)
        .join('\n')}\n</sitemapindex>`,
    );
  });

  app.get('/sitemap/stores.xml', { schema: { hide: true } }, async (_request, reply) => {
    const stores = await sitemapStores(db);
    return sendXml(
      reply,
      urlset(
        stores.map((store) => `<url><loc>${escapeHtml(`${base}/s/${store.slug}`)}</loc></url>`),
      ),
    );
  });

  app.get(
    '/sitemap/products/:file',
    {
      schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 60 }) }) },
    },
    async (request, reply) => {
      const fromId = request.params.file.replace(/\.xml$/, '');
      if (!UUID.test(fromId)) return reply.code(404).type(XML).send('');
      const products = await sitemapProducts(db, fromId);
      return sendXml(
        reply,
        urlset(
          products.map(
            (product) =>
              `<url><loc>${escapeHtml(`${base}/s/${product.storeSlug}/p/${product.id}`)}</loc><lastmod>${product.updatedAt.toISOString()}</lastmod></url>`,
          ),
        ),
      );
    },
  );
}

function urlset(urls: string[]): string {
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>`;
}

function sendXml(reply: import('fastify').FastifyReply, body: string) {
  return reply
    .type(XML)
    .header('Cache-Control', 'public, max-age=600')
    .send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}
