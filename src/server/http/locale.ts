import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Locale, resolveLocale } from '../i18n/locale.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language answers and e-mails triggered by this request are written in. */
    locale: Locale;
  }
}

const CHOSEN = Symbol('kaidian.locale');
type WithChosen = FastifyRequest & { [CHOSEN]: Locale | null };

// Browsers send the same few Accept-Language values again and again: each is ranked once.
const byAcceptLanguage = new Map<string, Locale>();
const REMEMBERED_HEADERS = 500;

/**
 * `request.locale` is worked out when something first reads it (an error message, a page, an
 * e-mail), not for every request: a 304 or a cached JSON answer never does.
 */
export function registerLocale(app: FastifyInstance): void {
  app.decorateRequest(CHOSEN, null);
  app.decorateRequest('locale', {
    getter(): Locale {
      const request = this as WithChosen;
      request[CHOSEN] ??= requestLocale(request);
      return request[CHOSEN];
    },
    setter(locale: Locale) {
      (this as WithChosen)[CHOSEN] = locale;
    },
  });
}

function requestLocale(request: FastifyRequest): Locale {
  const langCookie = request.cookies?.lang;
  const acceptLanguage = request.headers['accept-language'];
  if (langCookie || acceptLanguage === undefined) return resolveLocale(langCookie, acceptLanguage);
  let locale = byAcceptLanguage.get(acceptLanguage);
  if (locale === undefined) {
    locale = resolveLocale(undefined, acceptLanguage);
    if (byAcceptLanguage.size >= REMEMBERED_HEADERS) byAcceptLanguage.clear();
    byAcceptLanguage.set(acceptLanguage, locale);
  }
  return locale;
}
