import { describe, expect, it } from 'vitest';
import { STOREFRONT_TEXT } from '../../storefront/storefront-text.ts';
import {
  accountEmailTemplates,
  accountSmsTemplates,
} from '../modules/accounts/notification-templates.ts';
import { storeEmailTemplates } from '../modules/stores/notification-templates.ts';

// Counts in e-mails, SMS and the storefront go through the one ICU formatter, so an operator who
// sets a one-minute code or a one-day reminder never sends "1 minutes" or "1 days".
const context = { publicUrl: 'https://kaidian.example' };

describe('counts in what merchants and buyers receive', () => {
  it('agree with the number in a code e-mail and SMS', () => {
    const email = (minutes: number) =>
      accountEmailTemplates['accounts.login_code']('en', { code: '123456', minutes });
    expect(email(1).paragraphs).toContain('The code is valid for 1 minute and works once.');
    expect(email(10).paragraphs).toContain('The code is valid for 10 minutes and works once.');
    const sms = accountSmsTemplates['accounts.login_code'];
    expect(sms('en', { code: '123456', minutes: 1 })).toContain(
      '123456. It expires in 1 minute. Never share it.',
    );
    expect(sms('zh-CN', { code: '123456', minutes: 1 })).toContain('1 分钟内有效');
  });

  it('agree with the number in a renewal reminder', () => {
    const reminder = (daysLeft: number) =>
      storeEmailTemplates['stores.renewal_reminder'](
        'en',
        { serviceEndsAt: '2026-05-02T00:00:00Z', daysLeft },
        context,
      ).subject;
    expect(reminder(1)).toBe("Kaidian: your store's service ends in 1 day");
    expect(reminder(7)).toBe("Kaidian: your store's service ends in 7 days");
  });

  it('agree with the number of years a store is open', () => {
    expect(STOREFRONT_TEXT.en.openYears(1)).toBe('Open 1 year');
    expect(STOREFRONT_TEXT.en.openYears(3)).toBe('Open 3 years');
    expect(STOREFRONT_TEXT['zh-CN'].openYears(1)).toBe('开店 1 年');
  });
});
