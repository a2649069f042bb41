import type { Locale } from '../../i18n/locale.ts';
import type { Money } from '../ledger/index.ts';

/** Minor units as people read them in messages and e-mails: ¥13,000.00 / CN¥13,000.00. */
export function formatMoney(money: Money, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}
