import type { Locale } from '../server/i18n/locale.ts';
import { html } from '../server/lib/html.ts';
import type { ProductPage } from '../server/modules/products/index.ts';
import { renderPage } from '../server/web/page.ts';
import { PRODUCT_GRID_STYLE, pagingLinks, productGrid, withQuery } from './product-grid.ts';
import { STOREFRONT_TEXT } from './storefront-text.ts';

export interface SearchPageInput {
  locale: Locale;
  publicUrl: string;
  /** What was typed, trimmed; null for nothing (the latest products). */
  query: string | null;
  /** Only this store's products: its slug and name. */
  store: { slug: string; name: string } | null;
  cursor: string | null;
  results: ProductPage;
}

/** Platform search `/search?q=&store=` (SPEC §6): every store's products, without JavaScript. */
export function renderSearchPage(page: SearchPageInput): string {
  const text = STOREFRONT_TEXT[page.locale];
  const { items, nextCursor } = page.results;
  const store = page.store?.slug ?? null;
  const heading = page.query ? text.searchResults(page.query) : text.latestProducts;
  const head = html`<meta name="description" content="${text.searchDescription}">
<link rel="canonical" href="${page.publicUrl}/search">
${page.query || page.store || page.cursor ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:type" content="website">
<meta property="og:site_name" content="Kaidian">
<meta property="og:title" content="${text.searchTitle}">
<meta property="og:url" content="${page.publicUrl}/search">`;

  const body = html`<header class="bar"><div class="wrap"><a class="brand" href="/search">Kaidian</a>
<form class="sr-form" method="get" action="/search" role="search">
${store ? html`<input type="hidden" name="store" value="${store}">` : ''}
<input type="search" name="q" value="${page.query ?? ''}" placeholder="${text.searchPlaceholder}" aria-label="${text.searchTitle}" maxlength="100">
<button type="submit">${text.searchButton}</button></form></div></header>
<main class="wrap">
<h1 class="sr-heading">${heading}</h1>
${
  page.store
    ? html`<p class="sr-scope">${text.inStore(page.store.name)} · <a href="${withQuery('/search', { q: page.query })}">${text.allStores}</a></p>`
    : ''
}
${
  items.length === 0 && page.cursor === null
    ? html`<p class="sf-empty" data-testid="product-empty">${page.query ? text.noResults(page.query) : text.noProducts}</p>`
    : productGrid(items, page.locale, text)
}
${pagingLinks(
  nextCursor ? withQuery('/search', { q: page.query, store, cursor: nextCursor }) : null,
  page.cursor ? withQuery('/search', { q: page.query, store }) : null,
  text,
)}
</main>`;

  return renderPage({
    locale: page.locale,
    title: page.query
      ? `${page.query} · ${text.searchTitle} · Kaidian`
      : `${text.searchTitle} · Kaidian`,
    head,
    body,
    style: SEARCH_STYLE + PRODUCT_GRID_STYLE,
  });
}

const SEARCH_STYLE = `
header.bar .wrap{flex-wrap:wrap}.sr-form{display:flex;gap:8px;flex:1;min-width:0}
.sr-form input{flex:1;min-width:0;padding:9px;border:1px solid #d6d3d1;border-radius:6px;font-size:16px}
.sr-form button{background:#c2410c;color:#fff;border:0;border-radius:6px;padding:9px 16px;font-size:16px}
.sr-heading{font-size:20px;margin:0 0 12px;overflow-wrap:anywhere}.sr-scope{color:#57534e;margin:-4px 0 12px}
.sf-grid{display:grid;gap:12px;grid-template-columns:repeat(4,minmax(0,1fr));list-style:none;padding:0}
.sf-empty{padding:48px 16px;text-align:center;color:#78716c;background:#fff;border:1px dashed #d6d3d1;border-radius:8px}
@media (max-width:640px){.sf-grid{grid-template-columns:repeat(2,minmax(0,1fr))}.sr-form{flex-basis:100%}}`;
