import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/format-message';
import { en } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { zhCN } from '../../i18n/zh-CN';
import { type FlagFacts, flagDetail, flagFacts, flagLabel } from './reviewFlags';

const translate =
  (language: Language): Translate =>
  (key, values) =>
    formatMessage((language === 'en' ? en : zhCN)[key], values, language);

const names = {
  en: { category: 'Dresses', attribute: (code: string) => (code === 'brand' ? 'Brand' : code) },
  'zh-CN': { category: '连衣裙', attribute: (code: string) => (code === 'brand' ? '品牌' : code) },
};

const words = (language: Language, flag: FlagFacts) =>
  flagDetail(translate(language), language, flag, names[language]);

describe('a review flag in words', () => {
  const banned: FlagFacts = {
    kind: 'banned_word',
    words: ['山寨', '高仿', 'Replica'],
    places: [
      { field: 'title', words: ['山寨', '高仿'] },
      { field: 'attribute', attribute: 'brand', words: ['Replica'] },
      { field: 'description', words: ['山寨'] },
    ],
  };

  it('says which banned words were found, and where', () => {
    expect(words('zh-CN', banned)).toBe(
      '标题中有“山寨”和“高仿”；属性“品牌”中有“Replica”；商品详情中有“山寨”',
    );
    expect(words('en', banned)).toBe(
      '“山寨” and “高仿” in the title; “Replica” in the attribute “Brand”; “山寨” in the description',
    );
    expect(flagLabel(translate('zh-CN'), banned)).toBe('含违禁词');
  });

  it('names only the words of a flag recorded before the places were kept', () => {
    expect(words('zh-CN', { kind: 'banned_word', words: ['高仿'] })).toBe('包含：“高仿”');
  });

  it('gives the price, the category median and the threshold of a low price', () => {
    const low: FlagFacts = {
      kind: 'low_price',
      price: 2_000,
      median: 10_000,
      percent: 30,
      currency: 'CNY',
    };
    expect(words('zh-CN', low)).toBe(
      '最低价 ¥20.00 低于该类目中位价 ¥100.00 的 30%，价格这么低的商品须经审核才能上架。',
    );
    expect(words('en', low)).toContain(
      'The lowest price, ¥20.00, is under 30% of the category’s median price, ¥100.00',
    );
  });

  it('names the forbidden category', () => {
    expect(words('zh-CN', { kind: 'forbidden_category' })).toBe(
      '“连衣裙”为平台禁售类目，发布到此类目的商品须经审核才能上架。',
    );
    expect(words('en', { kind: 'forbidden_category' })).toMatch(/^“Dresses” is a category/);
  });

  it("reads the merchant's flags, whose details come apart from their kind", () => {
    expect(flagFacts({ kind: 'banned_word', detail: { words: ['高仿'] } })).toEqual({
      kind: 'banned_word',
      words: ['高仿'],
    });
  });
});
