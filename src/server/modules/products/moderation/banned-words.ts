import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { descriptionText } from '../description.ts';
import { bannedWords } from './schema.ts';

/**
 * What a banned word and a text are compared as: NFKC (full-width ＦＡＫＥ is FAKE, ① is 1),
 * lower case, runs of white space as one space. The same form is what keeps the list unique.
 */
export const bannedWordKey = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A text as a buyer reads it: markup is not text (`<b>fa</b>ke` reads "fake"), entities decoded. */
const readableText = (text: string) => (/[<&]/.test(text) ? descriptionText(text) : text);

/** The banned words, in the operator's order. */
export async function listBannedWords(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ word: bannedWords.word })
    .from(bannedWords)
    .orderBy(asc(bannedWords.position));
  return rows.map((row) => row.word);
}

/**
 * Which banned words occur in any of the texts (a title, attribute values, a description in
 * HTML), as the operator wrote them. A word matches anywhere inside a text — Chinese has no
 * spaces to find word ends by, so 假货 is found in 绝非假货 — whatever its case or width.
 */
export async function findBannedWords(db: Executor, texts: string[]): Promise<string[]> {
  return (
    await findBannedWordsIn(
      db,
      texts.map((text) => ({ text })),
    )
  ).words;
}

/** The banned words with the form they are compared in, in the operator's order. */
export type BannedWordList = { word: string; key: string }[];

export function loadBannedWords(db: Executor): Promise<BannedWordList> {
  return db
    .select({ word: bannedWords.word, key: bannedWords.wordKey })
    .from(bannedWords)
    .orderBy(asc(bannedWords.position));
}

/**
 * The banned words found in each of `places` (each a text and what names it: the title, an
 * attribute…): the places where some were found, each with its words, and every word found, in
 * the operator's order.
 */
export async function findBannedWordsIn<Place extends { text: string }>(
  db: Executor,
  places: Place[],
  /** The list as loadBannedWords read it, for a caller that checks many products at once. */
  list?: BannedWordList,
): Promise<{ words: string[]; places: (Omit<Place, 'text'> & { words: string[] })[] }> {
  const readable = places.filter((place) => place.text.trim() !== '');
  if (readable.length === 0) return { words: [], places: [] };
  const listed = list ?? (await loadBannedWords(db));
  if (listed.length === 0) return { words: [], places: [] };
  const found = readable.flatMap(({ text, ...place }) => {
    const haystack = bannedWordKey(readableText(text));
    const words = listed.filter(({ key }) => haystack.includes(key)).map(({ word }) => word);
    return words.length > 0 ? [{ ...place, words }] : [];
  });
  const words = listed
    .map(({ word }) => word)
    .filter((word) => found.some((place) => place.words.includes(word)));
  return { words, places: found };
}
