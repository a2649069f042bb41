import { escapeHtml } from '../lib/html.ts';

/** What a template says; the layout turns it into the HTML and plain-text bodies. */
export interface EmailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** A one-time code, shown large and easy to copy. */
  code?: string;
  action?: { label: string; url: string };
  /** Small print under the body (why you got this mail). */
  footnote?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const BRAND = 'Kaidian 开店';

export function renderEmail(content: EmailContent, lang: string): RenderedEmail {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.code ? [content.code, ''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.footnote ? ['--', content.footnote, ''] : []),
    BRAND,
  ].join('\n');

  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;line-height:1.6">${escapeHtml(p)}</p>`)
    .join('');
  const code = content.code
    ? `<p style="margin:8px 0 24px;font-size:32px;letter-spacing:8px;font-weight:700;font-family:monospace">${escapeHtml(content.code)}</p>`
    : '';
  const action = content.action
    ? `<p style="margin:8px 0 24px"><a href="${escapeHtml(content.action.url)}" style="background:#c2410c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const footnote = content.footnote
    ? `<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(content.footnote)}</p>`
    : '';
  const html = `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f5f5f4;font-family:-apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC',sans-serif;color:#1c1917">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="font-weight:700;font-size:18px;color:#c2410c;margin-bottom:16px">${BRAND}</div>
<div style="background:#fff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${paragraphs}${code}${action}${footnote}
</div></div></body></html>`;
  return { subject: content.subject, text, html };
}
