import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Store, storePackages } from './schema.ts';

/** How many products the store's package allows on sale or in review at once (SPEC §6). */
export async function packageProductLimit(db: Executor, store: Store): Promise<number> {
  const [pkg] = await db
    .select({ productLimit: storePackages.productLimit })
    .from(storePackages)
    .where(eq(storePackages.id, store.packageId));
  return pkg?.productLimit ?? 0;
}
