import type { Locale } from '../i18n/locale.ts';
import { html, SafeHtml } from '../lib/html.ts';

export interface PageOptions {
  locale: Locale;
  title: string;
  body: SafeHtml;
  head?: SafeHtml;
  /** Inline CSS for this page on top of the base styles. */
  style?: string;
}

const BASE_STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC',sans-serif;color:#1c1917;background:#fafaf9;line-height:1.5}
a{color:#c2410c}.wrap{max-width:960px;margin:0 auto;padding:24px 16px}
header.bar{background:#fff;border-bottom:1px solid #e7e5e4}header.bar .wrap{display:flex;gap:16px;align-items:center;padding:12px 16px}
.brand{font-weight:700;color:#c2410c;text-decoration:none;font-size:18px}
.card{background:#fff;border:1px solid #e7e5e4;border-radius:8px;padding:16px}
.muted{color:#78716c}`;

/** The frame of every server-rendered page (storefront, 404, dev mailbox). */
export function renderPage(options: PageOptions): string {
  return `<!doctype html>${html`<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${options.head}
<style>${new SafeHtml(BASE_STYLE + (options.style ?? ''))}</style>
</head>
<body>${options.body}</body>
</html>`}`;
}

const notFoundText = {
  en: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to Kaidian' },
  'zh-CN': { title: '页面不存在', body: '这个地址没有内容。', home: '返回开店首页' },
} as const;

const errorText = {
  en: { title: 'This page cannot be shown', home: 'Go to Kaidian' },
  'zh-CN': { title: '无法显示此页面', home: '返回开店首页' },
} as const;

export function renderNotFoundPage(locale: Locale, message?: string): string {
  const text = notFoundText[locale];
  return renderErrorPage(locale, 404, text.title, [message ?? text.body]);
}

/**
 * A page route's error as a page (a browser shows it as one): what is wrong with each field when
 * the error says (its message names fields as the API calls them, which a reader of the page
 * does not know), else the error's message.
 */
export function renderProblemPage(
  locale: Locale,
  status: number,
  message: string,
  problems: readonly string[] = [],
): string {
  const lines = problems.length > 0 ? problems : [message];
  return renderErrorPage(locale, status, errorText[locale].title, lines);
}

function renderErrorPage(
  locale: Locale,
  status: number,
  title: string,
  lines: readonly string[],
): string {
  return renderPage({
    locale,
    title: `${title} · Kaidian`,
    head: html`<meta name="robots" content="noindex">`,
    style: '.problem::first-letter{text-transform:uppercase}',
    body: html`<main class="wrap" style="text-align:center;padding-top:80px">
<p style="font-size:64px;margin:0;color:#c2410c;font-weight:700">${String(status)}</p>
<h1>${title}</h1>${lines.map((line) => html`<p class="muted problem">${line}</p>`)}<p><a href="/">${errorText[locale].home}</a></p></main>`,
  });
}
