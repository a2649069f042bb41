/**
 * GB 11643-1999 citizen identity numbers (mainland resident ID cards): 6-digit region code,
 * 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
export type ResidentIdProblem = 'format' | 'region' | 'birth_date' | 'check_digit';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * Province-level prefixes (GB/T 2260), plus 81/82/83: residence permits for Hong Kong, Macao and
 * Taiwan residents, which use the same number format.
 */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Upper-case, without spaces: the form people type it in varies, the number does not. */
export function normaliseResidentId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function residentIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += Number(first17Digits[index]) * (WEIGHTS[index] ?? 0);
  }
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** What is wrong with a (normalised) resident ID number, or null when it is valid. */
export function residentIdProblem(id: string, today: Date): ResidentIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!PROVINCE_PREFIXES.has(id.slice(0, 2))) return 'region';
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return 'birth_date';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'check_digit';
  return null;
}

function isPlausibleBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const isCalendarDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isCalendarDate && year >= 1900 && date.getTime() <= today.getTime();
}
