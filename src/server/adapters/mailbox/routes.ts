import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { html } from '../../lib/html.ts';
import { renderNotFoundPage, renderPage } from '../../web/page.ts';
import { findMailboxMessage, listMailboxMessages } from './mailbox.ts';

const DevMessage = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  to: Type.String(),
  subject: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

/** When a message arrived, in the reader's language (to the second: codes are read by their time). */
const sentAt = (date: Date, locale: 'en' | 'zh-CN') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);

const pageText = {
  en: {
    title: 'Development mailbox',
    to: 'Recipient',
    filter: 'Filter',
    empty: 'No messages yet.',
    all: 'All',
    note: 'E-mail and SMS land here because no SMTP server is configured (SMTP_URL).',
    plainText: 'Plain text',
  },
  'zh-CN': {
    title: '开发邮箱',
    to: '收件人',
    filter: '筛选',
    empty: '还没有消息。',
    all: '全部',
    note: '因为没有配置 SMTP 服务器（SMTP_URL），邮件和短信会投递到这里。',
    plainText: '纯文本',
  },
} as const;

/** Only registered while the built-in mailbox is the e-mail transport. */
export function mailboxRoutes(app: AppInstance, deps: AppDeps): void {
  app.get(
    '/api/v1/dev/messages',
    {
      schema: {
        tags: ['dev'],
        summary: 'Messages in the development mailbox, newest first',
        querystring: Type.Object({ to: Type.Optional(Type.String({ maxLength: 320 })) }),
        response: { 200: Type.Array(DevMessage) },
      },
    },
    async (request) => {
      const rows = await listMailboxMessages(deps.database.db, request.query.to);
      return rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        createdAt: row.createdAt.toISOString(),
      }));
    },
  );

  app.get(
    '/dev/mailbox',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ to: Type.Optional(Type.String({ maxLength: 320 })) }),
      },
    },
    async (request, reply) => {
      const text = pageText[request.locale];
      const rows = await listMailboxMessages(deps.database.db, request.query.to, 200);
      const items = rows.map(
        (row) => html`<li class="card" style="margin-bottom:8px">
<div class="muted" style="font-size:13px">${row.channel === 'email' ? '✉️' : '💬'} ${row.toAddress} · ${sentAt(row.createdAt, request.locale)}</div>
<div><a href="/dev/mailbox/${row.id}">${row.subject ?? row.textBody.slice(0, 80)}</a></div>
${row.channel === 'sms' ? html`<pre style="white-space:pre-wrap;margin:4px 0 0">${row.textBody}</pre>` : ''}
</li>`,
      );
      const body = html`<header class="bar"><div class="wrap"><a class="brand" href="/">Kaidian</a><strong>${text.title}</strong></div></header>
<main class="wrap"><p class="muted">${text.note}</p>
<form method="get" style="display:flex;gap:8px;margin-bottom:16px"><input name="to" value="${request.query.to ?? ''}" placeholder="${text.to}" style="flex:1;padding:8px">
<button type="submit">${text.filter}</button> <a href="/dev/mailbox" style="align-self:center">${text.all}</a></form>
${rows.length === 0 ? html`<p>${text.empty}</p>` : html`<ul style="list-style:none;padding:0" data-testid="mailbox-list">${items}</ul>`}</main>`;
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send(renderPage({ locale: request.locale, title: `${text.title} · Kaidian`, body }));
    },
  );

  app.get(
    '/dev/mailbox/:id',
    { schema: { hide: true, params: Type.Object({ id: Type.String() }) } },
    async (request, reply) => {
      const uuid = /^[0-9a-f-]{36}$/i.test(request.params.id) ? request.params.id : null;
      const message = uuid ? await findMailboxMessage(deps.database.db, uuid) : null;
      reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store');
      if (!message) return reply.code(404).send(renderNotFoundPage(request.locale));
      const text = pageText[request.locale];
      // The HTML body is shown in a sandboxed frame: it is mail content, not our page.
      const body = html`<header class="bar"><div class="wrap"><a class="brand" href="/dev/mailbox">← ${text.title}</a></div></header>
<main class="wrap"><h1 style="font-size:20px">${message.subject ?? message.channel.toUpperCase()}</h1>
<p class="muted">${text.to}: ${message.toAddress} · ${sentAt(message.createdAt, request.locale)}</p>
${message.htmlBody ? html`<iframe sandbox="" srcdoc="${message.htmlBody}" style="width:100%;height:480px;border:1px solid #e7e5e4;border-radius:8px;background:#fff"></iframe>` : ''}
<h2 style="font-size:16px">${text.plainText}</h2><pre class="card" style="white-space:pre-wrap">${message.textBody}</pre></main>`;
      return reply.send(
        renderPage({
          locale: request.locale,
          title: `${message.subject ?? 'SMS'} · Kaidian`,
          body,
        }),
      );
    },
  );
}
