// Money travels as integer minor units with its currency; only here does it become "¥1,980.00".
// One formatter for the server (e-mails, error messages, storefront) and the web app, so a
// merchant reads the same amount the same way in a page and in the mail about it.

/** An amount in integer minor units (fen for CNY) with its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** The languages Kaidian speaks ('en' | 'zh-CN'); any BCP 47 tag Intl knows works. */
type MoneyLocale = string;

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale: MoneyLocale): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      // "¥", not "CN¥": the platform's merchants and operators read yuan as ¥ in either language.
      currencyDisplay: 'narrowSymbol',
    });
    formats.set(key, format);
  }
  return format;
}

const minorUnits = new Map<string, number>();

/** The number of minor units in one major unit of the currency (100 for CNY, 1 for JPY). */
export function minorUnitsPerMajor(currency: string): number {
  // Kept per currency: resolvedOptions() builds a new object each time, and a CSV import asks
  // for every price of every row.
  let units = minorUnits.get(currency);
  if (units === undefined) {
    const digits = currencyFormat(currency, 'en').resolvedOptions().maximumFractionDigits;
    units = 10 ** (digits ?? 2);
    minorUnits.set(currency, units);
  }
  return units;
}

/** 198000 CNY → "¥1,980.00", in English and in Chinese alike. */
export function formatMoney(money: Money, locale: MoneyLocale): string {
  return currencyFormat(money.currency, locale).format(
    money.amount / minorUnitsPerMajor(money.currency),
  );
}

/** A signed statement amount with its sign always shown: "+¥2,000.00", "−¥300.00". */
export function formatSignedMoney(money: Money, locale: MoneyLocale): string {
  const sign = money.amount > 0 ? '+' : money.amount < 0 ? '−' : '';
  return `${sign}${formatMoney({ ...money, amount: Math.abs(money.amount) }, locale)}`;
}

/** "2,000.00" for a form field: the major-unit amount without a symbol or grouping. */
export function majorUnitsText(money: Money): string {
  const per = minorUnitsPerMajor(money.currency);
  const digits = Math.round(Math.log10(per));
  const whole = Math.floor(money.amount / per);
  const fraction = money.amount % per;
  return digits === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/**
 * What an operator typed in yuan ("1,980", "1980.5", "¥1 980.00") as minor units, read as text
 * so no float rounding creeps in; null when it is not an amount.
 */
export function parseMajorUnits(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,，¥￥]/g, '');
  const per = minorUnitsPerMajor(currency);
  const digits = Math.round(Math.log10(per));
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return null;
  return Number(whole) * per + Number(fraction.padEnd(digits, '0') || '0');
}
