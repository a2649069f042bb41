import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/i18n/format-message';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

// What `t(key, values)` shows: the catalogs filled by the one message formatter.
const english = (key: MessageKey, values: Record<string, string | number>) =>
  formatMessage(en[key], values, 'en');

describe('counts in the English pages', () => {
  it('agree with the number they count', () => {
    expect(english('adminStores.payments.count', { count: 1 })).toBe('1 payment');
    expect(english('adminStores.payments.count', { count: 3 })).toBe('3 payments');
    expect(english('console.queue.count', { count: 1 })).toBe('1 case');
    expect(english('merchants.count', { count: 1 })).toBe('1 merchant');
    expect(english('growthAdmin.tasks.usedBy', { count: 1 })).toBe('In 1 rule');
    expect(english('growthAdmin.preview.count', { count: 1 })).toBe('1 task');
    expect(english('growth.progress', { completed: 0, total: 1 })).toBe('0 of 1 task done');
    expect(english('merchants.detail.progress', { completed: 2, total: 5 })).toBe(
      '2 of 5 tasks done',
    );
    expect(english('store.packages.products', { count: '1' })).toBe('1 product');
    expect(english('store.packages.products', { count: '1,000' })).toBe('1,000 products');
    expect(english('store.statusCard.daysLeft', { days: 1 })).toBe('1 day left');
    expect(english('store.reminder.expiring', { date: 'May 2', days: 1 })).toContain(
      'on May 2, in 1 day.',
    );
  });

  it('never put a plural noun after a bare count', () => {
    const countNames = /\{(count|total|days|seconds|minutes|limit|retryAfter)\} [a-z]+s\b/;
    const bare = Object.entries(en).filter(([, text]) => countNames.test(text));
    expect(bare).toEqual([]);
  });

  it('keep Chinese counts plain: Chinese has no plural forms', () => {
    const plural = Object.entries(zhCN).filter(([, text]) => text.includes(', plural,'));
    expect(plural).toEqual([]);
  });
});
