import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { categoryAttributes, findCategory } from '../../categories/index.ts';
import { type StoreStatus, visibleStorefronts } from '../../stores/index.ts';
import { productImageUrl } from '../../uploads/index.ts';
import { VISIBLE_TO_BUYERS } from '../lifecycle.ts';
import {
  type PricingMode,
  type ProductOption,
  productImages,
  productPriceTiers,
  products,
  productVariants,
} from '../schema.ts';
import { isOrderable } from './visibility.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Money {
  amount: number;
  currency: string;
}

/** A product as its page shows it to buyers (SPEC §6): nothing a buyer should not see. */
export interface PublicProduct {
  id: string;
  storeId: string;
  storeSlug: string;
  title: string;
  /** Sanitised when saved (description.ts): safe to put in the page as it is. */
  descriptionHtml: string;
  category: { id: string; code: string; name: string } | null;
  /** With the template's name in the reader's language; a code the template no longer has keeps its code. */
  attributes: { code: string; name: string; value: string }[];
  options: ProductOption[];
  variants: { sku: string; options: Record<string, string>; stock: number; price: Money | null }[];
  pricing:
    | { mode: Extract<PricingMode, 'by_quantity'>; minOrderQuantity: number; tiers: PriceTier[] }
    | { mode: Extract<PricingMode, 'by_variant'>; minOrderQuantity: number };
  /** The lowest unit price. */
  price: Money;
  images: { uploadId: string; url: string; thumbUrl: string }[];
  weightGrams: number;
  salesCount: number;
  inStock: boolean;
  /** Its store takes orders (false for a store visible but not orderable: visibility.ts). */
  orderable: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface PriceTier {
  minQuantity: number;
  /** The tier's last quantity; null for the last tier (and more). */
  maxQuantity: number | null;
  price: Money;
}

/** A published product of a visible store, for its page; null for anything else. */
export async function findPublicProduct(
  db: Executor,
  productId: string,
  locale: Locale,
): Promise<PublicProduct | null> {
  if (!UUID.test(productId)) return null;
  const store = visibleStorefronts(db);
  const [row] = await db
    .select({ product: products, storeSlug: store.slug, storeStatus: store.status })
    .from(products)
    .innerJoin(store, eq(store.id, products.storeId))
    .where(and(eq(products.id, productId), inArray(products.status, [...VISIBLE_TO_BUYERS])));
  if (!row) return null;
  const { product } = row;
  const [variants, tiers, images, category, template] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, product.id))
      .orderBy(asc(productVariants.position)),
    db
      .select()
      .from(productPriceTiers)
      .where(eq(productPriceTiers.productId, product.id))
      .orderBy(asc(productPriceTiers.minQuantity)),
    db
      .select({ uploadId: productImages.uploadId })
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.position)),
    findCategory(db, product.categoryId),
    categoryAttributes(db, product.categoryId),
  ]);
  const money = (amount: number): Money => ({ amount, currency: product.currency });
  const names = new Map(template.map((attribute) => [attribute.code, attribute.name[locale]]));
  return {
    id: product.id,
    storeId: product.storeId,
    storeSlug: row.storeSlug,
    title: product.title,
    descriptionHtml: product.descriptionHtml,
    category: category
      ? { id: category.id, code: category.code, name: category.names[locale] }
      : null,
    attributes: product.attributes
      .filter((attribute) => attribute.value.trim() !== '')
      .map((attribute) => ({
        code: attribute.code,
        name: names.get(attribute.code) ?? attribute.code,
        value: attribute.value,
      })),
    options: product.options,
    variants: variants.map((variant) => ({
      sku: variant.sku,
      options: variant.options,
      stock: variant.stock,
      price: variant.priceAmount === null ? null : money(variant.priceAmount),
    })),
    pricing:
      product.pricingMode === 'by_quantity'
        ? {
            mode: 'by_quantity',
            minOrderQuantity: product.minOrderQuantity,
            tiers: tiers.map((tier, index) => ({
              minQuantity: tier.minQuantity,
              maxQuantity: nextTierStart(tiers, index),
              price: money(tier.priceAmount),
            })),
          }
        : { mode: 'by_variant', minOrderQuantity: product.minOrderQuantity },
    price: money(product.listPriceAmount),
    images: images.map(({ uploadId }) => ({
      uploadId,
      url: productImageUrl(uploadId, 'page'),
      thumbUrl: productImageUrl(uploadId, 'thumb'),
    })),
    weightGrams: product.weightGrams,
    salesCount: product.salesCount,
    inStock: variants.some((variant) => variant.stock > 0),
    orderable: isOrderable(row.storeStatus as StoreStatus),
    publishedAt: product.publishedAt,
    updatedAt: product.updatedAt,
  };
}

/** The last quantity a tier covers: one before the next tier starts; null for the last tier. */
function nextTierStart(tiers: { minQuantity: number }[], index: number): number | null {
  const next = tiers[index + 1];
  return next ? next.minQuantity - 1 : null;
}

/**
 * Whether an upload is an image of a published product in a visible store: what may be served
 * to anyone (uploads' registerPublicImageCheck).
 */
export async function isPublicProductImage(db: Executor, uploadId: string): Promise<boolean> {
  if (!UUID.test(uploadId)) return false;
  const store = visibleStorefronts(db);
  const [row] = await db
    .select({ id: products.id })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .innerJoin(store, eq(store.id, products.storeId))
    .where(
      and(eq(productImages.uploadId, uploadId), inArray(products.status, [...VISIBLE_TO_BUYERS])),
    )
    .limit(1);
  return row !== undefined;
}
