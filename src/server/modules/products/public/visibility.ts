import type { StoreStatus } from '../../stores/index.ts';

// Buyers see a product when its status is one of the lifecycle's VISIBLE_TO_BUYERS (published)
// and its store's storefront is visible (stores' visibleStorefronts: active, expiring or in grace,
// design published). A suspended or closed store's products are shown nowhere: not on its pages,
// in search or in the sitemap. Migration 0021's triggers name `published` for the same reason.

/**
 * Store statuses whose products buyers may see but not order. Issue 13's `restricted` goes here
 * (and into stores' STOREFRONT_VISIBLE): its product pages then show no add-to-cart form.
 */
export const VISIBLE_NOT_ORDERABLE: readonly StoreStatus[] = [];

export const isOrderable = (storeStatus: StoreStatus): boolean =>
  !VISIBLE_NOT_ORDERABLE.includes(storeStatus);
