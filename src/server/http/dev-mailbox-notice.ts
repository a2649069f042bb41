import type { FastifyInstance } from 'fastify';
import type { Locale } from '../i18n/locale.ts';
import { html } from '../lib/html.ts';

const noticeText: Record<Locale, string> = {
  en: 'Development mailbox on — every e-mail and SMS, codes included, is readable at /dev/mailbox',
  'zh-CN': '开发邮箱已开启：所有邮件和短信（包括验证码）都能在 /dev/mailbox 直接查看',
};

/** A red bar at the top of the page, styled inline so it looks the same on every kind of page. */
export function devMailboxNotice(locale: Locale): string {
  return html`<div role="alert" data-testid="dev-mailbox-notice" style="background:#b91c1c;color:#fff;font:600 14px/1.4 -apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC',sans-serif;padding:8px 16px;text-align:center;overflow-wrap:anywhere">⚠ ${noticeText[locale]}</div>`
    .value;
}

/**
 * With DEV_MAILBOX=on on a host other machines reach, every page Kaidian serves (seller center,
 * console, storefront, the mailbox itself) opens with the warning, so nobody mistakes the
 * installation for one that is safe to use. Register before compression: it edits the HTML.
 */
export function registerDevMailboxNotice(app: FastifyInstance, enabled: boolean): void {
  if (!enabled) return;
  app.addHook('onSend', async (request, reply, payload) => {
    // Pages only: an HTML answer of the API (the design preview, framed by a page that already
    // carries the warning) is shown as the merchant's buyers would see it.
    if (typeof payload !== 'string' || request.url.startsWith('/api/')) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    return payload.replace(/<body[^>]*>/i, (body) => `${body}${devMailboxNotice(request.locale)}`);
  });
}
