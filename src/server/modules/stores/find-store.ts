import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type Store, stores } from './schema.ts';

export async function findStoreOfMerchant(
  db: Executor,
  merchantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Store | null> {
  const query = db.select().from(stores).where(eq(stores.merchantId, merchantId));
  const [store] = options.forUpdate ? await query.for('update') : await query;
  return store ?? null;
}

/** The signed-in merchant's store; `store.not_found` (404) before they have bought one. */
export async function requireStoreOfMerchant(
  db: Executor,
  merchantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Store> {
  const store = await findStoreOfMerchant(db, merchantId, options);
  if (!store) throw new AppError('store.not_found');
  return store;
}

export async function requireStoreById(
  db: Executor,
  storeId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Store> {
  const query = db.select().from(stores).where(eq(stores.id, storeId));
  const [store] = options.forUpdate ? await query.for('update') : await query;
  if (!store) throw new AppError('store.not_found');
  return store;
}
