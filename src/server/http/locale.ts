import type { FastifyInstance } from 'fastify';
import { type Locale, resolveLocale } from '../i18n/locale.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language answers and e-mails triggered by this request are written in. */
    locale: Locale;
  }
}

export function registerLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request) => {
    request.locale = resolveLocale(request.cookies?.lang, request.headers['accept-language']);
  });
}
