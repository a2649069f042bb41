import {
  type MerchantProductMove,
  merchantCanMove,
  merchantMoveTarget,
} from '../../../shared/product-status.ts';
import { AppError } from '../../errors.ts';
import { defineLifecycle } from '../../lifecycle/define-lifecycle.ts';
import { type ProductStatus, products } from './schema.ts';

/**
 * The life of a product (SPEC §6). What the automatic checks flag goes to review instead of
 * being published; a product fixed after a rejection or a take-down is checked again; an
 * archived product stays archived.
 */
export const productLifecycle = defineLifecycle<ProductStatus, typeof products>('product', {
  table: products,
  transitions: {
    draft: ['published', 'pending_review'],
    pending_review: ['published', 'rejected'],
    rejected: ['pending_review', 'published', 'draft'],
    // pending_review: an edit of a published product that the checks flag.
    published: ['unpublished', 'taken_down', 'pending_review'],
    unpublished: ['published', 'pending_review', 'archived'],
    taken_down: ['pending_review'],
    archived: [],
  },
});

/** What counts against the package's product limit (SPEC §6). */
export const COUNTED_AGAINST_LIMIT: readonly ProductStatus[] = ['published', 'pending_review'];
/** What buyers may see (of an open store). */
export const VISIBLE_TO_BUYERS: readonly ProductStatus[] = ['published'];

/**
 * Where the merchant's `move` takes a product in `from`, or the lifecycle's refusal: a move the
 * merchant may not make (publishing what waits for review) is refused as the table refuses one.
 */
export function assertMerchantMove(from: ProductStatus, move: MerchantProductMove): ProductStatus {
  const to = merchantMoveTarget(move, from);
  if (!merchantCanMove(from, move)) {
    throw new AppError('product.invalid_transition', { from, to }, { from, to });
  }
  return productLifecycle.assert(from, to);
}
