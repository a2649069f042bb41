import { notificationQueue } from './queue.ts';
import { defineEmailTemplates, defineSmsTemplates } from './templates.ts';

export const foundationEmailTemplates = defineEmailTemplates({
  /** Sent by `kaidian mail test` to check the mail settings end to end. */
  'system.test': (locale, data: { sentAt: string }, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '开店：测试邮件',
          heading: '邮件设置正常',
          paragraphs: [
            `这是一封测试邮件，发送时间 ${data.sentAt}。收到它说明开店的邮件发送设置可以正常工作。`,
          ],
          action: { label: '打开开店', url: publicUrl },
        }
      : {
          subject: 'Kaidian: test message',
          heading: 'Your mail settings work',
          paragraphs: [
            `This is a test message sent at ${data.sentAt}. If you can read it, Kaidian can deliver e-mail.`,
          ],
          action: { label: 'Open Kaidian', url: publicUrl },
        },
});

export const foundationSmsTemplates = defineSmsTemplates({
  'system.test': (locale, data: { sentAt: string }) =>
    locale === 'zh-CN'
      ? `【开店】测试短信（${data.sentAt}）。`
      : `[Kaidian] Test message (${data.sentAt}).`,
});

export const foundationNotifications = {
  email: foundationEmailTemplates,
  sms: foundationSmsTemplates,
};
export const { queueEmail, queueSms } = notificationQueue(foundationNotifications);
