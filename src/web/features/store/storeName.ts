// SPEC §5's store-name rules, mirrored from the server (src/server/modules/stores/design/
// store-name.ts) so the editor can say what is wrong while the merchant types. The server checks
// again on save and decides; uniqueness only it can tell.

export type NameProblem = 'length' | 'characters' | 'url' | 'email' | 'phone' | 'reserved';

export const nameMinLength = 2;
export const nameMaxLength = 30;

const reservedWords = ['admin', 'administrator', 'moderator'];
const reservedAnywhere = ['kaidian', '开店', '管理员'];
/** A brand's own words: for flagship stores only. */
const flagshipWords = ['official', 'flagship'];
const flagshipAnywhere = ['官方', '旗舰'];

const tlds =
  'com|net|org|cn|io|co|shop|store|top|xyz|info|biz|app|me|cc|tv|hk|tw|uk|us|de|jp|ru|online|site|vip|club|ltd|link|asia|mobi|so|la';
const urlPattern = new RegExp(`(https?:|www\\.|\\b[a-z0-9-]+\\.(?:${tlds})\\b)`, 'i');
const emailPattern = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const phonePattern = /\+?\d{7,}/;

/** The name as the storefront shows it: NFKC, trimmed, runs of spaces collapsed. */
export function displayName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

export const nameLength = (name: string) => [...displayName(name)].length;

/** Each rule's state for the hints under the field: true when the name keeps it. */
export function nameRules(name: string, flagship: boolean) {
  const shown = displayName(name);
  const length = [...shown].length;
  const folded = shown.toUpperCase().toLowerCase().normalize('NFKC');
  const words = [...reservedWords, ...(flagship ? [] : flagshipWords)];
  const anywhere = [...reservedAnywhere, ...(flagship ? [] : flagshipAnywhere)];
  const reservedWord =
    words.find((word) => new RegExp(`(^|[^a-z0-9])${word}([^a-z0-9]|$)`).test(folded)) ??
    anywhere.find((word) => folded.includes(word)) ??
    null;
  const contact =
    emailPattern.test(shown) ||
    urlPattern.test(shown) ||
    phonePattern.test(shown.replace(/[\s\-.()（）]/g, ''));
  return {
    length,
    lengthOk: length >= nameMinLength && length <= nameMaxLength,
    printable: !/[\p{C}]/u.test(shown),
    noContact: !contact,
    reservedWord,
  };
}
