import type { Locale } from '../server/i18n/locale.ts';
import { html, type SafeHtml } from '../server/lib/html.ts';
import type { CartView } from '../server/modules/carts/index.ts';
import { addressLine } from '../server/modules/orders/index.ts';
import type { BankAccount, ProviderCode } from '../server/modules/payments/index.ts';
import { renderPage } from '../server/web/page.ts';
import { formatMoney } from '../shared/money.ts';
import { STOREFRONT_TEXT } from './storefront-text.ts';

/** A buyer's order as the order page shows it (the API's buyer order view). */
export interface OrderPageOrder {
  id: string;
  number: string;
  status: keyof (typeof STOREFRONT_TEXT)['en']['order']['status'];
  store: { slug: string | null; name: string | null };
  items: {
    title: string;
    sku: string;
    options: Record<string, string>;
    quantity: number;
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number; currency: string };
  }[];
  total: { amount: number; currency: string };
  buyer: { name: string; email: string; phone: string };
  shippingAddress: {
    country: string;
    region: string;
    city: string;
    line1: string;
    postalCode: string;
  };
  payBy: string;
  payment: { id: string; provider: string; status: string; reference: string | null } | null;
  timeline: { status: string; at: string }[];
}

const page = (locale: Locale, title: string, body: SafeHtml) =>
  renderPage({
    locale,
    title: `${title} · Kaidian`,
    head: html`<meta name="robots" content="noindex">`,
    body: html`<header class="bar"><div class="wrap"><a class="brand" href="/search">Kaidian</a><a class="co-cart" href="/cart">${STOREFRONT_TEXT[locale].cartLink}</a></div></header>
<main class="wrap co">${body}</main>`,
    style: CHECKOUT_STYLE,
  });

/** The checkout form (SPEC §7): contact, shipping address and a way to pay, without JavaScript. */
export function renderCheckoutPage(input: {
  locale: Locale;
  cart: CartView;
  providers: ProviderCode[];
  offlineDays: number;
}): string {
  const { locale, cart } = input;
  const text = STOREFRONT_TEXT[locale];
  const t = text.checkout;
  const field = (name: string, label: string, attributes: SafeHtml | string = '') =>
    html`<label class="co-field"><span>${label}</span><input name="${name}" required ${attributes}></label>`;
  const body = html`<h1>${t.title}</h1>
<div class="card co-summary"><p>${t.onePerStore(cart.stores.length)}</p>
<ul>${cart.items.map((item) => html`<li>${item.title ?? item.sku} × ${String(item.quantity)}</li>`)}</ul>
<p>${text.order.total(formatMoney(cart.total, locale))}</p><p><a href="/cart">${t.backToCart}</a></p></div>
${
  input.providers.length === 0
    ? html`<div class="card"><p class="co-warn" role="status">${t.noProvider}</p></div>`
    : html`<form class="card co-form" method="post" action="/checkout" data-testid="checkout-form">
<fieldset><legend>${t.contact}</legend>
${field('name', t.name, html`maxlength="100" autocomplete="name"`)}
${field('email', t.email, html`type="email" maxlength="254" autocomplete="email"`)}
${field('phone', t.phone, html`type="tel" maxlength="40" autocomplete="tel"`)}
</fieldset>
<fieldset><legend>${t.address}</legend>
<label class="co-field"><span>${t.country}</span><select name="country" autocomplete="country">${COUNTRIES.map(
        (code) =>
          html`<option value="${code}">${new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code}</option>`,
      )}</select></label>
${field('region', t.region, html`maxlength="100" autocomplete="address-level1"`)}
${field('city', t.city, html`maxlength="100" autocomplete="address-level2"`)}
${field('line1', t.line1, html`maxlength="200" autocomplete="street-address"`)}
<label class="co-field"><span>${t.postalCode}</span><input name="postalCode" maxlength="20" autocomplete="postal-code"></label>
</fieldset>
<fieldset><legend>${t.payWith}</legend>${input.providers.map(
        (provider, index) =>
          html`<label class="co-choice"><input type="radio" name="provider" value="${provider}"${index === 0 ? html` checked` : ''}> ${
            provider === 'offline' ? t.providers.offline(input.offlineDays) : t.providers.sandbox
          }</label>`,
      )}</fieldset>
<button type="submit">${t.placeOrder}</button></form>`
}`;
  return page(locale, t.title, body);
}

/** After checkout: each order placed, with the link to it (the key is in the link). */
export function renderPlacedPage(input: {
  locale: Locale;
  orders: {
    id: string;
    key: string;
    number: string;
    total: { amount: number; currency: string };
  }[];
}): string {
  const t = STOREFRONT_TEXT[input.locale].checkout;
  const body = html`<h1>${t.placedTitle}</h1><div class="card"><p>${t.placedNote}</p>
<ul class="co-placed">${input.orders.map(
    (order) =>
      html`<li data-testid="placed-order"><span>${order.number}</span> <strong>${formatMoney(order.total, input.locale)}</strong> <a href="/orders/${order.id}?key=${order.key}">${t.open}</a></li>`,
  )}</ul></div>`;
  return page(input.locale, t.placedTitle, body);
}

/** The buyer's order page `/orders/{id}?key=K`: status, items, payment, address, history. */
export function renderOrderPage(input: {
  locale: Locale;
  order: OrderPageOrder;
  keyParam: string;
  bankAccount: BankAccount | null;
}): string {
  const { locale, order } = input;
  const text = STOREFRONT_TEXT[locale];
  const t = text.order;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Shanghai',
    }).format(new Date(iso));
  const pending = order.status === 'pending_payment' && order.payment?.status !== 'succeeded';
  const address = order.shippingAddress;
  const body = html`<h1>${t.title(order.number)}</h1>
<p class="co-status" data-testid="order-status"><strong>${t.status[order.status]}</strong>${
    order.store.name
      ? html` · ${order.store.slug ? html`<a href="/s/${order.store.slug}">${t.soldBy(order.store.name)}</a>` : t.soldBy(order.store.name)}`
      : ''
  }</p>
${pending ? html`<p class="co-warn">${t.payBy(when(order.payBy))}</p>` : ''}
${pending && order.payment ? paymentBlock(input, when) : ''}
<section class="card"><h2>${t.items}</h2><ul class="co-items">${order.items.map(
    (item) =>
      html`<li><span>${item.title}${Object.keys(item.options).length > 0 ? html` <span class="muted">${Object.values(item.options).join(' / ')}</span>` : ''}</span><span>${formatMoney(item.unitPrice, locale)} × ${String(item.quantity)}</span><strong>${formatMoney(item.lineTotal, locale)}</strong></li>`,
  )}</ul><p class="co-total">${t.total(formatMoney(order.total, locale))}</p></section>
<section class="card"><h2>${t.shipTo}</h2><p>${order.buyer.name} · ${order.buyer.phone}<br>${addressLine(address, locale)}</p></section>
<section class="card"><h2>${t.timeline}</h2><ol class="co-timeline">${order.timeline.map(
    (step) =>
      html`<li><span>${t.status[step.status as OrderPageOrder['status']] ?? step.status}</span> <span class="muted">${when(step.at)}</span></li>`,
  )}</ol></section>
<p class="muted">${t.keepLink}</p>`;
  return page(locale, t.title(order.number), body);
}

function paymentBlock(
  input: {
    locale: Locale;
    order: OrderPageOrder;
    keyParam: string;
    bankAccount: BankAccount | null;
  },
  when: (iso: string) => string,
): SafeHtml | '' {
  const { order } = input;
  const t = STOREFRONT_TEXT[input.locale].order;
  const payment = order.payment;
  if (!payment) return '';
  if (payment.provider === 'sandbox') {
    return html`<form class="card co-sandbox" method="post" action="/orders/${order.id}/sandbox?key=${input.keyParam}" data-testid="sandbox-pay">
<h2>${t.sandboxTitle}</h2>
<button type="submit" name="outcome" value="succeed">${t.sandboxSucceed}</button>
<button type="submit" name="outcome" value="fail" class="co-secondary">${t.sandboxFail}</button></form>`;
  }
  const account = input.bankAccount;
  return html`<section class="card" data-testid="transfer-instructions"><h2>${t.transferTitle}</h2><p>${t.transferTo}</p>
${
  account
    ? html`<dl class="co-bank"><dt>${t.accountName}</dt><dd>${account.accountName}</dd><dt>${t.bank}</dt><dd>${account.bankName}</dd><dt>${t.accountNumber}</dt><dd>${account.accountNumber}</dd><dt>${t.reference}</dt><dd><strong>${payment.reference ?? ''}</strong></dd></dl>`
    : ''
}<p class="muted">${t.transferNote} ${t.payBy(when(order.payBy))}</p></section>`;
}

/** Where Kaidian's buyers are most often; any other ISO code is accepted by the API. */
const COUNTRIES = [
  'CN',
  'HK',
  'MO',
  'TW',
  'SG',
  'MY',
  'JP',
  'KR',
  'US',
  'GB',
  'DE',
  'FR',
  'AU',
  'CA',
];

const CHECKOUT_STYLE = `
header.bar .wrap{justify-content:space-between}.co-cart{font-weight:600}
.co h1{font-size:24px;margin:0 0 16px}.co .card{margin-bottom:16px}.co h2{font-size:16px;margin:0 0 8px}
.co-form fieldset{border:0;padding:0;margin:0 0 16px;display:grid;gap:10px}
.co-form legend{font-weight:600;margin-bottom:8px;padding:0}
.co-field{display:flex;flex-direction:column;gap:4px;font-size:14px;color:#57534e}
.co-field input,.co-field select{font:inherit;font-size:16px;padding:8px 10px;border:1px solid #d6d3d1;border-radius:6px;background:#fff;color:#1c1917;min-height:42px;width:100%}
.co-choice{display:flex;gap:8px;align-items:center;padding:8px 0}
.co button{font:inherit;font-size:16px;font-weight:600;padding:10px 24px;min-height:44px;border:0;border-radius:6px;background:#c2410c;color:#fff;cursor:pointer}
.co .co-secondary{background:#fff;color:#b91c1c;border:1px solid #d6d3d1;margin-left:8px}
.co-summary ul,.co-items,.co-placed,.co-timeline{margin:0 0 8px;padding-left:18px}
.co-items{list-style:none;padding:0}.co-items li{display:grid;grid-template-columns:1fr auto auto;gap:12px;padding:6px 0;border-top:1px solid #e7e5e4;overflow-wrap:anywhere}
.co-items li:first-child{border-top:0}.co-total{text-align:right;font-size:18px;margin:8px 0 0}
.co-warn{color:#b45309}.co-status{font-size:16px}
.co-bank{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:8px 0}.co-bank dt{color:#78716c}.co-bank dd{margin:0;overflow-wrap:anywhere}
.co-placed li{margin:6px 0}
@media (max-width:520px){.co-items li{grid-template-columns:1fr auto}.co-items li>span:nth-child(2){grid-column:1}}`;
