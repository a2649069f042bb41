import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const UPLOAD_PURPOSES = ['kyc', 'logo', 'banner', 'product'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const UPLOAD_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

export const uploads = pgTable('uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerMerchantId: uuid('owner_merchant_id').notNull(),
  purpose: text('purpose', { enum: UPLOAD_PURPOSES }).notNull(),
  contentType: text('content_type', { enum: UPLOAD_CONTENT_TYPES }).notNull(),
  size: integer('size').notNull(),
  width: integer('width'),
  height: integer('height'),
  storageKey: text('storage_key').notNull().unique(),
  sha256: text('sha256').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Upload = typeof uploads.$inferSelect;
