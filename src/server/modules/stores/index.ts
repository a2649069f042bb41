/** The stores module's public surface: catalogue, purchase, lifecycle, design, storefront data. */
export { advanceStoreLifecycle } from './advance-lifecycle.ts';
export { loadCatalog } from './catalog/load-catalog.ts';
export type { StoreDesign } from './design/design-input.ts';
export { nameKey, nameProblem } from './design/store-name.ts';
export { checkEligibility } from './eligibility.ts';
export { storeErrors } from './errors.ts';
export { findStoreOfMerchant } from './find-store.ts';
export { canTransition, transition } from './lifecycle.ts';
export { storeEmailTemplates } from './notification-templates.ts';
export {
  draftStorefront,
  findStorefront,
  publishedImage,
  type StorefrontStore,
} from './public-store.ts';
export { storeRoutes } from './routes/index.ts';
export type { Store, StoreStatus } from './schema.ts';
