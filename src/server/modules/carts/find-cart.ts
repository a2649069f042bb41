import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { carts } from './schema.ts';

/** The cart's id, or `cart.not_found`. */
export async function findCart(db: Executor, cartId: string): Promise<string> {
  const [cart] = await db.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId));
  if (!cart) throw new AppError('cart.not_found');
  return cart.id;
}
