import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Product, products } from '../schema.ts';

/** The product, locked for the decision being made on it. */
export async function findProductForUpdate(
  tx: Executor,
  productId: string,
): Promise<Product | null> {
  const [product] = await tx
    .select()
    .from(products)
    .where(eq(products.id, productId))
    .for('update');
  return product ?? null;
}
