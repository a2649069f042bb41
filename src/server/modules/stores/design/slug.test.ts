import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromName } from './slug.ts';

describe('store slugs', () => {
  it('are kebab-case for Latin names, accents dropped', () => {
    expect(slugFromName('Harbour Tea House')).toBe('harbour-tea-house');
    expect(slugFromName('Café  Rouge!!')).toBe('cafe-rouge');
    expect(slugFromName('A&B — Bolts')).toBe('a-b-bolts');
  });

  it('are a short random base36 id for other names (no pinyin here)', () => {
    const slug = slugFromName('山里的蜂蜜');
    expect(slug).toMatch(/^[0-9a-z]{8}$/);
    expect(slugFromName('山里的蜂蜜')).not.toBe(slug);
    expect(slugFromName('Tea 茶')).toMatch(/^[0-9a-z]{8}$/);
  });

  it('never take a reserved address', () => {
    expect(slugFromName('Search')).toBe('search-shop');
    expect(isValidSlug('admin')).toBe(false);
    expect(isValidSlug('a')).toBe(false);
    expect(isValidSlug('-tea')).toBe(false);
    expect(isValidSlug('tea--house')).toBe(false);
    expect(isValidSlug('tea-house-2')).toBe(true);
  });
});
