import { messageArguments } from './format-message.ts';

/** One message in both languages, as a catalog keeps it (an error code's, a web key's). */
export type MessagePairs = Record<string, { en: string; 'zh-CN': string }>;

/** A web catalog pair (en defines the keys, zh-CN must have the same) as message pairs. */
export function pairsOf(
  english: Record<string, string>,
  chinese: Record<string, string>,
): MessagePairs {
  return Object.fromEntries(
    Object.keys({ ...english, ...chinese }).map((key) => [
      key,
      { en: english[key] as string, 'zh-CN': chinese[key] as string },
    ]),
  );
}

// Count-like placeholders followed by an English plural noun: "{count} payments" says
// "1 payments" for one; such a message needs `{count, plural, one {…} other {…}}`.
const BARE_COUNT = /\{(count|total|days|seconds|minutes|limit|retryAfter|min|max)\} [a-z]+s\b/;
// An ICU currency format shows "CN¥" in English and "¥" in Chinese; money goes through formatMoney.
const ICU_CURRENCY = /,\s*number\s*,\s*(::\s*)?currency/;

/**
 * What is wrong with a catalog's messages, one line each, for a test to expect none: a language
 * missing, a message that is not valid ICU, the two languages reading different arguments, a
 * bare count before an English plural, or money formatted by ICU rather than formatMoney.
 */
export function catalogProblems(pairs: MessagePairs): string[] {
  const problems: string[] = [];
  for (const [key, pair] of Object.entries(pairs)) {
    if (typeof pair.en !== 'string' || typeof pair['zh-CN'] !== 'string') {
      problems.push(`${key}: missing in ${typeof pair.en !== 'string' ? 'en' : 'zh-CN'}`);
      continue;
    }
    try {
      const english = messageArguments(pair.en).join(', ');
      const chinese = messageArguments(pair['zh-CN']).join(', ');
      if (english !== chinese) problems.push(`${key}: en reads {${english}}, zh-CN {${chinese}}`);
    } catch (error) {
      problems.push(`${key}: not an ICU message (${(error as Error).message})`);
    }
    if (BARE_COUNT.test(pair.en)) problems.push(`${key}: bare count before a plural: ${pair.en}`);
    if (ICU_CURRENCY.test(pair.en) || ICU_CURRENCY.test(pair['zh-CN']))
      problems.push(`${key}: money formatted by ICU, not formatMoney`);
  }
  return problems;
}
