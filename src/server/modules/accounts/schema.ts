import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const merchants = pgTable('merchants', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountType: text('account_type', { enum: ['personal', 'enterprise'] }).notNull(),
  email: text('email'),
  emailNormalized: text('email_normalized').unique(),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  phone: text('phone').unique(),
  phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
  passwordHash: text('password_hash').notNull(),
  realName: text('real_name'),
  locale: text('locale', { enum: ['en', 'zh-CN'] })
    .notNull()
    .default('en'),
  status: text('status', { enum: ['active', 'suspended', 'closed'] })
    .notNull()
    .default('active'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Merchant = typeof merchants.$inferSelect;

/** The two ways to reach a merchant; codes and contacts are bound to one of them. */
export const CONTACT_CHANNELS = ['email', 'phone'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

// Mirrors migrations/0003_accounts_codes_growth.sql, which is what the database runs.
export const signupRequests = pgTable('signup_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
  address: text('address').notNull(),
  displayAddress: text('display_address').notNull(),
  passwordHash: text('password_hash').notNull(),
  accountType: text('account_type', { enum: ['personal', 'enterprise'] }).notNull(),
  locale: text('locale', { enum: ['en', 'zh-CN'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type SignupRequest = typeof signupRequests.$inferSelect;
