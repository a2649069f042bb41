import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { AppError } from '../../../errors.ts';

/** A number without "+" and without a country is read as a mainland China number (1688-style). */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'CN';

const SMS_CAPABLE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * "+86 138 0013 8000", or "138 0013 8000" with country "CN" → "+8613800138000". The number must
 * be valid for its country and able to receive SMS (the codes go there).
 */
export function parsePhone(input: string, country?: string, field = 'phone'): string {
  const region = (country ?? DEFAULT_PHONE_COUNTRY).toUpperCase();
  const invalid = () => new AppError('auth.phone_invalid', [{ field, rule: 'phone' }]);
  if (!isSupportedCountry(region)) throw invalid();
  const parsed = parsePhoneNumberFromString(input.trim(), region);
  if (!parsed?.isValid()) throw invalid();
  const type = parsed.getType();
  if (type !== undefined && !SMS_CAPABLE.has(type)) throw invalid();
  return parsed.number;
}
