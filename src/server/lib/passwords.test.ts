import { describe, expect, it } from 'vitest';
import {
  commonPasswordCount,
  hashPassword,
  validatePassword,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('password rules', () => {
  it('counts length in code points, so emoji and CJK count as one character each', () => {
    // 7 emoji are 14 UTF-16 units: still too short.
    expect(codeOf(() => validatePassword('😀'.repeat(7)))).toBe('auth.password_too_short');
    expect(codeOf(() => validatePassword('🦊🐼🐧🐸🐙🦉🐢🦀'))).toBeNull();
    expect(codeOf(() => validatePassword('开店密码安全第一'.slice(0, 7)))).toBe(
      'auth.password_too_short',
    );
    expect(codeOf(() => validatePassword('开店密码安全第一'))).toBeNull();
    // 128 emoji (256 UTF-16 units) are fine; 129 are too long.
    expect(codeOf(() => validatePassword('🍜'.repeat(128)))).toBeNull();
    expect(codeOf(() => validatePassword('🍜'.repeat(129)))).toBe('auth.password_too_long');
    expect(codeOf(() => validatePassword(`ab${'x'.repeat(127)}`))).toBe('auth.password_too_long');
  });

  it('never truncates: passwords differing only past character 72 are different', async () => {
    const base = 'q7'.repeat(40);
    const hash = await hashPassword(`${base}-alpha`);
    expect(await verifyPassword(hash, `${base}-alpha`)).toBe(true);
    expect(await verifyPassword(hash, `${base}-omega`)).toBe(false);
  });

  it('normalises to NFKC before checking and hashing', async () => {
    // Full-width "password123" is "password123" after NFKC: a common password.
    expect(codeOf(() => validatePassword('ｐａｓｓｗｏｒｄ１２３'))).toBe('auth.password_common');
    expect(validatePassword('ｍｅｒｃｈａｎｔ－ｇｏｌｄ－７')).toBe('merchant-gold-7');
    const hash = await hashPassword('ｍｅｒｃｈａｎｔ－ｇｏｌｄ－７');
    expect(await verifyPassword(hash, 'merchant-gold-7')).toBe(true);
    // "ﬁ" (one code point) becomes "fi": eight code points once normalised.
    expect(codeOf(() => validatePassword('ﬁsh-tank'))).toBeNull();
  });

  it('has no composition rules but refuses a shipped list of common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    for (const common of [
      'password',
      'password1',
      'qwertyuiop',
      '12345678',
      'iloveyou',
      'PassWord1',
    ]) {
      expect(codeOf(() => validatePassword(common))).toBe('auth.password_common');
    }
    expect(codeOf(() => validatePassword('alllowercaseletters'))).toBeNull();
    expect(codeOf(() => validatePassword('29384756'))).toBeNull();
  });

  it('names the field and explains the rule in the language asked for', () => {
    try {
      validatePassword('short', 'newPassword', 'zh-CN');
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'auth.password_too_short',
        params: { min: 8 },
        details: [{ field: 'newPassword', rule: 'minLength', message: '密码至少需要 8 个字符。' }],
      });
    }
  });

  it('stores argon2id hashes with at least 19 MiB of memory and two passes', async () => {
    const hash = await hashPassword('plum-harbour-lantern-42');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    const memory = Number(/[$,]m=(\d+)/.exec(hash)?.[1]);
    const passes = Number(/[$,]t=(\d+)/.exec(hash)?.[1]);
    expect(memory).toBeGreaterThanOrEqual(19_456);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(hash, 'plum-harbour-lantern-42')).toBe(true);
    expect(await verifyPassword(hash, 'plum-harbour-lantern-43')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});
