import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0018_categories.sql, which is what the database runs.

/** SPEC §6: up to 4 levels. */
export const MAX_CATEGORY_LEVEL = 4;

export const ATTRIBUTE_KINDS = ['text', 'list'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

export const categories = pgTable('categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  parentId: uuid('parent_id'),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  level: integer('level').notNull(),
  position: integer('position').notNull().default(0),
  /** The platform's commission on an order's goods, in basis points (500 = 5%). */
  commissionRateBp: integer('commission_rate_bp').notNull().default(500),
  forbidden: boolean('forbidden').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type CategoryRow = typeof categories.$inferSelect;

export const categoryAttributes = pgTable(
  'category_attributes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryId: uuid('category_id').notNull(),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    required: boolean('required').notNull().default(false),
    kind: text('kind').$type<AttributeKind>().notNull(),
    /** The choices of a `list` attribute, in order; empty for `text`. */
    values: jsonb('values').$type<string[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
  },
  (table) => [unique().on(table.categoryId, table.code)],
);
export type CategoryAttributeRow = typeof categoryAttributes.$inferSelect;

export const categoryTreeVersion = pgTable('category_tree_version', {
  singleton: boolean('singleton').primaryKey().default(true),
  version: bigint('version', { mode: 'number' }).notNull(),
});
