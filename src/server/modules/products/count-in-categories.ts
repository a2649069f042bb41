import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { products } from './schema.ts';

/** How many products (any status) sit in these categories: one in use is not deleted. */
export async function countProductsInCategories(
  db: Executor,
  categoryIds: string[],
): Promise<number> {
  if (categoryIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(products)
    .where(inArray(products.categoryId, categoryIds));
  return row?.count ?? 0;
}
