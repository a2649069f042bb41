import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';

export type NameProblem = 'length' | 'characters' | 'url' | 'email' | 'phone' | 'reserved';

const REASONS: Record<Locale, Record<NameProblem, string>> = {
  en: {
    length: 'it must be 2–30 characters long.',
    characters: 'it contains characters that cannot be displayed.',
    url: 'it must not contain a web address.',
    email: 'it must not contain an e-mail address.',
    phone: 'it must not contain a phone number.',
    reserved: '"{word}" is reserved.',
  },
  'zh-CN': {
    length: '长度须为 2–30 个字符。',
    characters: '包含无法显示的字符。',
    url: '不能包含网址。',
    email: '不能包含邮箱地址。',
    phone: '不能包含电话号码。',
    reserved: '“{word}”是保留词。',
  },
};

// Latin words match as whole words ("Badminton Club" is fine); the others anywhere in the name.
const RESERVED_WORDS = ['admin', 'administrator', 'moderator'];
const RESERVED_ANYWHERE = ['kaidian', '开店', '管理员'];
/** Words that claim a brand's own store: only a flagship store (trademark holder) may use them. */
const FLAGSHIP_WORDS = ['official', 'flagship'];
const FLAGSHIP_ANYWHERE = ['官方', '旗舰'];

const TLDS =
  'com|net|org|cn|io|co|shop|store|top|xyz|info|biz|app|me|cc|tv|hk|tw|uk|us|de|jp|ru|online|site|vip|club|ltd|link|asia|mobi|so|la';
const URL_PATTERN = new RegExp(`(https?:|www\\.|\\b[a-z0-9-]+\\.(?:${TLDS})\\b)`, 'i');
const EMAIL_PATTERN = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Seven digits in a row, once spaces, dashes, dots and brackets are ignored: a phone number.
const PHONE_PATTERN = /\+?\d{7,}/;

/** The name as shown: NFKC (full-width letters become ordinary ones), trimmed, spaces collapsed. */
export function displayName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** What uniqueness is checked on: the display name case-folded ("ＡＢＣ Store" → "abc store"). */
export function nameKey(name: string): string {
  return displayName(name).toUpperCase().toLowerCase().normalize('NFKC');
}

export function nameProblem(
  name: string,
  options: { flagship: boolean },
): { problem: NameProblem; word?: string } | null {
  const shown = displayName(name);
  const length = [...shown].length;
  if (length < 2 || length > 30) return { problem: 'length' };
  if (/[\p{C}]/u.test(shown)) return { problem: 'characters' };
  if (EMAIL_PATTERN.test(shown)) return { problem: 'email' };
  if (URL_PATTERN.test(shown)) return { problem: 'url' };
  if (PHONE_PATTERN.test(shown.replace(/[\s\-.()（）]/g, ''))) return { problem: 'phone' };
  const folded = nameKey(shown);
  const words = [...RESERVED_WORDS, ...(options.flagship ? [] : FLAGSHIP_WORDS)];
  const anywhere = [...RESERVED_ANYWHERE, ...(options.flagship ? [] : FLAGSHIP_ANYWHERE)];
  const word =
    words.find((candidate) => new RegExp(`(^|[^a-z0-9])${candidate}([^a-z0-9]|$)`).test(folded)) ??
    anywhere.find((candidate) => folded.includes(candidate));
  return word ? { problem: 'reserved', word } : null;
}

/** The name to store, or `store.name_invalid` with the reason in the caller's language. */
export function checkStoreName(
  name: string,
  options: { flagship: boolean; locale: Locale },
): string {
  const found = nameProblem(name, options);
  if (!found) return displayName(name);
  const reason = REASONS[options.locale][found.problem].replace('{word}', found.word ?? '');
  throw new AppError(
    'store.name_invalid',
    { reason: found.problem, ...(found.word ? { word: found.word } : {}) },
    { reason },
  );
}
