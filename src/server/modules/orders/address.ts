import type { Locale } from '../../i18n/locale.ts';
import type { ShippingAddress } from './schema.ts';

/** One line of an address: Chinese reads from the country down, English from the street up. */
export function addressLine(address: ShippingAddress, locale: Locale): string {
  const country =
    new Intl.DisplayNames([locale], { type: 'region' }).of(address.country) ?? address.country;
  return locale === 'zh-CN'
    ? `${country} ${address.region}${address.city}${address.line1} ${address.postalCode}`.trim()
    : `${address.line1}, ${address.city}, ${address.region} ${address.postalCode}, ${country}`;
}
