import { describe, expect, it } from 'vitest';
import { formatMoney, formatSignedMoney, majorUnitsText, parseMajorUnits } from './money.ts';

describe('money, as pages, e-mails and messages show it', () => {
  it('shows minor units as yuan with the ¥ sign in either language, never "CN¥"', () => {
    expect(formatMoney({ amount: 198_000, currency: 'CNY' }, 'en')).toBe('¥1,980.00');
    expect(formatMoney({ amount: 198_000, currency: 'CNY' }, 'zh-CN')).toBe('¥1,980.00');
    expect(formatMoney({ amount: 5, currency: 'CNY' }, 'en')).toBe('¥0.05');
    expect(formatMoney({ amount: 0, currency: 'CNY' }, 'zh-CN')).toBe('¥0.00');
  });

  it('knows currencies without minor units', () => {
    expect(formatMoney({ amount: 1_000, currency: 'JPY' }, 'en')).toBe('¥1,000');
    expect(majorUnitsText({ amount: 1_000, currency: 'JPY' })).toBe('1000');
    expect(parseMajorUnits('1,000', 'JPY')).toBe(1_000);
  });

  it('signs statement amounts both ways', () => {
    expect(formatSignedMoney({ amount: 200_000, currency: 'CNY' }, 'en')).toBe('+¥2,000.00');
    expect(formatSignedMoney({ amount: -30_000, currency: 'CNY' }, 'zh-CN')).toBe('−¥300.00');
  });

  it('reads what an operator types in yuan as fen, without float rounding', () => {
    expect(parseMajorUnits('1980', 'CNY')).toBe(198_000);
    expect(parseMajorUnits('1,980.5', 'CNY')).toBe(198_050);
    expect(parseMajorUnits('¥ 3,980.00', 'CNY')).toBe(398_000);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMajorUnits('0.29', 'CNY')).toBe(29);
    expect(parseMajorUnits('1980.', 'CNY')).toBe(198_000);
  });

  it('refuses what is not an amount in yuan', () => {
    for (const text of ['', 'abc', '-5', '1.999', '1e3', '12.3.4']) {
      expect(parseMajorUnits(text, 'CNY'), text).toBeNull();
    }
  });

  it('puts an amount back into a form field as plain yuan', () => {
    expect(majorUnitsText({ amount: 198_050, currency: 'CNY' })).toBe('1980.50');
    expect(majorUnitsText({ amount: 0, currency: 'CNY' })).toBe('0.00');
  });
});
