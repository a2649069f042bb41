/**
 * Full-text search that works for Chinese, which has no spaces between words, and for
 * space-separated languages alike, inside PostgreSQL's own `tsvector` with the `simple`
 * configuration (no stemming, no stop words, no locale needed).
 *
 * Why not pg_trgm: under the embedded cluster's C locale it extracts no trigrams from Chinese
 * at all, and a trigram index cannot answer a two-character query such as 手机 in any locale.
 *
 * Indexing: words found by `Intl.Segmenter` (any language), lower-cased and NFKC-normalised,
 * plus every single character and every pair of neighbouring characters of each run of Han
 * (and kana) characters. A query turns each run of Han characters into its pairs (a single
 * character stays itself), so 连衣裙 asks for 连衣 & 衣裙 and finds 夏季新款连衣裙女 whatever
 * the segmenter made of either; other words match as prefixes (dre → dress).
 *
 * Every token holds only letters, marks and digits, so PostgreSQL's parser keeps it as one
 * lexeme on both sides and no query text (quotes, colons, `&|!()`, a NUL byte) can reach
 * the tsquery syntax.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Letters written without spaces between words, indexed by pairs (not radicals or symbols). */
const ideographicRun = /(?:(?=\p{L})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])+/gu;
/** Anything that is not a letter, mark or digit splits a word into tokens. */
const separator = /[^\p{L}\p{M}\p{N}]+/u;
/** A query asks for at most this many terms; more add nothing but work. */
const maxQueryTerms = 16;
/** PostgreSQL ignores lexemes of 2,048 bytes or more; far below that is plenty for a word. */
const maxTokenLength = 100;

interface Tokens {
  /** Words, and the parts of a word outside its ideographic runs. */
  words: string[];
  /** Words written wholly in ideographic characters, as the segmenter found them. */
  ideographicWords: string[];
  /** Runs of ideographic characters. */
  runs: string[];
}

function tokenize(text: string): Tokens {
  const tokens: Tokens = { words: [], ideographicWords: [], runs: [] };
  const normalised = text.normalize('NFKC').toLowerCase();
  // Runs are taken from the whole text: the segmenter cuts 连衣裙 off 新款, and the pair 款连
  // that spans its cut is what a query for 新款连衣裙 asks for.
  tokens.runs.push(...(normalised.match(ideographicRun) ?? []));
  for (const { segment, isWordLike } of segmenter.segment(normalised)) {
    if (!isWordLike) continue;
    for (const part of segment.split(separator)) {
      const runs = part.match(ideographicRun) ?? [];
      if (runs.length === 1 && runs[0] === part) {
        if (part.length <= maxTokenLength) tokens.ideographicWords.push(part);
        continue;
      }
      for (const rest of part.split(ideographicRun)) {
        if (rest !== '' && rest.length <= maxTokenLength) tokens.words.push(rest);
      }
    }
  }
  return tokens;
}

function characterPairs(run: string): string[] {
  const characters = Array.from(run);
  if (characters.length === 1) return characters;
  return characters.slice(1).map((character, index) => `${characters[index]}${character}`);
}

/** The text to index with `to_tsvector('simple', …)` for these texts (title, attributes, …). */
export function indexText(texts: string[]): string {
  const lexemes = new Set<string>();
  for (const text of texts) {
    const { words, ideographicWords, runs } = tokenize(text);
    for (const word of [...words, ...ideographicWords]) lexemes.add(word);
    for (const run of runs) {
      for (const character of run) lexemes.add(character);
      for (const pair of characterPairs(run)) lexemes.add(pair);
    }
  }
  return [...lexemes].join(' ');
}

/**
 * The `to_tsquery('simple', …)` text for what a buyer typed: all of its terms (AND), or null
 * when it holds nothing searchable (only punctuation or spaces).
 */
export function matchQuery(q: string): string | null {
  const { words, runs } = tokenize(q);
  const terms = new Set<string>();
  for (const run of runs) for (const pair of characterPairs(run)) terms.add(pair);
  for (const word of words) terms.add(`${word}:*`);
  if (terms.size === 0) return null;
  return [...terms].slice(0, maxQueryTerms).join(' & ');
}
