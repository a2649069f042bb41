import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.ts';
import { checkStoreName, nameKey, nameProblem } from './store-name.ts';

/** The full-width form of printable ASCII (Ａ for A), as Chinese input methods type it. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

describe('store names', () => {
  it('compare equal after NFKC and case folding', () => {
    expect(nameKey('ＡＢＣ Store')).toBe(nameKey('abc store'));
    expect(nameKey('  ABC\u3000  STORE ')).toBe('abc store');
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
  });

  it('fold full-width and case variants of any ASCII name to one key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{1,20}[A-Za-z0-9]$/), (name) => {
        expect(nameKey(fullWidth(name))).toBe(nameKey(name.toLowerCase()));
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
      }),
    );
  });

  it('let a flagship store say "official" and 旗舰, and nobody else', () => {
    expect(nameProblem('Official Tea', { flagship: false })).toEqual({
      problem: 'reserved',
      word: 'official',
    });
    expect(nameProblem('Official Tea', { flagship: true })).toBeNull();
    expect(nameProblem('某某旗舰店', { flagship: true })).toBeNull();
    expect(nameProblem('Kaidian Official', { flagship: true })?.problem).toBe('reserved');
  });

  it('count characters, not bytes or UTF-16 units', () => {
    expect(nameProblem('茶'.repeat(30), { flagship: false })).toBeNull();
    expect(nameProblem('🍵'.repeat(30), { flagship: false })).toBeNull();
    expect(nameProblem('茶'.repeat(31), { flagship: false })?.problem).toBe('length');
  });

  it('refuse phone numbers written with separators or full-width digits', () => {
    expect(nameProblem('Tea (021) 5555-0101', { flagship: false })?.problem).toBe('phone');
    expect(nameProblem('茶行１３８００１３８０００', { flagship: false })?.problem).toBe('phone');
    expect(nameProblem('Tea House 2026', { flagship: false })).toBeNull();
  });

  it('store the NFKC display form, and explain a refusal', () => {
    expect(checkStoreName('ＡＢＣ　Store', { flagship: false, locale: 'en' })).toBe('ABC Store');
    try {
      checkStoreName('shop.com', { flagship: false, locale: 'en' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual({ reason: 'url' });
      expect((error as AppError).params.reason).toBe('it must not contain a web address.');
    }
  });
});
