import { bigserial, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ACTOR_KINDS = ['merchant', 'operator', 'system', 'provider'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One row per status move of any entity (migration 0016). */
export const statusHistory = pgTable('status_history', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  actorKind: text('actor_kind', { enum: ACTOR_KINDS }).notNull(),
  actorId: text('actor_id'),
  reason: text('reason'),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

export type StatusHistoryRow = typeof statusHistory.$inferSelect;
