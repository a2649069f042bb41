import { defineNotificationMessages } from './messages.ts';

/** What the platform's own messages say (the mail settings test). */
export const foundationMessages = defineNotificationMessages({
  en: {
    'system.test.subject': 'Kaidian: test message',
    'system.test.heading': 'Your mail settings work',
    'system.test.body':
      'This is a test message sent at {sentAt}. If you can read it, Kaidian can deliver e-mail.',
    'system.test.action': 'Open Kaidian',
    'system.test.sms': '[Kaidian] Test message ({sentAt}).',
  },
  'zh-CN': {
    'system.test.subject': '开店：测试邮件',
    'system.test.heading': '邮件设置正常',
    'system.test.body':
      '这是一封测试邮件，发送时间 {sentAt}。收到它说明开店的邮件发送设置可以正常工作。',
    'system.test.action': '打开开店',
    'system.test.sms': '【开店】测试短信（{sentAt}）。',
  },
});
