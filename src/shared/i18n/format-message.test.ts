import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments } from './format-message.ts';

describe('messages with counts', () => {
  const payments = '{count, plural, one {# payment} other {# payments}}';

  it('say "1 payment" and "2 payments" in English', () => {
    expect(formatMessage(payments, { count: 1 })).toBe('1 payment');
    expect(formatMessage(payments, { count: 2 })).toBe('2 payments');
    expect(formatMessage(payments, { count: 0 })).toBe('0 payments');
    expect(formatMessage(payments, { count: 1200 })).toBe('1,200 payments');
  });

  it('read a count that comes already formatted', () => {
    expect(formatMessage(payments, { count: '1' })).toBe('1 payment');
    expect(formatMessage(payments, { count: '1,000' })).toBe('1,000 payments');
  });

  it('pick an exact form before the plural category', () => {
    const left = '{days, plural, =0 {ends today} one {# day left} other {# days left}}';
    expect(formatMessage(left, { days: 0 })).toBe('ends today');
    expect(formatMessage(left, { days: 1 })).toBe('1 day left');
    expect(formatMessage(left, { days: 7 })).toBe('7 days left');
  });

  it('fill plain placeholders beside a plural', () => {
    const progress = '{completed} of {total, plural, one {# task} other {# tasks}} done';
    expect(formatMessage(progress, { completed: 1, total: 1 })).toBe('1 of 1 task done');
    expect(formatMessage(progress, { completed: 0, total: 3 })).toBe('0 of 3 tasks done');
  });

  it('leave Chinese messages and unknown placeholders as they are', () => {
    expect(formatMessage('共 {count} 笔', { count: 1 }, 'zh-CN')).toBe('共 1 笔');
    expect(formatMessage('{missing} and {count, plural, one {#} other {#}}', {})).toBe(
      '{missing} and {count, plural, one {#} other {#}}',
    );
  });

  it('count in Chinese without plural forms, grouping large numbers', () => {
    expect(formatMessage('{count} 笔付款', { count: 1 }, 'zh-CN')).toBe('1 笔付款');
    expect(formatMessage('共 {count, number} 笔', { count: 12_000 }, 'zh-CN')).toBe('共 12,000 笔');
  });
});

describe('amounts and dates in messages', () => {
  const total = { amount: 198_050, currency: 'CNY' };

  it('show money one way in both languages: "¥", never "CN¥"', () => {
    expect(formatMessage('Pay {total} now', { total }, 'en')).toBe('Pay ¥1,980.50 now');
    expect(formatMessage('请支付 {total}', { total }, 'zh-CN')).toBe('请支付 ¥1,980.50');
  });

  it('write dates the way each language reads them', () => {
    const at = '2026-05-02T08:00:00Z';
    expect(formatMessage('on {at, date, long}', { at }, 'en')).toBe('on May 2, 2026');
    expect(formatMessage('于 {at, date, long}', { at: new Date(at) }, 'zh-CN')).toBe(
      '于 2026年5月2日',
    );
  });

  it('keep apostrophes and "<" as text', () => {
    expect(formatMessage("your store's files < {limit} MB", { limit: 5 })).toBe(
      "your store's files < 5 MB",
    );
  });

  it('name every argument a message reads, inside plural branches too', () => {
    expect(
      messageArguments('{who} paid {count, plural, one {# time ({total})} other {# times}}'),
    ).toEqual(['count', 'total', 'who']);
  });
});
