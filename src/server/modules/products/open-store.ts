import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findStoreOfMerchant, STOREFRONT_VISIBLE, type Store } from '../stores/index.ts';

/**
 * The merchant's store, if it is open (active, expiring or in grace): only then are products
 * managed. `forUpdate` locks the store row, which serialises what counts against its limit.
 */
export async function requireOpenStore(
  tx: Executor,
  merchantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Store> {
  const store = await findStoreOfMerchant(tx, merchantId, options);
  if (!store) throw new AppError('store.not_found');
  if (!STOREFRONT_VISIBLE.includes(store.status)) throw new AppError('product.store_not_open');
  return store;
}
