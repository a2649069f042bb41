import type { Executor } from '../../db/client.ts';
import { requireOpenStore } from './open-store.ts';
import { productLimitOf } from './product-limit.ts';
import { requireOwnProduct } from './product-rows.ts';
import type { ProductResource } from './product-schemas.ts';
import { productResource } from './product-view.ts';

/** One of the merchant's products, as the form edits it. */
export async function getProduct(
  tx: Executor,
  request: { merchantId: string; productId: string },
): Promise<ProductResource> {
  const store = await requireOpenStore(tx, request.merchantId);
  const product = await requireOwnProduct(tx, request.merchantId, request.productId);
  return productResource(tx, product, await productLimitOf(tx, store));
}
