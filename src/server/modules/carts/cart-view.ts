import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type PricedLine, priceLines } from '../products/index.ts';
import { type CartItem, cartItems } from './schema.ts';

export const CART_CURRENCY = 'CNY';

export interface CartLineView {
  productId: string;
  sku: string;
  quantity: number;
  title: string | null;
  storeSlug: string | null;
  options: Record<string, string>;
  imageUrl: string | null;
  minOrderQuantity: number | null;
  stock: number;
  unitPrice: { amount: number; currency: string } | null;
  lineTotal: { amount: number; currency: string } | null;
  /** The unit price last shown, when it differs from today's: the buyer must see it first. */
  previousUnitPrice: { amount: number; currency: string } | null;
  problem: PricedLine['problem'];
}

export interface CartView {
  id: string;
  items: CartLineView[];
  /** The lines grouped by store, in the order their first line was added: one order each. */
  stores: { slug: string; itemCount: number; subtotal: { amount: number; currency: string } }[];
  /** Of the lines that can be bought as they stand. */
  total: { amount: number; currency: string };
  /** Every line can be bought as it stands, and there is one. */
  ready: boolean;
}

/** The cart's lines in the order they were added. */
export function cartLines(db: Executor, cartId: string): Promise<CartItem[]> {
  return db
    .select()
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.seq));
}

const money = (amount: number, currency = CART_CURRENCY) => ({ amount, currency });

/** A cart as the buyer sees it: every price computed now, on the server. */
export async function viewCart(db: Executor, cartId: string): Promise<CartView> {
  const lines = await cartLines(db, cartId);
  return viewOfLines(cartId, lines, await priceLines(db, lines));
}

export function viewOfLines(cartId: string, lines: CartItem[], priced: PricedLine[]): CartView {
  const items = priced.map((line, index): CartLineView => {
    const currency = line.product?.currency ?? CART_CURRENCY;
    const seen = lines[index]?.seenUnitAmount ?? null;
    return {
      productId: line.productId,
      sku: line.sku,
      quantity: line.quantity,
      title: line.product?.title ?? null,
      storeSlug: line.product?.storeSlug ?? null,
      options: line.options,
      imageUrl: line.product?.imageUrl ?? null,
      minOrderQuantity: line.product?.minOrderQuantity ?? null,
      stock: line.stock,
      unitPrice: line.unitPrice === null ? null : money(line.unitPrice, currency),
      lineTotal: line.lineTotal === null ? null : money(line.lineTotal, currency),
      previousUnitPrice:
        seen !== null && line.unitPrice !== null && seen !== line.unitPrice
          ? money(seen, currency)
          : null,
      problem: line.problem,
    };
  });
  const stores = new Map<string, CartView['stores'][number]>();
  let total = 0;
  for (const item of items) {
    if (!item.storeSlug) continue;
    const store = stores.get(item.storeSlug) ?? {
      slug: item.storeSlug,
      itemCount: 0,
      subtotal: money(0),
    };
    store.itemCount += item.quantity;
    if (!item.problem && item.lineTotal) {
      store.subtotal.amount += item.lineTotal.amount;
      total += item.lineTotal.amount;
    }
    stores.set(item.storeSlug, store);
  }
  return {
    id: cartId,
    items,
    stores: [...stores.values()],
    total: money(total),
    ready: items.length > 0 && items.every((item) => !item.problem && !item.previousUnitPrice),
  };
}
