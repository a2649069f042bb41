import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const SUBMITTER_KINDS = ['merchant', 'buyer'] as const;
export type SubmitterKind = (typeof SUBMITTER_KINDS)[number];

/** A reason an operator gives for a decision: a queue's reason code, optionally on one field. */
export interface ReviewReason {
  code: string;
  field?: string;
  note?: string;
}

/** Every review queue's cases (migration 0011). */
export const reviewCases = pgTable('review_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  queue: text('queue').notNull(),
  subjectId: uuid('subject_id').notNull(),
  submitterKind: text('submitter_kind', { enum: SUBMITTER_KINDS }).notNull(),
  submitterId: uuid('submitter_id').notNull(),
  kind: text('kind'),
  status: text('status').notNull(),
  searchText: text('search_text').notNull().default(''),
  snapshot: jsonb('snapshot').notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type ReviewCase = typeof reviewCases.$inferSelect;

/** Every decision on a case, with the snapshot it was made on. */
export const reviewDecisions = pgTable('review_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  /** 1, 2, 3… per case. */
  round: integer('round').notNull(),
  decision: text('decision').notNull(),
  statusBefore: text('status_before').notNull(),
  statusAfter: text('status_after').notNull(),
  reasons: jsonb('reasons').$type<ReviewReason[]>().notNull().default([]),
  note: text('note'),
  operatorId: uuid('operator_id').notNull(),
  snapshot: jsonb('snapshot').notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
});

export type ReviewDecision = typeof reviewDecisions.$inferSelect;
