import type { Language } from '../../i18n/language';
import type { Money } from './types';

// Money travels as integer minor units with its currency; only here does it become "¥1,980.00".

function currencyFormat(currency: string, language: Language) {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    // "¥", not "CN¥": the platform's merchants and operators read yuan as ¥ in either language.
    currencyDisplay: 'narrowSymbol',
  });
}

/** The number of minor units in one major unit of the currency (100 for CNY). */
export function minorUnitsPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  return 10 ** (digits ?? 2);
}

/** 198000 CNY → "¥1,980.00". */
export function formatMoney(money: Money, language: Language): string {
  return currencyFormat(money.currency, language).format(
    money.amount / minorUnitsPerMajor(money.currency),
  );
}

/** A signed statement amount with its sign always shown: "+¥2,000.00", "−¥300.00". */
export function formatSignedMoney(money: Money, language: Language): string {
  const sign = money.amount > 0 ? '+' : money.amount < 0 ? '−' : '';
  return `${sign}${formatMoney({ ...money, amount: Math.abs(money.amount) }, language)}`;
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

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Whole days from now until `iso` (negative once it has passed). */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.ceil((new Date(iso).getTime() - now) / 86_400_000);
}

export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language).format(count);
}
