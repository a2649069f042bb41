import type { Locale } from '../server/i18n/locale.ts';
import { html, type SafeHtml } from '../server/lib/html.ts';
import type { BuyerProductSort, ProductPage } from '../server/modules/products/index.ts';
import type { StorefrontStore } from '../server/modules/stores/index.ts';
import { renderPage } from '../server/web/page.ts';
import {
  PRODUCT_GRID_STYLE,
  pagingLinks,
  productGrid,
  sortLinks,
  withQuery,
} from './product-grid.ts';
import { STOREFRONT_TEXT, type StorefrontText } from './storefront-text.ts';
import { storefrontStyle } from './themes.ts';
import { yearsOpen } from './years-open.ts';

export interface StorefrontPage {
  store: StorefrontStore;
  locale: Locale;
  publicUrl: string;
  /** The owner's identity is approved: the verified badge. */
  verified: boolean;
  now: Date;
  /** A search within the store (`?q=`); null for the store's front page. */
  query: string | null;
  /** Where the page's images are fetched from (public media, or the owner's own uploads). */
  imageUrl: (uploadId: string) => string;
  /** The owner looking at the draft. */
  preview: boolean;
  /** The products shown, in this order, from this cursor (null: the first page). */
  products: ProductPage;
  sort: BuyerProductSort;
  cursor: string | null;
}

/**
 * The storefront as HTML that reads without JavaScript (SPEC §5): template and theme, logo,
 * banner, badges, announcement, in-store search, the product grid, about and contacts, with the
 * head search engines and link previews read.
 */
export function renderStorefront(page: StorefrontPage): string {
  const { store, locale } = page;
  const text = STOREFRONT_TEXT[locale];
  const { design } = store;
  const canonical = `${page.publicUrl}/s/${store.slug}`;
  const description = truncate(
    design.announcement || design.about || text.defaultDescription(design.name),
    160,
  );
  const logoUrl = design.logoUploadId ? page.imageUrl(design.logoUploadId) : null;
  const bannerUrl = design.bannerUploadId ? page.imageUrl(design.bannerUploadId) : null;
  // Previews, searches and test-mode stores are not pages search engines should keep.
  const noindex =
    page.preview ||
    page.query !== null ||
    page.cursor !== null ||
    page.sort !== 'newest' ||
    store.testMode;
  const title = page.query
    ? `${text.search}: ${page.query} · ${design.name}`
    : `${design.name} · Kaidian`;

  const head = html`<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
${noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:type" content="website">
<meta property="og:site_name" content="Kaidian">
<meta property="og:locale" content="${locale === 'zh-CN' ? 'zh_CN' : 'en_US'}">
<meta property="og:title" content="${design.name}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
${logoUrl ? html`<meta property="og:image" content="${absolute(page.publicUrl, logoUrl)}">` : ''}`;

  const body = html`<div class="sf tpl-${design.templateId} theme-${design.theme}">
${page.preview ? html`<div class="sf-note" role="status">${text.preview}</div>` : ''}
${store.testMode ? html`<div class="sf-note" role="status">${text.testMode} — ${text.testModeNote}</div>` : ''}
<header class="sf-top"><div class="wrap">
${logoUrl ? html`<img class="sf-logo" src="${logoUrl}" alt="${design.name}" width="72" height="72">` : ''}
<div><h1 class="sf-name">${design.name}</h1>${badges(page, text)}</div>
</div></header>
${bannerUrl ? html`<img class="sf-banner" src="${bannerUrl}" alt="" width="1200" height="300">` : ''}
<main class="wrap sf-body">
${design.templateId === 'wholesale' ? html`<aside class="sf-side">${aboutSection(page, text)}</aside>` : ''}
<div class="sf-main">
${design.announcement ? html`<section aria-label="${text.announcement}"><p class="sf-announcement">${design.announcement}</p></section>` : ''}
<form class="sf-search" method="get" action="/s/${store.slug}" role="search">
<input type="search" name="q" value="${page.query ?? ''}" placeholder="${text.search}" aria-label="${text.search}" maxlength="100">
<button type="submit">${text.searchButton}</button></form>
<section class="sf-products" aria-labelledby="sf-products-title">
<h2 id="sf-products-title">${text.products}</h2>
${productSection(page, text)}
</section>
${design.templateId === 'wholesale' ? '' : aboutSection(page, text)}
</div></main>
<footer class="sf-foot">${text.poweredBy}</footer></div>`;

  return renderPage({
    locale,
    title,
    head,
    body,
    style: storefrontStyle(design.templateId, design.theme) + PRODUCT_GRID_STYLE,
  });
}

function productSection(page: StorefrontPage, text: StorefrontText): SafeHtml {
  const { items, nextCursor } = page.products;
  if (items.length === 0 && page.cursor === null) {
    return html`<p class="sf-empty" data-testid="product-empty">${page.query ? text.noResults(page.query) : text.noProducts}</p>`;
  }
  const path = `/s/${page.store.slug}`;
  // The owner's preview shows the grid as buyers will, without links that leave the preview.
  const href = (params: Record<string, string | null>) =>
    page.preview ? null : withQuery(path, { q: page.query, ...params });
  const sortHref = (sort: BuyerProductSort) =>
    href({ sort: sort === 'newest' ? null : sort }) ?? '#';
  const sort = page.sort === 'newest' ? null : page.sort;
  return html`${sortLinks(page.sort, sortHref, text)}
${productGrid(items, page.locale, text)}
${pagingLinks(
  nextCursor ? href({ sort, cursor: nextCursor }) : null,
  page.cursor ? href({ sort }) : null,
  text,
)}`;
}

/** The store's badges: verified, its type, years open (the storefront's head, a product's store card). */
export function badges(
  page: Pick<StorefrontPage, 'store' | 'locale' | 'verified' | 'now'>,
  text: StorefrontText,
): SafeHtml {
  const years = yearsOpen(page.store.firstActivatedAt, page.now);
  const typeName =
    page.locale === 'zh-CN' ? page.store.storeType.nameZh : page.store.storeType.nameEn;
  return html`<ul class="sf-badges">
${page.verified ? html`<li class="sf-badge verified" title="${text.verifiedTitle}" data-testid="verified-badge">✓ ${text.verified}</li>` : ''}
<li class="sf-badge">${typeName}</li>
<li class="sf-badge" data-testid="years-open">${years === 0 ? text.newStore : text.openYears(years)}</li>
${page.store.testMode ? html`<li class="sf-badge test">${text.testMode}</li>` : ''}
</ul>`;
}

function aboutSection(page: StorefrontPage, text: StorefrontText): SafeHtml {
  const { about, contacts } = page.store.design;
  const entries = (Object.keys(text.contactLabels) as (keyof typeof text.contactLabels)[])
    .map((key) => [key, contacts[key]] as const)
    .filter(([, value]) => value);
  return html`${about ? html`<section><h2>${text.about}</h2><p class="sf-about">${about}</p></section>` : ''}
${
  entries.length > 0
    ? html`<section><h2>${text.contacts}</h2><dl class="sf-contacts">${entries.map(
        ([key, value]) =>
          html`<dt>${text.contactLabels[key]}</dt><dd>${contactValue(key, value ?? '')}</dd>`,
      )}</dl></section>`
    : ''
}`;
}

function contactValue(key: string, value: string): SafeHtml | string {
  if (key === 'email' && /^[^\s@]+@[^\s@]+$/.test(value))
    return html`<a href="mailto:${value}">${value}</a>`;
  if (key === 'phone' && /^\+?[\d\s-]{5,}$/.test(value)) {
    return html`<a href="tel:${value.replace(/[\s-]/g, '')}">${value}</a>`;
  }
  return value;
}

function truncate(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

function absolute(publicUrl: string, path: string): string {
  return path.startsWith('http') ? path : `${publicUrl}${path}`;
}
