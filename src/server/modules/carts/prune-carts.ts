import { lt } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { carts } from './schema.ts';

/** A cart nobody touched for this long is dropped with its lines. */
export const CART_LIFETIME_DAYS = 30;

export async function pruneCarts(tx: Tx, now: Date): Promise<void> {
  const before = new Date(now.getTime() - CART_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  await tx.delete(carts).where(lt(carts.updatedAt, before));
}
