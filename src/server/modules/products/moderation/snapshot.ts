import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Product, productImages, productPriceTiers, productVariants } from '../schema.ts';
import type { ModerationFlag } from './flags.ts';

/**
 * What a reviewer decides on: the product as a buyer would see it, and why it was held. Kept with
 * the case and, at each decision, with the decision, so the next review shows what changed.
 */
export interface ModerationSnapshot {
  /** Not reviewed; what the decision's event names. */
  storeId: string;
  title: string;
  categoryId: string;
  attributes: { code: string; value: string }[];
  descriptionHtml: string;
  /** Upload ids, the main image first. */
  images: string[];
  options: { name: string; values: string[] }[];
  pricingMode: string;
  minOrderQuantity: number;
  currency: string;
  variants: { sku: string; options: Record<string, string>; stock: number; price: number | null }[];
  tiers: { minQuantity: number; price: number }[];
  flags: ModerationFlag[];
}

/** The product's moderated content as it is now in the database. */
export async function moderationSnapshot(
  db: Executor,
  product: Product,
  flags: ModerationFlag[],
): Promise<ModerationSnapshot> {
  const variants = await db
    .select()
    .from(productVariants)
    .where(eq(productVariants.productId, product.id))
    .orderBy(asc(productVariants.position));
  const tiers = await db
    .select()
    .from(productPriceTiers)
    .where(eq(productPriceTiers.productId, product.id))
    .orderBy(asc(productPriceTiers.minQuantity));
  const images = await db
    .select({ uploadId: productImages.uploadId })
    .from(productImages)
    .where(eq(productImages.productId, product.id))
    .orderBy(asc(productImages.position));
  return {
    storeId: product.storeId,
    title: product.title,
    categoryId: product.categoryId,
    attributes: product.attributes,
    descriptionHtml: product.descriptionHtml,
    images: images.map((image) => image.uploadId),
    options: product.options,
    pricingMode: product.pricingMode,
    minOrderQuantity: product.minOrderQuantity,
    currency: product.currency,
    variants: variants.map((variant) => ({
      sku: variant.sku,
      options: variant.options,
      stock: variant.stock,
      price: variant.priceAmount,
    })),
    tiers: tiers.map((tier) => ({ minQuantity: tier.minQuantity, price: tier.priceAmount })),
    flags,
  };
}
