import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromName, suffixedSlug } from './slug.ts';

describe('store slugs', () => {
  it('are kebab-case for Latin names, accents dropped', () => {
    expect(slugFromName('Harbour Tea House')).toBe('harbour-tea-house');
    expect(slugFromName('Café  Rouge!!')).toBe('cafe-rouge');
    expect(slugFromName('A&B — Bolts')).toBe('a-b-bolts');
    expect(slugFromName('Crème Brûlée 1988')).toBe('creme-brulee-1988');
  });

  it('spell Chinese in pinyin, without tones', () => {
    expect(slugFromName('山里的蜂蜜')).toBe('shan-li-de-feng-mi');
    expect(slugFromName('重庆火锅')).toBe('chong-qing-huo-guo');
    expect(slugFromName('绿茶小铺')).toBe('lv-cha-xiao-pu');
  });

  it('join Latin words and pinyin in the order of the name', () => {
    expect(slugFromName('Lily 小衣橱')).toBe('lily-xiao-yi-chu');
    expect(slugFromName('小衣橱Lily')).toBe('xiao-yi-chu-lily');
    expect(slugFromName('Tea 茶 House')).toBe('tea-cha-house');
  });

  it('read full-width letters, digits and spaces as ordinary ones', () => {
    expect(slugFromName('Ｌｉｌｙ　小衣橱')).toBe('lily-xiao-yi-chu');
    expect(slugFromName('９９号杂货铺')).toBe('99-hao-za-huo-pu');
  });

  it('leave emoji and symbols out', () => {
    expect(slugFromName('🍵 茶馆 🍵')).toBe('cha-guan');
    expect(slugFromName('★Lily★的店★')).toBe('lily-de-dian');
  });

  it('give a name with nothing to spell a plain "shop"', () => {
    expect(slugFromName('★★★')).toBe('shop');
    expect(slugFromName('🍵🍰')).toBe('shop');
    expect(slugFromName('ソウル')).toBe('shop');
  });

  it('never take a reserved or one-letter address', () => {
    expect(slugFromName('Search')).toBe('search-shop');
    expect(slugFromName('Ｓｔｏｒｅ')).toBe('store-shop');
    expect(slugFromName('Q ★')).toBe('q-shop');
    expect(isValidSlug('admin')).toBe(false);
    expect(isValidSlug('a')).toBe(false);
    expect(isValidSlug('-tea')).toBe(false);
    expect(isValidSlug('tea--house')).toBe(false);
    expect(isValidSlug('tea-house-2')).toBe(true);
  });

  it('stay valid slugs for any name, however long, with any clash number', () => {
    const names = [
      '内蒙古自治区呼和浩特市赛罕区的手工奶茶与奶酪专卖店',
      'The Extraordinarily Long Name Of A Very Small Shop',
      'Supercalifragilisticexpialidociousnessity Shop',
      'Ｌｉｌｙ　小衣橱！！！',
      '--Tea--',
    ];
    for (const name of names) {
      const slug = slugFromName(name);
      expect(isValidSlug(slug), `${name} → ${slug}`).toBe(true);
      for (const n of [2, 10, 999, 123456]) {
        const suffixed = suffixedSlug(slug, n);
        expect(isValidSlug(suffixed), suffixed).toBe(true);
        expect(suffixed.endsWith(`-${n}`)).toBe(true);
      }
    }
    expect(slugFromName(names[0] ?? '')).toBe('nei-meng-gu-zi-zhi-qu-hu-he-hao-te');
  });
});
