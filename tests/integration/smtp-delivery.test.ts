import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpTransport } from '../../src/server/adapters/email/smtp.ts';
import { withTx } from '../../src/server/db/client.ts';
import { queueEmail } from '../../src/server/notifications/foundation-templates.ts';
import { outboxDepth } from '../../src/server/outbox/manage.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startSmtpSink } from '../support/smtp.ts';

describe('e-mail through SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let testApp: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await createTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Kaidian <no-reply@kaidian.test>' },
      email: createSmtpTransport(smtp.url, 'Kaidian <no-reply@kaidian.test>'),
    });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.close();
  });

  it('delivers a queued e-mail once, with subject, recipient and both bodies in the chosen language', async () => {
    await withTx(testApp.database.db, (tx) =>
      queueEmail(tx, {
        key: 'smtp-test-1',
        to: 'merchant@example.com',
        template: 'system.test',
        locale: 'zh-CN',
        data: { sentAt: '2026-11-23 10:00' },
      }),
    );
    expect(await testApp.worker.drain()).toBe(1);
    expect(await testApp.worker.drain()).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelopeFrom).toBe('no-reply@kaidian.test');
    expect(mail!.envelopeTo).toEqual(['merchant@example.com']);
    expect(mail!.parsed.subject).toBe('开店：测试邮件');
    expect(mail!.parsed.text).toContain('发送时间 2026-11-23 10:00');
    expect(mail!.parsed.html).toContain('<h1');
    expect(mail!.parsed.html).toContain('邮件设置正常');
    expect(mail!.parsed.headers.get('x-kaidian-message')).toBe('email:smtp-test-1');
    expect((await outboxDepth(testApp.database.db)).sent).toBe(1);
  });

  it('keeps a message pending for retry while the SMTP server refuses it', async () => {
    await smtp.close();
    await withTx(testApp.database.db, (tx) =>
      queueEmail(tx, {
        key: 'smtp-test-2',
        to: 'merchant@example.com',
        template: 'system.test',
        locale: 'en',
        data: { sentAt: 'now' },
      }),
    );
    expect(await testApp.worker.processNext()).toBe(true);
    const depth = await outboxDepth(testApp.database.db);
    expect(depth.pending).toBe(1);
    expect(depth.failed).toBe(0);
  });
});
