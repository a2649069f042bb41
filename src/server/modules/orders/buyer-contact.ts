import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';

const MESSAGES = {
  en: 'Enter a phone number the seller can reach you at (with its country code outside mainland China).',
  'zh-CN': '请填写卖家能联系到您的电话号码（中国大陆以外的号码请加国家代码）。',
} as const satisfies Record<Locale, string>;

/**
 * The buyer's phone in E.164 ("+8613800138000"): read for the shipping country when it has no
 * "+", any valid number (a landline is fine: it is for the courier, not for codes). Refused as a
 * field of the form, like schema errors, so the checkout form marks it.
 */
export function buyerPhone(input: string, country: string, locale: Locale): string {
  const region = country.toUpperCase();
  const parsed = parsePhoneNumberFromString(
    input.trim(),
    isSupportedCountry(region) ? region : 'CN',
  );
  if (!parsed?.isValid()) {
    throw new AppError(
      'validation.failed',
      [{ field: 'buyer.phone', rule: 'phone', message: MESSAGES[locale] }],
      { fields: 'buyer.phone' },
    );
  }
  return parsed.number;
}
