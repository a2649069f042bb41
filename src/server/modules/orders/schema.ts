import {
  bigint,
  customType,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0025_orders.sql and 0026_order_shipping.sql, which are what the database runs.

export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'confirmed',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface ShippingAddress {
  country: string;
  region: string;
  city: string;
  line1: string;
  postalCode: string;
}

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const orders = pgTable('orders', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: text('number').notNull(),
  keyHash: bytea('key_hash').notNull(),
  storeId: uuid('store_id').notNull(),
  merchantId: uuid('merchant_id').notNull(),
  status: text('status').$type<OrderStatus>().notNull().default('pending_payment'),
  buyerName: text('buyer_name').notNull(),
  buyerEmail: text('buyer_email').notNull(),
  buyerPhone: text('buyer_phone').notNull(),
  shippingAddress: jsonb('shipping_address').$type<ShippingAddress>().notNull(),
  locale: text('locale').$type<'zh-CN' | 'en'>().notNull(),
  goodsAmount: bigint('goods_amount', { mode: 'number' }).notNull(),
  shippingAmount: bigint('shipping_amount', { mode: 'number' }).notNull().default(0),
  totalAmount: bigint('total_amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  provider: text('provider').notNull(),
  payBy: timestamp('pay_by', { withTimezone: true }).notNull(),
  cancelReason: text('cancel_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  shippedAt: timestamp('shipped_at', { withTimezone: true }),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  /** A code of merchant-orders' CARRIERS; `other` with its name in carrierName. */
  carrier: text('carrier'),
  carrierName: text('carrier_name'),
  trackingNumber: text('tracking_number'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type Order = typeof orders.$inferSelect;

export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id').notNull(),
    position: integer('position').notNull(),
    productId: uuid('product_id').notNull(),
    categoryId: uuid('category_id'),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    quantity: integer('quantity').notNull(),
    unitAmount: bigint('unit_amount', { mode: 'number' }).notNull(),
    lineAmount: bigint('line_amount', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orderId, table.position] })],
);
export type OrderLine = typeof orderLines.$inferSelect;
