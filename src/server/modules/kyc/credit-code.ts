/**
 * GB 32100-2015 unified social credit codes (统一社会信用代码): 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z), the last one a check character.
 */
export type CreditCodeProblem = 'format' | 'check_character';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normaliseCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += ALPHABET.indexOf(first17[index] ?? '') * (WEIGHTS[index] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/** What is wrong with a (normalised) credit code, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  // Positions 3-8 are the registering authority's administrative region code: digits only.
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return 'format';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check_character';
  return null;
}
