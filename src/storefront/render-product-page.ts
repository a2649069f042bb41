import type { Locale } from '../server/i18n/locale.ts';
import { html, SafeHtml } from '../server/lib/html.ts';
import type { PublicProduct } from '../server/modules/products/index.ts';
import type { StorefrontStore } from '../server/modules/stores/index.ts';
import { renderPage } from '../server/web/page.ts';
import { formatMoney, minorUnitsPerMajor } from '../shared/money.ts';
import { badges } from './render-storefront.ts';
import { STOREFRONT_TEXT, type StorefrontText } from './storefront-text.ts';
import { storefrontStyle } from './themes.ts';

export interface ProductPageInput {
  store: StorefrontStore;
  product: PublicProduct;
  locale: Locale;
  publicUrl: string;
  verified: boolean;
  now: Date;
  /** The store's logo as the storefront serves it. */
  imageUrl: (uploadId: string) => string;
}

/**
 * A product's page (SPEC §6), whole without JavaScript: the gallery switches images with radio
 * buttons and CSS, prices by quantity are a table, and search engines get canonical, Open Graph
 * and JSON-LD `Product` data.
 */
export function renderProductPage(page: ProductPageInput): string {
  const { store, product, locale } = page;
  const text = STOREFRONT_TEXT[locale];
  const canonical = `${page.publicUrl}/s/${store.slug}/p/${product.id}`;
  const description = summary(product.descriptionHtml) || product.title;
  const mainImage = product.images[0] ? `${page.publicUrl}${product.images[0].url}` : null;
  const head = html`<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
${store.testMode ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:type" content="product">
<meta property="og:site_name" content="Kaidian">
<meta property="og:locale" content="${locale === 'zh-CN' ? 'zh_CN' : 'en_US'}">
<meta property="og:title" content="${product.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
${mainImage ? html`<meta property="og:image" content="${mainImage}">` : ''}
<meta property="product:price:amount" content="${decimalAmount(product.price)}">
<meta property="product:price:currency" content="${product.price.currency}">
<script type="application/ld+json">${jsonLd(page, canonical, description)}</script>`;

  const body = html`<div class="sf tpl-${store.design.templateId} theme-${store.design.theme}">
${store.testMode ? html`<div class="sf-note" role="status">${text.testMode} — ${text.testModeNote}</div>` : ''}
<header class="sf-top"><div class="wrap"><div><a class="sf-name-link" href="/s/${store.slug}">${store.design.name}</a></div>
<form class="pp-search" method="get" action="/search" role="search"><input type="hidden" name="store" value="${store.slug}">
<input type="search" name="q" placeholder="${text.search}" aria-label="${text.search}" maxlength="100"><button type="submit">${text.searchButton}</button></form>
<a class="pp-cartlink" href="/cart">${text.cartLink}</a></div></header>
<main class="wrap pp">
<nav class="pp-crumbs" aria-label="breadcrumb"><a href="/s/${store.slug}">${store.design.name}</a>${
    product.category ? html` › <span>${product.category.name}</span>` : ''
  }</nav>
<div class="pp-top">
${gallery(product, text)}
<section class="pp-buy" aria-labelledby="pp-title">
<h1 id="pp-title" class="pp-title">${product.title}</h1>
<p class="pp-price" data-testid="product-price">${text.fromPrice(formatMoney(product.price, locale))}</p>
<p class="pp-facts"><span>${text.minOrder(product.pricing.minOrderQuantity)}</span>${
    product.salesCount > 0 ? html`<span>${text.sold(product.salesCount)}</span>` : ''
  }<span>${product.inStock ? '' : text.soldOut}</span></p>
${product.pricing.mode === 'by_quantity' ? tierTable(product, locale, text) : ''}
${variantTable(product, locale, text)}
${orderSlot(product, text)}
</section>
</div>
${attributes(product, text)}
<section class="pp-section" aria-labelledby="pp-description"><h2 id="pp-description">${text.description}</h2>
${
  product.descriptionHtml
    ? html`<div class="pp-description">${new SafeHtml(product.descriptionHtml)}</div>`
    : html`<p class="muted">${text.noDescription}</p>`
}</section>
${storeCard(page, text)}
</main>
<footer class="sf-foot">${text.poweredBy}</footer></div>`;

  return renderPage({
    locale,
    title: `${product.title} · ${store.design.name}`,
    head,
    body,
    style:
      storefrontStyle(store.design.templateId, store.design.theme) +
      PRODUCT_PAGE_STYLE +
      galleryStyle(product.images.length),
  });
}

function gallery(product: PublicProduct, text: StorefrontText): SafeHtml {
  const { images } = product;
  if (images.length === 0) {
    return html`<div class="pp-gallery"><div class="pp-main"><span class="sf-noimage">${text.noImage}</span></div></div>`;
  }
  // One radio per image: its label is the thumbnail, and CSS shows the checked one's picture.
  return html`<div class="pp-gallery" data-testid="gallery">
${images.map(
  (_, index) =>
    html`<input class="pp-pick" type="radio" name="pp-image" id="pp-image-${index}"${index === 0 ? new SafeHtml(' checked') : ''}>`,
)}
<div class="pp-main">${images.map(
    (image, index) =>
      html`<img class="pp-image-${index}" src="${image.url}" alt="${index === 0 ? product.title : text.imageOf(index + 1, images.length)}" width="1200" height="1200"${index === 0 ? '' : new SafeHtml(' loading="lazy"')}>`,
  )}</div>
${
  images.length > 1
    ? html`<div class="pp-thumbs">${images.map(
        (image, index) =>
          html`<label for="pp-image-${index}" title="${text.imageOf(index + 1, images.length)}"><img src="${image.thumbUrl}" alt="${text.imageOf(index + 1, images.length)}" width="160" height="160" loading="lazy"></label>`,
      )}</div>`
    : ''
}
</div>`;
}

function galleryStyle(count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `#pp-image-${index}:checked~.pp-main .pp-image-${index}{display:block}#pp-image-${index}:checked~.pp-thumbs label[for=pp-image-${index}]{border-color:var(--brand)}#pp-image-${index}:focus-visible~.pp-thumbs label[for=pp-image-${index}]{outline:2px solid var(--brand)}`,
  ).join('');
}

function tierTable(product: PublicProduct, locale: Locale, text: StorefrontText): SafeHtml | '' {
  if (product.pricing.mode !== 'by_quantity' || product.pricing.tiers.length === 0) return '';
  return html`<table class="pp-table pp-tiers" data-testid="price-tiers"><caption>${text.priceByQuantity}</caption>
<thead><tr><th scope="col">${text.quantity}</th><th scope="col">${text.unitPrice}</th></tr></thead>
<tbody>${product.pricing.tiers.map(
    (tier) =>
      html`<tr><td>${text.tierRange(tier.minQuantity, tier.maxQuantity)}</td><td class="pp-money">${formatMoney(tier.price, locale)}</td></tr>`,
  )}</tbody></table>`;
}

function variantTable(product: PublicProduct, locale: Locale, text: StorefrontText): SafeHtml | '' {
  // A product without options has one variant: nothing to choose between.
  if (product.options.length === 0) return '';
  const byVariant = product.pricing.mode === 'by_variant';
  return html`<div class="pp-scroll"><table class="pp-table pp-variants" data-testid="variants"><caption>${text.variants}</caption>
<thead><tr>${product.options.map((option) => html`<th scope="col">${option.name}</th>`)}${
    byVariant ? html`<th scope="col">${text.unitPrice}</th>` : ''
  }<th scope="col">${text.stock}</th></tr></thead>
<tbody>${product.variants.map(
    (variant) =>
      html`<tr>${product.options.map((option) => html`<td>${variant.options[option.name] ?? ''}</td>`)}${
        byVariant
          ? html`<td class="pp-money">${variant.price ? formatMoney(variant.price, locale) : ''}</td>`
          : ''
      }<td>${variant.stock > 0 ? text.inStock(variant.stock) : text.soldOut}</td></tr>`,
  )}</tbody></table></div>`;
}

/**
 * The add-to-cart form: a plain HTML form (no JavaScript), a variant picker when there are
 * options, and a quantity starting at the minimum order; none for a store taking no orders or a
 * product sold out. The cart prices what is added on the server.
 */
function orderSlot(product: PublicProduct, text: StorefrontText): SafeHtml {
  if (!product.orderable) return html`<div class="pp-order"><p>${text.notOrderable}</p></div>`;
  const buyable = product.variants.filter((variant) => variant.stock > 0);
  if (buyable.length === 0) return html`<div class="pp-order"><p>${text.allSoldOut}</p></div>`;
  const minimum = product.pricing.minOrderQuantity;
  const picker =
    product.options.length === 0
      ? html`<input type="hidden" name="sku" value="${buyable[0]?.sku ?? ''}">`
      : html`<label class="pp-field"><span>${text.chooseVariant}</span><select name="sku" required>${product.variants.map(
          (variant) =>
            html`<option value="${variant.sku}"${variant.stock > 0 ? '' : new SafeHtml(' disabled')}>${product.options
              .map((option) => variant.options[option.name] ?? '')
              .join(
                ' / ',
              )} — ${variant.stock > 0 ? text.inStock(variant.stock) : text.soldOut}</option>`,
        )}</select></label>`;
  return html`<form class="pp-order pp-cart" method="post" action="/cart/items" data-testid="add-to-cart">
<input type="hidden" name="productId" value="${product.id}"><input type="hidden" name="mode" value="add">
${picker}
<label class="pp-field"><span>${text.quantity}</span><input type="number" name="quantity" value="${String(minimum)}" min="1" max="99999" step="1" required inputmode="numeric"></label>
<button type="submit">${text.addToCart}</button></form>`;
}

function attributes(product: PublicProduct, text: StorefrontText): SafeHtml | '' {
  const rows = [
    ...(product.category ? [[text.category, product.category.name] as const] : []),
    ...product.attributes.map((attribute) => [attribute.name, attribute.value] as const),
    ...(product.weightGrams > 0 ? [[text.weight, text.grams(product.weightGrams)] as const] : []),
  ];
  if (rows.length === 0) return '';
  return html`<section class="pp-section" aria-labelledby="pp-specs"><h2 id="pp-specs">${text.specifications}</h2>
<dl class="pp-attributes" data-testid="attributes">${rows.map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}</dl></section>`;
}

function storeCard(page: ProductPageInput, text: StorefrontText): SafeHtml {
  const { store } = page;
  const logo = store.design.logoUploadId ? page.imageUrl(store.design.logoUploadId) : null;
  return html`<section class="pp-section pp-store" aria-labelledby="pp-store" data-testid="store-card">
<h2 id="pp-store">${text.storeCard}</h2><div class="pp-store-row">
${logo ? html`<img class="sf-logo" src="${logo}" alt="" width="56" height="56">` : ''}
<div><p class="pp-store-name">${store.design.name}</p>${badges({ store, locale: page.locale, verified: page.verified, now: page.now }, text)}</div>
<a class="pp-visit" href="/s/${store.slug}">${text.visitStore}</a></div></section>`;
}

/** JSON-LD `Product` for search engines; `<` escaped so no text can close the script element. */
function jsonLd(page: ProductPageInput, url: string, description: string): SafeHtml {
  const { product, store } = page;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description,
    url,
    sku: product.variants.length === 1 ? product.variants[0]?.sku : undefined,
    image: product.images.map((image) => `${page.publicUrl}${image.url}`),
    category: product.category?.name,
    offers: {
      '@type': 'Offer',
      url,
      price: decimalAmount(product.price),
      priceCurrency: product.price.currency,
      availability: product.inStock
        ? 'https://schema.org/InStock'
        : 'https://schema.org/OutOfStock',
      eligibleQuantity: {
        '@type': 'QuantitativeValue',
        minValue: product.pricing.minOrderQuantity,
      },
      seller: {
        '@type': 'Organization',
        name: store.design.name,
        url: `${page.publicUrl}/s/${store.slug}`,
      },
    },
  };
  return new SafeHtml(JSON.stringify(data).replaceAll('<', '\\u003c'));
}

/** 1000 CNY minor units → "10.00": the plain decimal structured data asks for. */
function decimalAmount(money: { amount: number; currency: string }): string {
  const perMajor = minorUnitsPerMajor(money.currency);
  const digits = Math.round(Math.log10(perMajor));
  return (money.amount / perMajor).toFixed(digits);
}

/** The description's text, for meta tags: tags gone, entities kept as written, at most 160 characters. */
function summary(descriptionHtml: string): string {
  const textOnly = descriptionHtml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...textOnly];
  return characters.length <= 160 ? textOnly : `${characters.slice(0, 159).join('')}…`;
}

const PRODUCT_PAGE_STYLE = `
.sf-name-link{color:var(--brand-ink)!important;font-weight:700;font-size:20px;text-decoration:none}
.sf-top .wrap{flex-wrap:wrap;justify-content:space-between;padding-top:12px;padding-bottom:12px}
.pp-search{display:flex;gap:6px;flex:1;max-width:420px;min-width:0}.pp-search input{flex:1;min-width:0;padding:8px;border:0;border-radius:6px;font-size:16px}
.pp-search button{border:0;border-radius:6px;padding:8px 14px;background:var(--brand-dark);color:var(--brand-ink);font-size:15px}
.pp{padding-top:12px}.pp-crumbs{font-size:13px;color:#78716c;margin-bottom:12px}
.pp-top{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:24px;align-items:start}
.pp-gallery{min-width:0}.pp-pick{position:absolute;opacity:0;width:1px;height:1px}
.pp-main{background:#fff;border:1px solid #e7e5e4;border-radius:8px;overflow:hidden;aspect-ratio:1}
.pp-main img{display:none;width:100%;height:100%;object-fit:contain}.pp-main .sf-noimage{height:100%}
.pp-thumbs{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.pp-thumbs label{display:block;width:64px;height:64px;border:2px solid #e7e5e4;border-radius:6px;overflow:hidden;cursor:pointer;background:#fff}
.pp-thumbs img{width:100%;height:100%;object-fit:cover;display:block}
.pp-title{font-size:22px;line-height:1.35;margin:0 0 8px;overflow-wrap:anywhere}
.pp-price{color:var(--brand);font-size:26px;font-weight:700;margin:0}
.pp-facts{display:flex;flex-wrap:wrap;gap:4px 16px;color:#57534e;font-size:14px;margin:6px 0 12px}
.pp-table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0 12px;font-size:14px}
.pp-table caption{text-align:left;font-weight:600;padding:4px 0}
.pp-table th,.pp-table td{border:1px solid #e7e5e4;padding:6px 10px;text-align:left}
.pp-table thead{background:var(--brand-soft)}.pp-money{font-weight:600;color:var(--brand-dark)}
.pp-scroll{overflow-x:auto;max-width:100%}
.pp-order{background:#fff;border:1px dashed #d6d3d1;border-radius:8px;padding:10px 14px;color:#57534e;font-size:14px}
.pp-order p{margin:0}
.pp-cart{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-end;border-style:solid}
.pp-field{display:flex;flex-direction:column;gap:4px;font-size:13px;color:#57534e}
.pp-field select,.pp-field input{font:inherit;font-size:15px;padding:8px 10px;border:1px solid #d6d3d1;border-radius:6px;background:#fff;color:#1c1917;min-height:40px}
.pp-field input{width:110px}
.pp-cart button{font:inherit;font-size:15px;font-weight:600;padding:9px 20px;min-height:40px;border:0;border-radius:6px;background:var(--brand);color:var(--brand-ink);cursor:pointer}
.pp-cartlink{color:var(--brand-ink)!important;font-weight:600;white-space:nowrap}
.pp-section{background:#fff;border:1px solid #e7e5e4;border-radius:8px;padding:16px;margin-top:20px}
.pp-section h2{font-size:17px;margin:0 0 10px}
.pp-attributes{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:8px 24px;margin:0}
.pp-attributes div{display:flex;gap:8px;min-width:0}.pp-attributes dt{color:#78716c;flex:none}.pp-attributes dd{margin:0;overflow-wrap:anywhere}
.pp-description{overflow-wrap:anywhere}.pp-description img{max-width:100%;height:auto}
.pp-description table{border-collapse:collapse;max-width:100%;display:block;overflow-x:auto}
.pp-description td,.pp-description th{border:1px solid #e7e5e4;padding:4px 8px}
.pp-store-row{display:flex;gap:12px;align-items:center;flex-wrap:wrap}.pp-store-row>div{flex:1;min-width:0}.pp-store-row .sf-logo{width:56px;height:56px;border-color:#e7e5e4}
.pp-store-name{font-weight:700;margin:0}.pp-visit{margin-left:auto;padding:8px 14px;border:1px solid var(--brand);border-radius:6px;text-decoration:none}
@media (max-width:640px){.pp-top{grid-template-columns:1fr}.pp-title{font-size:19px}.pp-search{max-width:none;flex-basis:100%}}`;
