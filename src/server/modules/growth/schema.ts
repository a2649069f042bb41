import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0003_accounts_codes_growth.sql and 0010_bilingual_text.sql, which are what
// the database runs.

export const BUSINESS_MODELS = [
  'manufacturer',
  'wholesaler',
  'brand',
  'retailer',
  'dropshipper',
] as const;
export const EXPERIENCE_LEVELS = ['none', 'lt1y', '1to3y', 'gt3y'] as const;
/** Team size is a bracket: people answer "about how many", not a head count. */
export const TEAM_SIZES = ['1', '2-5', '6-20', '21-100', '100+'] as const;

export const businessProfiles = pgTable('merchant_business_profiles', {
  merchantId: uuid('merchant_id').primaryKey(),
  industry: text('industry').notNull(),
  businessModel: text('business_model', { enum: BUSINESS_MODELS }).notNull(),
  experience: text('experience', { enum: EXPERIENCE_LEVELS }).notNull(),
  platforms: text('platforms').array().notNull(),
  targetMarkets: text('target_markets').array().notNull(),
  teamSize: text('team_size', { enum: TEAM_SIZES }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type BusinessProfileRow = typeof businessProfiles.$inferSelect;

export const merchantMilestones = pgTable(
  'merchant_milestones',
  {
    merchantId: uuid('merchant_id').notNull(),
    milestone: text('milestone').notNull(),
    reachedAt: timestamp('reached_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.merchantId, table.milestone] })],
);

export const growthTasks = pgTable('growth_tasks', {
  key: text('key').primaryKey(),
  titleEn: text('title_en').notNull(),
  titleZh: text('title_zh').notNull(),
  descriptionEn: text('description_en').notNull(),
  descriptionZh: text('description_zh').notNull(),
  milestone: text('milestone'),
  actionPath: text('action_path'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type GrowthTask = typeof growthTasks.$inferSelect;

export const growthRules = pgTable('growth_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  // Both required when an operator edits; rules from before 0010 may have one still empty.
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  condition: jsonb('condition').notNull(),
  taskKeys: text('task_keys').array().notNull(),
  priority: integer('priority').notNull().default(100),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type GrowthRuleRow = typeof growthRules.$inferSelect;

export const growthTaskCompletions = pgTable(
  'growth_task_completions',
  {
    merchantId: uuid('merchant_id').notNull(),
    taskKey: text('task_key').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.merchantId, table.taskKey] })],
);
