import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoreDesign } from './design/design-input.ts';

// Mirrors migrations/0007_stores_payments.sql, which is what the database runs.

export const ACCOUNT_TYPES = ['personal', 'enterprise'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const STORE_STATUSES = [
  'pending_payment',
  'active',
  'expiring',
  'grace',
  'suspended',
  'closed',
] as const;
export type StoreStatus = (typeof STORE_STATUSES)[number];

export const storeTypes = pgTable('store_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  descriptionEn: text('description_en').notNull().default(''),
  descriptionZh: text('description_zh').notNull().default(''),
  accountTypes: text('account_types').array().$type<AccountType[]>().notNull(),
  requiresTrademark: boolean('requires_trademark').notNull().default(false),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type StoreType = typeof storeTypes.$inferSelect;

export const storePackages = pgTable('store_packages', {
  id: uuid('id').primaryKey().defaultRandom(),
  storeTypeId: uuid('store_type_id').notNull(),
  code: text('code').notNull(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  feeAmount: bigint('fee_amount', { mode: 'number' }).notNull(),
  depositAmount: bigint('deposit_amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull().default('CNY'),
  productLimit: integer('product_limit').notNull(),
  promotions: boolean('promotions').notNull().default(false),
  customTemplates: boolean('custom_templates').notNull().default(false),
  advertising: boolean('advertising').notNull().default(false),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type StorePackage = typeof storePackages.$inferSelect;

export const categoryDeposits = pgTable(
  'store_package_category_deposits',
  {
    packageId: uuid('package_id').notNull(),
    category: text('category').notNull(),
    depositAmount: bigint('deposit_amount', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.packageId, table.category] })],
);
export type CategoryDeposit = typeof categoryDeposits.$inferSelect;

export const stores = pgTable('stores', {
  id: uuid('id').primaryKey().defaultRandom(),
  merchantId: uuid('merchant_id').notNull().unique(),
  storeTypeId: uuid('store_type_id').notNull(),
  packageId: uuid('package_id').notNull(),
  status: text('status', { enum: STORE_STATUSES }).notNull(),
  testMode: boolean('test_mode').notNull().default(false),
  depositRequired: bigint('deposit_required', { mode: 'number' }).notNull().default(0),
  currency: text('currency').notNull().default('CNY'),
  serviceEndsAt: timestamp('service_ends_at', { withTimezone: true }),
  firstActivatedAt: timestamp('first_activated_at', { withTimezone: true }),
  slug: text('slug').unique(),
  slugChangedAt: timestamp('slug_changed_at', { withTimezone: true }),
  designDraft: jsonb('design_draft').$type<StoreDesign>(),
  draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }),
  designPublished: jsonb('design_published').$type<StoreDesign>(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
  /** Stamped by migration 0021's triggers when a published product changes: a new storefront version. */
  catalogChangedAt: timestamp('catalog_changed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type Store = typeof stores.$inferSelect;

export const storeNameClaims = pgTable('store_name_claims', {
  nameKey: text('name_key').primaryKey(),
  storeId: uuid('store_id').notNull(),
  claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
});

export const PURCHASE_KINDS = ['open', 'renewal'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];
export const PURCHASE_STATUSES = ['pending_payment', 'paid', 'failed', 'cancelled'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

export const storePurchases = pgTable('store_purchases', {
  id: uuid('id').primaryKey().defaultRandom(),
  storeId: uuid('store_id').notNull(),
  merchantId: uuid('merchant_id').notNull(),
  kind: text('kind', { enum: PURCHASE_KINDS }).notNull(),
  storeTypeId: uuid('store_type_id').notNull(),
  packageId: uuid('package_id').notNull(),
  feeAmount: bigint('fee_amount', { mode: 'number' }).notNull(),
  depositAmount: bigint('deposit_amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  status: text('status', { enum: PURCHASE_STATUSES }).notNull(),
  testMode: boolean('test_mode').notNull(),
  trademarkUploadId: uuid('trademark_upload_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }),
});
export type StorePurchase = typeof storePurchases.$inferSelect;

export const renewalReminders = pgTable(
  'store_renewal_reminders',
  {
    storeId: uuid('store_id').notNull(),
    serviceEndsAt: timestamp('service_ends_at', { withTimezone: true }).notNull(),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.storeId, table.serviceEndsAt, table.daysBefore] })],
);
