import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { productVariants } from './schema.ts';

export interface StockLine {
  productId: string;
  sku: string;
  quantity: number;
}

/** Same order in every transaction, so two checkouts sharing SKUs never wait on each other in a circle. */
const byKey = (a: StockLine, b: StockLine) =>
  a.productId === b.productId ? (a.sku < b.sku ? -1 : 1) : a.productId < b.productId ? -1 : 1;

/**
 * Takes the quantities out of stock, each with one conditional UPDATE (`stock >= quantity`), so
 * concurrent buyers can never take more than there is: a row lock orders them and each sees the
 * stock the one before left. Answers the SKUs that had too little; the caller rolls the whole
 * transaction back when there are any (all or nothing).
 */
export async function reserveStock(tx: Tx, lines: StockLine[]): Promise<string[]> {
  const short: string[] = [];
  for (const line of [...lines].sort(byKey)) {
    const taken = await tx
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} - ${line.quantity}` })
      .where(
        and(
          eq(productVariants.productId, line.productId),
          eq(productVariants.sku, line.sku),
          gte(productVariants.stock, line.quantity),
        ),
      )
      .returning({ sku: productVariants.sku });
    if (taken.length === 0) short.push(line.sku);
  }
  return short;
}

/**
 * Gives reserved quantities back (an order cancelled or expired). A SKU removed from its product
 * since has nowhere to go back to and is skipped; the caller makes sure it runs once per order.
 */
export async function releaseStock(tx: Tx, lines: StockLine[]): Promise<void> {
  for (const line of [...lines].sort(byKey)) {
    await tx
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} + ${line.quantity}` })
      .where(and(eq(productVariants.productId, line.productId), eq(productVariants.sku, line.sku)));
  }
}
