/** The stores module's public surface: offerings (store types and packages), purchase, lifecycle, design, storefront data. */
import { defineModule } from '../../module.ts';
import { advanceStoreLifecycle } from './advance-lifecycle.ts';
import { storeErrors } from './errors.ts';
import { storeNotifications } from './notification-templates.ts';
import { storePurchaseSettlement } from './purchase/settle-purchase.ts';
import { storeRoutes } from './routes/index.ts';

export { advanceStoreLifecycle } from './advance-lifecycle.ts';
export type { StoreDesign } from './design/design-input.ts';
export { nameKey, nameProblem } from './design/store-name.ts';
export { checkEligibility } from './eligibility.ts';
export { storeErrors } from './errors.ts';
export { findStoreOfMerchant } from './find-store.ts';
export { canTransition, STOREFRONT_VISIBLE, transition } from './lifecycle.ts';
export { storeEmailTemplates } from './notification-templates.ts';
export { loadOfferings } from './offerings/load-offerings.ts';
export { packageProductLimit } from './product-limit.ts';
export {
  draftStorefront,
  findStorefront,
  publishedImage,
  type StorefrontStore,
  type StorefrontVersion,
  visibleStorefronts,
} from './public-store.ts';
export { storeRoutes } from './routes/index.ts';
export type { Store, StoreStatus } from './schema.ts';
export { type StoreSummary, storeSummariesOf } from './store-summaries.ts';
export {
  STOREFRONT_LISTENER_NAME,
  type StorefrontVersions,
  storefrontVersionsOf,
} from './storefront-versions.ts';

export const storesModule = defineModule({
  name: 'stores',
  routes: [storeRoutes],
  errors: storeErrors,
  notifications: storeNotifications,
  events: ['store.opened', 'store.renewed', 'store.design_published', 'store.status_changed'],
  jobs: [
    {
      name: 'stores.lifecycle',
      everyMs: 15 * 60 * 1000,
      run: (tx, now, settings) => advanceStoreLifecycle(tx, now, settings).then(() => undefined),
    },
  ],
  paymentSubjects: { store_purchase: storePurchaseSettlement },
});
