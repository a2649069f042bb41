import { describe, expect, it } from 'vitest';
import { type PageText, textSlips } from '../support/page-text-checks.ts';

// The screenshot test's eyes (tests/screens/every-page.screens.test.ts): what they must see on a
// page in the wrong language, and what they must let pass.

const page = (lang: string, visible: string, own = visible): PageText => ({
  lang,
  title: 'Kaidian',
  visible,
  own,
});

describe('the checks of every page', () => {
  it('see a message key, an English phrase and an unfilled placeholder on a Chinese page', () => {
    const slips = textSlips(
      page('zh-CN', '店铺 store.nav.design\n请先 Sign in\n共 {count, plural} 条'),
      'zh-CN',
      [],
    );
    expect(slips).toEqual(
      expect.arrayContaining([
        'message key shown: "store.nav.design"',
        'English on a Chinese page: "Sign in"',
        expect.stringMatching(/^unfilled placeholder/),
      ]),
    );
  });

  it('see CN¥, amounts not written as ¥1,234.00, and amounts in 元', () => {
    const slips = textSlips(
      page('zh-CN', '年费 CN¥1,980.00，保证金 ¥2000，退款 300 元'),
      'zh-CN',
      [],
    );
    expect(slips).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"CN¥" instead of "¥"/),
        expect.stringMatching(/^money not written as "¥1,234.00": .*¥2000/),
        expect.stringMatching(/^an amount in 元/),
      ]),
    );
  });

  it('see Chinese and "1 payments" on an English page, but not what people typed', () => {
    const text = page(
      'en',
      'You have 1 payments for 陈记茶铺 in 审核',
      'You have 1 payments for 陈记茶铺 in 审核',
    );
    const slips = textSlips(text, 'en', [{ text: '陈记茶铺', reason: 'a store name' }]);
    // The store name is exempt, 审核 is not: one slip for Chinese, and it is about 审核.
    expect(slips).toEqual([
      expect.stringMatching(/^Chinese on an English page: "[^陈]*审核"$/),
      expect.stringMatching(/^plural after 1: "[^"]*1 payments/),
    ]);
  });

  it('let a well-made page pass in either language', () => {
    expect(
      textSlips(page('en', '1 payment of ¥1,980.00 and 2 payments; −¥300.00 refunded'), 'en', []),
    ).toEqual([]);
    expect(textSlips(page('zh-CN', '年费 ¥1,980.00，共 1 笔付款'), 'zh-CN', [])).toEqual([]);
  });

  it('see a page that declares the wrong language', () => {
    expect(textSlips(page('en', '店铺'), 'zh-CN', [])).toEqual([
      '<html lang> is "en", not "zh-CN"',
    ]);
  });
});
