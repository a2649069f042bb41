import {
  bigint,
  customType,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProductStatus } from '../../../shared/product-status.ts';
import type { ModerationFlag } from './moderation/flags.ts';

// Mirrors migrations/0019_products.sql, which is what the database runs.

export { PRODUCT_STATUSES, type ProductStatus } from '../../../shared/product-status.ts';

export const PRICING_MODES = ['by_quantity', 'by_variant'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

export interface ProductAttribute {
  code: string;
  value: string;
}
export interface ProductOption {
  name: string;
  values: string[];
}

/** Written as `to_tsvector('simple', indexText(…))`; never read back as text. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  storeId: uuid('store_id').notNull(),
  merchantId: uuid('merchant_id').notNull(),
  categoryId: uuid('category_id').notNull(),
  /** The CSV handle; unique in the store when set. */
  handle: text('handle'),
  title: text('title').notNull(),
  /** Sanitised (description.ts) before it is stored. */
  descriptionHtml: text('description_html').notNull().default(''),
  weightGrams: integer('weight_grams').notNull().default(0),
  attributes: jsonb('attributes').$type<ProductAttribute[]>().notNull().default([]),
  options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
  pricingMode: text('pricing_mode').$type<PricingMode>().notNull(),
  minOrderQuantity: integer('min_order_quantity').notNull().default(1),
  status: text('status').$type<ProductStatus>().notNull().default('draft'),
  statusReason: text('status_reason'),
  /** Why the automatic checks held it for review; [] when they did not. */
  reviewFlags: jsonb('review_flags').$type<ModerationFlag[]>().notNull().default([]),
  /** The lowest unit price, minor units: cards and price sorts. */
  listPriceAmount: bigint('list_price_amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull().default('CNY'),
  salesCount: integer('sales_count').notNull().default(0),
  qualityScore: smallint('quality_score').notNull().default(0),
  searchVector: tsvector('search_vector').notNull().default(''),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;

export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    /** The product's store: a SKU is unique in the store. */
    storeId: uuid('store_id').notNull(),
    sku: text('sku').notNull(),
    /** { NAME: VALUE } per option; {} without options. */
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    stock: integer('stock').notNull(),
    /** Its own price when priced by variant; null when priced by quantity. */
    priceAmount: bigint('price_amount', { mode: 'number' }),
    position: integer('position').notNull(),
  },
  (table) => [unique().on(table.storeId, table.sku)],
);
export type ProductVariant = typeof productVariants.$inferSelect;

export const productPriceTiers = pgTable(
  'product_price_tiers',
  {
    productId: uuid('product_id').notNull(),
    minQuantity: integer('min_quantity').notNull(),
    priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.minQuantity] })],
);
export type ProductPriceTier = typeof productPriceTiers.$inferSelect;

export const productImages = pgTable(
  'product_images',
  {
    productId: uuid('product_id').notNull(),
    uploadId: uuid('upload_id').notNull(),
    /** 0 is the main image. */
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.position] })],
);
export type ProductImage = typeof productImages.$inferSelect;
