import type { Language } from '../../i18n/language';

// Money is formatted by the one formatter the server uses too (src/shared/money.ts).
export {
  formatMoney,
  formatSignedMoney,
  majorUnitsText,
  minorUnitsPerMajor,
  parseMajorUnits,
} from '../../../shared/money';

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
