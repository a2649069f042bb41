import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { packageProductLimit, type Store } from '../stores/index.ts';
import { COUNTED_AGAINST_LIMIT } from './lifecycle.ts';
import type { ProductLimit } from './product-schemas.ts';
import { products } from './schema.ts';

/** The package's product limit, how much of it is used (published and pending) and what remains. */
export async function productLimitOf(db: Executor, store: Store): Promise<ProductLimit> {
  const limit = await packageProductLimit(db, store);
  const [row] = await db
    .select({ used: sql<number>`count(*)::int` })
    .from(products)
    .where(
      and(eq(products.storeId, store.id), inArray(products.status, [...COUNTED_AGAINST_LIMIT])),
    );
  const used = row?.used ?? 0;
  return { limit, used, remaining: Math.max(0, limit - used) };
}
