import type { Executor } from '../../db/client.ts';
import { carts } from './schema.ts';

/** A new, empty guest cart: its id is all a buyer needs to come back to it. */
export async function createCart(db: Executor, now: Date): Promise<string> {
  const [cart] = await db
    .insert(carts)
    .values({ createdAt: now, updatedAt: now })
    .returning({ id: carts.id });
  if (!cart) throw new Error('carts: the insert returned no row');
  return cart.id;
}
