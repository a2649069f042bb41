import { bigint, boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MerchantStatus } from '../accounts/index.ts';
import type { VerificationState } from '../kyc/index.ts';

// Mirrors migrations/0015_merchant_directory.sql, which is what the database runs.

/** The store as the directory lists it. */
export interface DirectoryStore {
  id: string;
  status: 'pending_payment' | 'active' | 'expiring' | 'grace' | 'suspended' | 'closed';
  name: string | null;
  slug: string | null;
  live: boolean;
  testMode: boolean;
}

export const merchantDirectory = pgTable('merchant_directory', {
  merchantId: uuid('merchant_id').primaryKey(),
  accountType: text('account_type').$type<'personal' | 'enterprise'>().notNull(),
  email: text('email'),
  phone: text('phone'),
  realName: text('real_name'),
  status: text('status').$type<MerchantStatus>().notNull(),
  verificationStatus: text('verification_status').$type<VerificationState['status']>().notNull(),
  verified: boolean('verified').notNull(),
  store: jsonb('store').$type<DirectoryStore>(),
  depositAmount: bigint('deposit_amount', { mode: 'number' }).notNull(),
  depositCurrency: text('deposit_currency').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
});

export const merchantDirectoryCounts = pgTable('merchant_directory_counts', {
  status: text('status').$type<MerchantStatus>().notNull(),
  verified: boolean('verified').notNull(),
  verificationStatus: text('verification_status').$type<VerificationState['status']>().notNull(),
  merchants: bigint('merchants', { mode: 'number' }).notNull(),
});

export type DirectoryRow = typeof merchantDirectory.$inferSelect;
