import { describe, expect, it } from 'vitest';
import { validateAuthSearch } from './authSearch';

describe('where sign-in goes on to (the `next` of /login and /signup)', () => {
  it('keeps a path of this site, with its own query', () => {
    expect(validateAuthSearch({ next: '/store/design?tab=banner' })).toEqual({
      next: '/store/design?tab=banner',
    });
  });

  it('drops an address of another site, however it is written', () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'store']) {
      expect(validateAuthSearch({ next })).toEqual({});
    }
  });

  it('drops a next that is not text, and is empty without one', () => {
    expect(validateAuthSearch({ next: 42 })).toEqual({});
    expect(validateAuthSearch({})).toEqual({});
  });
});
