import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { AppError, defineErrors, type FieldProblem } from '../errors.ts';
import { interpolate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';

/** SPEC §1: length is counted in Unicode code points after NFKC; nothing is ever truncated. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP's argon2id baseline: 19 MiB of memory, two passes, one lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const passwordErrors = defineErrors({
  'auth.password_too_short': {
    status: 400,
    en: 'Use at least {min, plural, one {# character} other {# characters}} for your password.',
    'zh-CN': '密码至少需要 {min} 个字符。',
  },
  'auth.password_too_long': {
    status: 400,
    en: 'Use at most {max, plural, one {# character} other {# characters}} for your password.',
    'zh-CN': '密码最多 {max} 个字符。',
  },
  'auth.password_common': {
    status: 400,
    en: 'This password is too common and easy to guess. Choose another one.',
    'zh-CN': '该密码过于常见，容易被猜到，请换一个。',
  },
});

type PasswordErrorCode = keyof typeof passwordErrors;

let commonPasswords: Set<string> | null = null;

/**
 * zxcvbn's list of ~49,000 common passwords (shipped with the @zxcvbn-ts/language-common
 * package), keeping only those long enough to pass the length rule; compared case-insensitively.
 */
function commonPasswordSet(): Set<string> {
  commonPasswords ??= new Set(
    dictionary['passwords-common']
      .map((entry) => entry.normalize('NFKC').toLowerCase())
      .filter((entry) => [...entry].length >= PASSWORD_MIN_LENGTH),
  );
  return commonPasswords;
}

export function commonPasswordCount(): number {
  return commonPasswordSet().size;
}

export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/**
 * Check a new password and return its NFKC form (what gets hashed). Throws with the field named,
 * so a form can mark it: `details: [{ field, rule, message }]`, the message in `locale`.
 */
export function validatePassword(
  password: string,
  field = 'password',
  locale: Locale = 'en',
): string {
  const problem = (code: PasswordErrorCode, rule: string, params: Record<string, unknown>) => {
    const message = interpolate(passwordErrors[code][locale], params, locale);
    const details: FieldProblem[] = [{ field, rule, message }];
    return new AppError(code, details, params);
  };
  const normalised = normalisePassword(password);
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw problem('auth.password_too_short', 'minLength', { min: PASSWORD_MIN_LENGTH });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw problem('auth.password_too_long', 'maxLength', { max: PASSWORD_MAX_LENGTH });
  }
  if (commonPasswordSet().has(normalised.toLowerCase())) {
    throw problem('auth.password_common', 'common', {});
  }
  return normalised;
}

/** Hash a password that passed validatePassword (or any, for operators' own rules). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}

export function passwordNeedsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * For an unknown account: spend the same time a real check would, then fail. Without it, how
 * fast a login fails tells an attacker whether the address has an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= argon2.hash('kaidian-timing-equaliser', ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
