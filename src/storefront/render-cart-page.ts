import type { Locale } from '../server/i18n/locale.ts';
import { html, type SafeHtml } from '../server/lib/html.ts';
import type { CartLineView, CartView } from '../server/modules/carts/index.ts';
import { renderPage } from '../server/web/page.ts';
import { formatMoney } from '../shared/money.ts';
import { STOREFRONT_TEXT, type StorefrontText } from './storefront-text.ts';

export interface CartPageInput {
  locale: Locale;
  cart: CartView | null;
  /** Store names by slug, for the groups' headings. */
  storeNames: Map<string, string>;
}

/**
 * The guest's cart (SPEC §7), without JavaScript: one group per store (each becomes one order),
 * a form per line to change the quantity or remove it, and every line that cannot be bought as
 * it stands saying why.
 */
export function renderCartPage(page: CartPageInput): string {
  const text = STOREFRONT_TEXT[page.locale];
  const { cart } = page;
  const lines = cart?.items ?? [];
  const groups = groupByStore(lines);
  const body = html`<header class="bar"><div class="wrap"><a class="brand" href="/search">Kaidian</a></div></header>
<main class="wrap ct">
<h1>${text.cart.title}</h1>
${
  lines.length === 0
    ? html`<div class="card ct-empty"><p>${text.cart.empty}</p><p><a href="/search">${text.cart.keepShopping}</a></p></div>`
    : html`${[...groups].map(([slug, storeLines]) => {
        const subtotal = cart?.stores.find((store) => store.slug === slug)?.subtotal;
        return html`<section class="card ct-store" aria-labelledby="ct-store-${slug ?? 'gone'}" data-testid="cart-store">
<h2 id="ct-store-${slug ?? 'gone'}">${slug ? html`<a href="/s/${slug}">${page.storeNames.get(slug) ?? slug}</a>` : text.cart.gone}</h2>
<ul class="ct-lines">${storeLines.map((line) => cartLine(line, page.locale, text))}</ul>
${subtotal ? html`<p class="ct-subtotal">${moneyLabel(text.cart.subtotal, formatMoney(subtotal, page.locale))}</p>` : ''}
</section>`;
      })}
<div class="card ct-total"><p>${moneyLabel(text.cart.total, formatMoney(cart?.total ?? { amount: 0, currency: 'CNY' }, page.locale), 'cart-total')}</p>
${
  cart?.ready
    ? html`<p><a class="ct-checkout" href="/checkout">${text.cart.checkout}</a></p>`
    : html`<p class="ct-warn" role="status">${text.cart.fixFirst}</p>`
}</div>`
}
</main>`;
  return renderPage({
    locale: page.locale,
    title: `${text.cart.title} · Kaidian`,
    head: html`<meta name="robots" content="noindex">`,
    body,
    style: CART_STYLE,
  });
}

/** "Total: ¥1.00" in the language's own punctuation, the amount in bold. */
function moneyLabel(label: (price: string) => string, price: string, testId?: string): SafeHtml {
  const [before = '', after = ''] = label('\u0000').split('\u0000');
  return html`${before}<strong${testId ? html` data-testid="${testId}"` : ''}>${price}</strong>${after}`;
}

function groupByStore(lines: CartLineView[]): Map<string | null, CartLineView[]> {
  const groups = new Map<string | null, CartLineView[]>();
  for (const line of lines)
    groups.set(line.storeSlug, [...(groups.get(line.storeSlug) ?? []), line]);
  return groups;
}

function cartLine(line: CartLineView, locale: Locale, text: StorefrontText): SafeHtml {
  const title = line.title ?? line.sku;
  const options = Object.values(line.options).join(' / ');
  const problem = problemText(line, text);
  return html`<li class="ct-line" data-testid="cart-line" data-sku="${line.sku}">
${line.imageUrl ? html`<img src="${line.imageUrl}" alt="" width="64" height="64">` : html`<span class="ct-noimage"></span>`}
<div class="ct-what">${
    line.storeSlug
      ? html`<a href="/s/${line.storeSlug}/p/${line.productId}">${title}</a>`
      : html`<span>${title}</span>`
  }${options ? html`<span class="muted">${options}</span>` : ''}
${line.unitPrice ? html`<span>${text.cart.unitPrice(formatMoney(line.unitPrice, locale))}</span>` : ''}
${
  line.previousUnitPrice && line.unitPrice
    ? html`<span class="ct-warn">${text.cart.priceChanged(formatMoney(line.previousUnitPrice, locale), formatMoney(line.unitPrice, locale))}</span>`
    : ''
}${problem ? html`<span class="ct-warn">${problem}</span>` : ''}</div>
<form class="ct-qty" method="post" action="/cart/items">
<input type="hidden" name="productId" value="${line.productId}"><input type="hidden" name="sku" value="${line.sku}"><input type="hidden" name="mode" value="set">
<input type="number" name="quantity" value="${String(line.quantity)}" min="0" max="99999" step="1" required inputmode="numeric" aria-label="${text.cart.quantityOf(title)}">
<button type="submit">${text.cart.update}</button>
<button type="submit" name="remove" value="1" class="ct-remove" formnovalidate>${text.cart.remove}</button></form>
<p class="ct-linetotal">${line.lineTotal && !line.problem ? formatMoney(line.lineTotal, locale) : '—'}</p>
</li>`;
}

function problemText(line: CartLineView, text: StorefrontText): string | null {
  switch (line.problem) {
    case null:
      return null;
    case 'below_minimum':
      return text.cart.problems.below_minimum(line.minOrderQuantity ?? 1);
    case 'not_enough_stock':
      return text.cart.problems.not_enough_stock(line.stock);
    default:
      return text.cart.problems[line.problem];
  }
}

const CART_STYLE = `
.ct h1{font-size:24px;margin:0 0 16px}.ct .card{margin-bottom:16px}
.ct-store h2{font-size:16px;margin:0 0 8px}.ct-store h2 a{color:inherit}
.ct-lines{list-style:none;margin:0;padding:0}
.ct-line{display:grid;grid-template-columns:64px 1fr auto;grid-template-areas:"img what total" "img qty qty";gap:8px 12px;padding:12px 0;border-top:1px solid #e7e5e4;align-items:start}
.ct-line:first-child{border-top:0}
.ct-line img,.ct-noimage{grid-area:img;width:64px;height:64px;border-radius:6px;object-fit:cover;background:#f5f5f4;display:block}
.ct-what{grid-area:what;display:flex;flex-direction:column;gap:2px;min-width:0;overflow-wrap:anywhere}
.ct-linetotal{grid-area:total;margin:0;font-weight:600;white-space:nowrap}
.ct-qty{grid-area:qty;display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.ct-qty input{width:96px;font:inherit;padding:6px 8px;border:1px solid #d6d3d1;border-radius:6px;min-height:36px}
.ct-qty button{font:inherit;padding:6px 14px;min-height:36px;border:1px solid #d6d3d1;border-radius:6px;background:#fff;cursor:pointer}
.ct-qty .ct-remove{color:#b91c1c;border-color:transparent;background:none;text-decoration:underline}
.ct-warn{color:#b45309}.ct-subtotal{text-align:right;margin:8px 0 0}
.ct-total p{margin:4px 0}.ct-checkout{display:inline-block;margin-top:8px;padding:10px 24px;border-radius:6px;background:#c2410c;color:#fff!important;font-weight:600;text-decoration:none}.ct-total strong{font-size:20px}
@media (min-width:640px){.ct-line{grid-template-columns:64px 1fr auto auto;grid-template-areas:"img what qty total"}}`;
