import {
  bigint,
  bigserial,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0024_carts.sql, which is what the database runs.

export const carts = pgTable('carts', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cartItems = pgTable(
  'cart_items',
  {
    cartId: uuid('cart_id').notNull(),
    productId: uuid('product_id').notNull(),
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
    /** The unit price (minor units) the buyer was last shown for this line. */
    seenUnitAmount: bigint('seen_unit_amount', { mode: 'number' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    /** The order lines were added in. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.cartId, table.productId, table.sku] })],
);
export type CartItem = typeof cartItems.$inferSelect;
