import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { priceLines } from '../products/index.ts';
import { type CartView, cartLines, viewOfLines } from './cart-view.ts';
import { cartItems, carts } from './schema.ts';

/** More lines than a buyer would put in one cart are refused, as is an unbounded cart. */
export const MAX_CART_LINES = 100;

export interface CartItemChange {
  productId: string;
  sku: string;
  /** 0 removes the line. */
  quantity: number;
}

/**
 * Sets a line of the cart (adds it, changes its quantity, or removes it at 0) and answers with
 * the cart priced now. A product or SKU that is not on sale (or whose store takes no orders)
 * cannot be added; one that stopped
 * being sold after it was added stays, flagged, until the buyer removes it. The prices in the
 * answer are recorded as seen, so a later change of price is flagged rather than charged.
 */
export async function setCartItem(
  tx: Tx,
  cartId: string,
  change: CartItemChange,
  now: Date,
): Promise<CartView> {
  // The cart's row lock orders concurrent changes to one cart (two tabs adding at once).
  const [cart] = await tx
    .update(carts)
    .set({ updatedAt: now })
    .where(eq(carts.id, cartId))
    .returning({ id: carts.id });
  if (!cart) throw new AppError('cart.not_found');
  const line = and(
    eq(cartItems.cartId, cartId),
    eq(cartItems.productId, change.productId),
    eq(cartItems.sku, change.sku),
  );
  if (change.quantity === 0) {
    await tx.delete(cartItems).where(line);
  } else {
    const lines = await cartLines(tx, cartId);
    const existing = lines.some(
      (item) => item.productId === change.productId && item.sku === change.sku,
    );
    if (!existing) {
      if (lines.length >= MAX_CART_LINES)
        throw new AppError('cart.too_many_lines', { max: MAX_CART_LINES });
      const [wanted] = await priceLines(tx, [{ ...change }]);
      const notForSale: (string | null | undefined)[] = [
        'unavailable',
        'not_orderable',
        'sku_gone',
      ];
      if (!wanted?.product || notForSale.includes(wanted.problem))
        throw new AppError('cart.product_unavailable');
      await tx.insert(cartItems).values({ cartId, ...change, addedAt: now });
    } else {
      await tx.update(cartItems).set({ quantity: change.quantity }).where(line);
    }
  }
  const lines = await cartLines(tx, cartId);
  const priced = await priceLines(tx, lines);
  await markSeen(tx, cartId, priced);
  // The answer shows today's prices, which are now the ones seen: a tier reached by the change
  // is the buyer's doing, not a change to warn about.
  const seen = lines.map((item, index) => ({
    ...item,
    seenUnitAmount: priced[index]?.unitPrice ?? null,
  }));
  return viewOfLines(cartId, seen, priced);
}

/** Records the prices just shown as the ones the buyer has seen. */
export async function markSeen(
  tx: Tx,
  cartId: string,
  priced: { productId: string; sku: string; unitPrice: number | null }[],
): Promise<void> {
  const shown = priced.filter((line) => line.unitPrice !== null);
  if (shown.length === 0) return;
  const rows = shown.map(
    (line) => sql`(${line.productId}::uuid, ${line.sku}::text, ${line.unitPrice}::bigint)`,
  );
  await tx.execute(sql`
    UPDATE ${cartItems} SET seen_unit_amount = shown.amount
    FROM (VALUES ${sql.join(rows, sql`, `)}) AS shown (product_id, sku, amount)
    WHERE ${cartItems.cartId} = ${cartId} AND ${cartItems.productId} = shown.product_id
      AND ${cartItems.sku} = shown.sku`);
}
