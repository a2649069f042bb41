import { foundationMessages } from './foundation-messages.ts';
import { notificationText } from './messages.ts';
import { notificationQueue } from './queue.ts';
import { defineEmailTemplates, defineSmsTemplates } from './templates.ts';

const text = notificationText(foundationMessages);

export const foundationEmailTemplates = defineEmailTemplates({
  /** Sent by `kaidian mail test` to check the mail settings end to end. */
  'system.test': (locale, data: { sentAt: string }, { publicUrl }) => ({
    subject: text(locale, 'system.test.subject'),
    heading: text(locale, 'system.test.heading'),
    paragraphs: [text(locale, 'system.test.body', data)],
    action: { label: text(locale, 'system.test.action'), url: publicUrl },
  }),
});

export const foundationSmsTemplates = defineSmsTemplates({
  'system.test': (locale, data: { sentAt: string }) => text(locale, 'system.test.sms', data),
});

export const foundationNotifications = {
  email: foundationEmailTemplates,
  sms: foundationSmsTemplates,
};
export const { queueEmail, queueSms } = notificationQueue(foundationNotifications);
