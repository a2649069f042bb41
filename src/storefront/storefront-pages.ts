import { keepNewest } from '../server/cache/bounded-map.ts';
import { type CachedBody, cachedBody } from '../server/cache/cached-body.ts';
import type { Locale } from '../server/i18n/locale.ts';
import { strongEtag } from './etag.ts';

/** A rendered storefront page, its validator, and its compressed variants once asked for. */
export interface StorefrontPage {
  etag: string;
  body: CachedBody;
}

/** Everything a page is built from; pages with the same key are the same bytes. */
export interface PageKey {
  storeId: string;
  /** The store's and its type's row version (StorefrontVersion.version). */
  version: string;
  verified: boolean;
  yearsOpen: number;
  locale: Locale;
  query: string | null;
  /** Which page of the store: the grid's order and cursor, or a product's page. */
  view: string;
}

// Enough for every storefront a busy instance serves in both languages, with room for searches.
const MAX_PAGES = 2_000;

/**
 * Rendered pages by what they are built from. A change to any input is a new key, so nothing
 * needs telling (in this instance or another): the old page is simply never asked for again,
 * and drops out as newer ones arrive.
 */
export function storefrontPages() {
  const pages = new Map<string, StorefrontPage>();
  const keyOf = (key: PageKey) =>
    [
      key.storeId,
      key.version,
      key.verified,
      key.yearsOpen,
      key.locale,
      key.query ?? '',
      key.view,
    ].join('\n');
  return {
    get: (key: PageKey) => pages.get(keyOf(key)),
    put(key: PageKey, html: string): StorefrontPage {
      const page = { etag: strongEtag(html), body: cachedBody(html, 'text/html; charset=utf-8') };
      return keepNewest(pages, keyOf(key), page, MAX_PAGES);
    },
  };
}
