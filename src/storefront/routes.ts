import { Type } from '@sinclair/typebox';
import type { AppInstance } from '../server/app-types.ts';
import { renderNotFoundPage } from '../server/web/page.ts';

const unknownStore = {
  en: 'This store does not exist or is not open.',
  'zh-CN': '该店铺不存在或尚未开业。',
} as const;

/** The public storefront, server-rendered so it reads without JavaScript. */
export function storefrontRoutes(app: AppInstance): void {
  app.get(
    '/s/:slug',
    {
      schema: {
        hide: true,
        params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
      },
    },
    async (request, reply) => {
      // No store is published yet: every slug is an unknown store until stores exist.
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(renderNotFoundPage(request.locale, unknownStore[request.locale]));
    },
  );
}
