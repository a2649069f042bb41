/** The products module's public surface (SPEC §6): what the app composes and other modules may call. */
import { defineModule } from '../../module.ts';
import { productErrors } from './errors.ts';
import { IMPORT_EVENTS, productImportErrors, productImportRoutes } from './import/index.ts';
import {
  MODERATION_EVENTS,
  moderationErrors,
  moderationNotifications,
  moderationRoutes,
} from './moderation/index.ts';
import { PRODUCT_EVENTS } from './product-events.ts';
import { buyerProductRoutes } from './public/routes.ts';
import { merchantProductRoutes } from './routes.ts';

export {
  archiveProduct,
  bulkChangeProducts,
  publishProduct,
  unpublishProduct,
} from './change-status.ts';
export { countProductsInCategories } from './count-in-categories.ts';
export { countPublishedProducts } from './count-published.ts';
export { descriptionText, sanitizeDescription } from './description.ts';
export { productErrors } from './errors.ts';
export { getProduct } from './get-product.ts';
export { createProductImportWorker, type ProductImportWorker } from './import/index.ts';
export { COUNTED_AGAINST_LIMIT, productLifecycle, VISIBLE_TO_BUYERS } from './lifecycle.ts';
export { listMyProducts } from './list-products.ts';
export { type NormalisedProduct, normaliseProduct } from './normalise-product.ts';
export { PRODUCT_EVENTS, type ProductEvent } from './product-events.ts';
export { productLimitOf } from './product-limit.ts';
export {
  ProductInput,
  type ProductLimit,
  ProductResource,
  QUALITY_CHECK_KEYS,
  type QualityCheckKey,
} from './product-schemas.ts';
export {
  LINE_PROBLEMS,
  type LineProblem,
  type PricedLine,
  priceLines,
  type WantedLine,
} from './public/price-lines.ts';
export {
  BUYER_PRODUCT_SORTS,
  type BuyerProductSort,
  listStoreProducts,
  type ProductCard,
  type ProductPage,
} from './public/product-cards.ts';
export {
  findPublicProduct,
  isPublicProductImage,
  type PublicProduct,
} from './public/public-product.ts';
export { SEARCH_RANK_WINDOW, searchProducts } from './public/search-products.ts';
export { sitemapProductPages, sitemapProducts, sitemapStores } from './public/sitemap.ts';
export { listingQuality, type Quality, type QualityCheck } from './quality.ts';
export { createProduct, updateProduct } from './save-product.ts';
export {
  PRICING_MODES,
  PRODUCT_STATUSES,
  type PricingMode,
  type Product,
  type ProductStatus,
  type ProductVariant,
  productImages,
  productPriceTiers,
  products,
  productVariants,
} from './schema.ts';
export { releaseStock, reserveStock, type StockLine } from './stock.ts';

export const productsModule = defineModule({
  name: 'products',
  routes: [merchantProductRoutes, moderationRoutes, buyerProductRoutes, productImportRoutes],
  errors: { ...productErrors, ...moderationErrors, ...productImportErrors },
  notifications: moderationNotifications,
  events: [...PRODUCT_EVENTS, ...MODERATION_EVENTS, ...IMPORT_EVENTS],
});
