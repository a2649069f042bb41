import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Mirrors migrations/0020_moderation.sql, which is what the database runs.

/** The operator's banned words (SPEC §6, §9). */
export const bannedWords = pgTable('banned_words', {
  id: uuid('id').primaryKey().defaultRandom(),
  word: text('word').notNull(),
  /** NFKC-normalised and case-folded: what uniqueness and matching compare. */
  wordKey: text('word_key').notNull().unique(),
  /** The order the operator keeps the list in. */
  position: integer('position').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export type BannedWord = typeof bannedWords.$inferSelect;
