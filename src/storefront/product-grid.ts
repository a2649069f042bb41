import type { Locale } from '../server/i18n/locale.ts';
import { html, type SafeHtml } from '../server/lib/html.ts';
import type { BuyerProductSort, ProductCard } from '../server/modules/products/index.ts';
import { formatMoney } from '../shared/money.ts';
import type { StorefrontText } from './storefront-text.ts';

/** The product cards of a storefront or a search page: main image, title, from-price, MOQ. */
export function productGrid(items: ProductCard[], locale: Locale, text: StorefrontText): SafeHtml {
  return html`<ul class="sf-grid" data-testid="product-grid">${items.map(
    (
      item,
    ) => html`<li class="sf-card" data-testid="product-card"><a href="/s/${item.storeSlug}/p/${item.id}">
${
  item.imageUrl
    ? html`<img src="${item.imageUrl}" alt="" width="480" height="480" loading="lazy">`
    : html`<span class="sf-noimage">${text.noImage}</span>`
}
<span class="sf-card-title">${item.title}</span>
<span class="sf-card-price">${text.fromPrice(formatMoney(item.price, locale))}</span>
<span class="sf-card-moq">${text.minOrder(item.minOrderQuantity)}</span></a></li>`,
  )}</ul>`;
}

/** Links to the other orders of the same list; the current one is marked, not linked. */
export function sortLinks(
  current: BuyerProductSort,
  hrefOf: (sort: BuyerProductSort) => string,
  text: StorefrontText,
): SafeHtml {
  const sorts = Object.keys(text.sorts) as BuyerProductSort[];
  return html`<nav class="sf-sorts" aria-label="${text.sortLabel}"><span>${text.sortLabel}:</span>${sorts.map(
    (sort) =>
      sort === current
        ? html`<strong aria-current="true">${text.sorts[sort]}</strong>`
        : html`<a href="${hrefOf(sort)}" rel="nofollow">${text.sorts[sort]}</a>`,
  )}</nav>`;
}

/** The next page's link (keyset cursor) and, past the first page, the way back to it. */
export function pagingLinks(
  next: string | null,
  first: string | null,
  text: StorefrontText,
): SafeHtml | '' {
  if (!next && !first) return '';
  return html`<nav class="sf-paging">${first ? html`<a href="${first}">${text.firstPage}</a>` : ''}${
    next ? html`<a href="${next}" rel="next" data-testid="next-page">${text.nextPage} →</a>` : ''
  }</nav>`;
}

/** A path with its query string, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const PRODUCT_GRID_STYLE = `
.sf-card{background:#fff;border:1px solid #e7e5e4;border-radius:8px;overflow:hidden;min-width:0}
.sf-card a{display:flex;flex-direction:column;gap:4px;color:inherit;text-decoration:none;height:100%;padding-bottom:10px}
.sf-card img,.sf-noimage{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover;background:#f5f5f4}
.sf-noimage{display:flex;align-items:center;justify-content:center;color:#a8a29e;font-size:13px}
.sf-card-title{padding:0 10px;font-size:14px;line-height:1.4;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;overflow-wrap:anywhere}
.sf-card-price{padding:0 10px;color:var(--brand,#c2410c);font-weight:700;font-size:16px}
.sf-card-moq{padding:0 10px;color:#78716c;font-size:12px}
.sf-sorts{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:14px;margin:8px 0 12px}
.sf-sorts span{color:#78716c}
.sf-paging{display:flex;justify-content:space-between;gap:12px;margin:16px 0}
.sf-paging a{padding:8px 14px;border:1px solid #d6d3d1;border-radius:6px;background:#fff;text-decoration:none}
.sf-paging a[rel=next]{margin-left:auto}`;
