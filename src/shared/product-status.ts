// A product's statuses, and what a merchant may do to them (SPEC §6): one definition for the
// server, which refuses any other move, and the seller center, which offers only these. The product lifecycle's
// table (server/modules/products/lifecycle.ts) also holds the operators' moves (approve, reject,
// take down): a merchant's publish of a product waiting for review would be the reviewer's
// approval, so it is not one of the merchant's moves.

export const PRODUCT_STATUSES = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'unpublished',
  'archived',
  'taken_down',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const MERCHANT_PRODUCT_MOVES = ['publish', 'unpublish', 'archive'] as const;
export type MerchantProductMove = (typeof MERCHANT_PRODUCT_MOVES)[number];

/** The merchant's moves from each status. */
export const MERCHANT_MOVES_FROM: Record<ProductStatus, readonly MerchantProductMove[]> = {
  draft: ['publish'],
  pending_review: [],
  published: ['unpublish'],
  // Back to the reviewer who refused it, who sees the correction.
  rejected: ['publish'],
  unpublished: ['publish', 'archive'],
  taken_down: ['publish'],
  archived: [],
};

export const merchantCanMove = (from: ProductStatus, move: MerchantProductMove) =>
  MERCHANT_MOVES_FROM[from].includes(move);

/**
 * Where a move takes the product from `from`. Publishing a product an operator rejected or took
 * down sends it back to review; any other publication goes on sale, unless the automatic checks
 * flag it (then it waits for review too: the checks decide that, not the table).
 */
export function merchantMoveTarget(move: MerchantProductMove, from: ProductStatus): ProductStatus {
  if (move === 'unpublish') return 'unpublished';
  if (move === 'archive') return 'archived';
  return from === 'rejected' || from === 'taken_down' ? 'pending_review' : 'published';
}
