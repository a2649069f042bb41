import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import type { Translate } from '../i18n/i18n';
import type { Language } from '../i18n/language';

export type { CountryCode };

/** Offered first: where Kaidian's merchants mostly are. */
export const commonCountries: CountryCode[] = [
  'CN',
  'HK',
  'MO',
  'TW',
  'SG',
  'MY',
  'US',
  'GB',
  'DE',
  'JP',
  'KR',
  'AU',
  'CA',
  'FR',
  'TH',
  'VN',
  'ID',
  'PH',
  'IN',
  'AE',
];

/** Regions whose names follow the platform's usage rather than the browser's. */
const namedRegions = {
  CN: 'ui.region.CN',
  HK: 'ui.region.HK',
  MO: 'ui.region.MO',
  TW: 'ui.region.TW',
} as const;

export type CountryOption = { code: CountryCode; name: string; dialCode: string };

export function countryOptions(language: Language, t: Translate) {
  const displayNames = new Intl.DisplayNames([language], { type: 'region' });
  const option = (code: CountryCode): CountryOption => ({
    code,
    name:
      code in namedRegions
        ? t(namedRegions[code as keyof typeof namedRegions])
        : (displayNames.of(code) ?? code),
    dialCode: `+${getCountryCallingCode(code)}`,
  });
  const common = commonCountries.map(option);
  const collator = new Intl.Collator(language);
  const all = getCountries()
    .map(option)
    .sort((a, b) => collator.compare(a.name, b.name));
  return { common, all };
}

/** zh-CN means mainland China (+86); otherwise the browser's region, else the United States. */
export function defaultCountry(language: Language): CountryCode {
  if (language === 'zh-CN') return 'CN';
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (region && isSupportedCountry(region)) return region;
  }
  return 'US';
}

/** "+8613800138000" → "+86 138 0013 8000"; anything unparseable is shown as it is. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** The number as typed, in international form ("+86 138 0013 8000") when it can be read. */
export function displayPhone(phone: PhoneValue): string {
  const typed = phone.number.trim();
  const parsed = parsePhoneNumberFromString(typed, phone.country);
  if (parsed) return parsed.formatInternational();
  return typed.startsWith('+') ? typed : `+${getCountryCallingCode(phone.country)} ${typed}`;
}

/** The country of a number typed with its "+" code, once it can be told; else undefined. */
export function countryOfInternational(typed: string): CountryCode | undefined {
  const trimmed = typed.trim();
  return trimmed.startsWith('+') ? parsePhoneNumberFromString(trimmed)?.country : undefined;
}

/** What the merchant typed, as the API takes it: the number and the country it belongs to. */
export type PhoneValue = { country: CountryCode; number: string };

export const phoneBody = (phone: PhoneValue) => ({
  phone: phone.number.trim(),
  country: phone.country,
});
