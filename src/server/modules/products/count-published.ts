import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { products } from './schema.ts';

/**
 * How many of the merchant's products are published now, counted up to `upTo` at most: the
 * growth plan only asks "ten yet?", and a merchant with 100,000 listings should not be counted
 * in full on every publish.
 */
export async function countPublishedProducts(
  db: Executor,
  merchantId: string,
  upTo = 1_000,
): Promise<number> {
  const published = db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.merchantId, merchantId), eq(products.status, 'published')))
    .limit(upTo)
    .as('published');
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(published);
  return row?.count ?? 0;
}
