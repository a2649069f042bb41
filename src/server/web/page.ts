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

export function renderNotFoundPage(locale: Locale, message?: string): string {
  const text = notFoundText[locale];
  return renderPage({
    locale,
    title: `${text.title} · Kaidian`,
    head: html`<meta name="robots" content="noindex">`,
    body: html`<main class="wrap" style="text-align:center;padding-top:80px">
<p style="font-size:64px;margin:0;color:#c2410c;font-weight:700">404</p>
<h1>${text.title}</h1><p class="muted">${message ?? text.body}</p><p><a href="/">${text.home}</a></p></main>`,
  });
}
