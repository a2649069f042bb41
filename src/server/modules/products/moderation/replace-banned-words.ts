import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import { bannedWordKey, listBannedWords } from './banned-words.ts';
import { bannedWords } from './schema.ts';

export const BANNED_WORD_MAX_LENGTH = 64;
export const BANNED_WORDS_MAX = 2000;

/**
 * The operator's list replaced by the one they saved (SPEC §9): blank entries dropped, each word
 * once (the first spelling of ＦＡＫＥ / fake / FAKE kept), audited with the list before and after.
 * The list keeps the order it was saved in; a word kept keeps who added it and when.
 */
export async function replaceBannedWords(
  tx: Executor,
  input: { words: string[]; operatorId: string; ip: string | null; now: Date },
): Promise<string[]> {
  const before = await listBannedWords(tx);
  const wanted = new Map<string, string>();
  for (const raw of input.words) {
    const word = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = bannedWordKey(word);
    if (key !== '' && !wanted.has(key)) wanted.set(key, word);
  }
  const existing = await tx.select().from(bannedWords);
  const kept = new Set(existing.map((row) => row.wordKey).filter((key) => wanted.has(key)));
  await tx.delete(bannedWords);
  if (wanted.size > 0) {
    const dates = new Map(existing.map((row) => [row.wordKey, row]));
    await tx.insert(bannedWords).values(
      [...wanted].map(([key, word], position) => {
        const previous = kept.has(key) ? dates.get(key) : undefined;
        return {
          word,
          wordKey: key,
          position,
          createdBy: previous ? previous.createdBy : input.operatorId,
          createdAt: previous ? previous.createdAt : input.now,
        };
      }),
    );
  }
  const after = await listBannedWords(tx);
  if (before.join('\n') !== after.join('\n')) {
    await recordAudit(tx, {
      actor: input.operatorId,
      action: 'banned_words.updated',
      target: { type: 'banned_words', id: 'list' },
      before: { words: before },
      after: { words: after },
      ip: input.ip,
      at: input.now,
    });
  }
  return after;
}
