import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type PricedLine, priceLines } from '../products/index.ts';
import { type CartView, cartLines, viewOfLines } from './cart-view.ts';
import { cartItems, carts } from './schema.ts';
import { markSeen } from './set-cart-item.ts';

export interface CartAtCheckout {
  view: CartView;
  /** The lines as priced now, in the cart's order. */
  lines: PricedLine[];
}

/**
 * The cart, locked for the checkout's transaction (a second checkout of the same cart waits, and
 * then finds it empty) and priced now. Its prices are recorded as seen: a checkout refused
 * because a price changed shows the new one, and the buyer's next checkout accepts it.
 */
export async function cartForCheckout(tx: Tx, cartId: string, now: Date): Promise<CartAtCheckout> {
  const [cart] = await tx
    .update(carts)
    .set({ updatedAt: now })
    .where(eq(carts.id, cartId))
    .returning({ id: carts.id });
  if (!cart) throw new AppError('cart.not_found');
  const items = await cartLines(tx, cartId);
  const lines = await priceLines(tx, items);
  await markSeen(tx, cartId, lines);
  return { view: viewOfLines(cartId, items, lines), lines };
}

/** What was ordered leaves the cart. */
export async function emptyCart(tx: Tx, cartId: string): Promise<void> {
  await tx.delete(cartItems).where(eq(cartItems.cartId, cartId));
}
