// The one message formatter of Kaidian: the web app's catalogs, the server's error texts and its
// e-mails all fill their ICU messages here, with FormatJS's intl-messageformat, so a count, a
// number, a date or an amount reads the same way in a page and in the mail about it.
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMoney, type Money } from '../money.ts';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** What a compiled message needs besides the formatter: which arguments it reads, and how. */
interface Compiled {
  format: IntlMessageFormat;
  /** every argument the message names, at any depth */
  names: Set<string>;
  /** arguments read as numbers (plural, selectordinal, number), which a formatted count may fill */
  numeric: Set<string>;
  /** arguments read as dates or times, which an ISO string may fill */
  dates: Set<string>;
  /** arguments only placed as they are (`{name}`), which show as `{name}` when missing */
  plain: Set<string>;
}

// intl-messageformat's element types (TYPE in @formatjs/icu-messageformat-parser).
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const PLURAL = 6;

const compiled = new Map<string, Compiled>();
// Catalogs are finite, so this holds them all; the bound only guards against a caller that
// formats text it builds on the fly.
const MAX_COMPILED = 5_000;

function collect(elements: Element[], into: Omit<Compiled, 'format'>): void {
  for (const element of elements) {
    if ('children' in element) collect(element.children, into);
    if (element.type < ARGUMENT || element.type > PLURAL || !('value' in element)) continue;
    const name = element.value;
    into.names.add(name);
    if (element.type === ARGUMENT) into.plain.add(name);
    if (element.type === NUMBER || element.type === PLURAL) into.numeric.add(name);
    if (element.type === DATE || element.type === TIME) into.dates.add(name);
    if ('options' in element) {
      for (const option of Object.values(element.options)) collect(option.value, into);
    }
  }
}

function compile(message: string, locale: string): Compiled {
  const key = `${locale}\u0000${message}`;
  let entry = compiled.get(key);
  if (!entry) {
    // ignoreTag: "<" in a message is text ("files < 5 MB"), never markup.
    const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    entry = { format, names: new Set(), numeric: new Set(), dates: new Set(), plain: new Set() };
    collect(format.getAst(), entry);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, entry);
  }
  return entry;
}

/** The argument names an ICU message reads, at any depth (inside plural branches too). */
export function messageArguments(message: string): string[] {
  return [...compile(message, 'en').names].sort();
}

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).amount === 'number' &&
    typeof (value as Money).currency === 'string'
  );
}

/** A count that comes already formatted ("1,000") is still the number it shows. */
function asNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const number = Number(value.replace(/[,\s]/g, ''));
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/**
 * Fill an ICU message: `{name}` placeholders, `{count, plural, one {# payment} other {# payments}}`
 * (English needs them; Chinese has no plural forms, so its messages say `{count} 笔付款`),
 * `{n, number}` and `{at, date, long}` (a Date or an ISO string) through Intl in the locale. An amount of money is passed
 * as a typed `{ amount, currency }` value and always shows as formatMoney shows it ("¥1,980.00" in
 * either language, never "CN¥"). A missing value stays visible as `{name}`, so it is noticed.
 */
export function formatMessage(
  message: string,
  values: Record<string, unknown> = {},
  locale = 'en',
): string {
  const { format, names, numeric, dates, plain } = compile(message, locale);
  const filled: Record<string, unknown> = {};
  for (const name of names) {
    if (!Object.hasOwn(values, name) || values[name] === undefined) {
      // A placeholder alone can show its own name; a missing count has no form to choose.
      if (!plain.has(name) || numeric.has(name)) return message;
      filled[name] = `{${name}}`;
      continue;
    }
    const value = values[name];
    if (isMoney(value)) filled[name] = formatMoney(value, locale);
    else if (numeric.has(name)) filled[name] = asNumber(value);
    else if (dates.has(name)) filled[name] = typeof value === 'string' ? new Date(value) : value;
    else if (value instanceof Date)
      filled[name] = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(value);
    else if (value === null || typeof value === 'object') filled[name] = String(value);
    else filled[name] = value;
  }
  return String(format.format(filled as Record<string, string | number>));
}
