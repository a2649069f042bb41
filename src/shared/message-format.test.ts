import { describe, expect, it } from 'vitest';
import { formatMessage } from './message-format.ts';

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
});
