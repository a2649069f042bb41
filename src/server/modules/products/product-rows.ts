import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { indexText } from '../../lib/text-search.ts';
import type { NormalisedProduct } from './normalise-product.ts';
import { listingQuality, type Quality } from './quality.ts';
import {
  type NewProduct,
  type Product,
  productImages,
  productPriceTiers,
  products,
  productVariants,
} from './schema.ts';

/** The merchant's product, or `product.not_found`: another merchant's product is as good as none. */
export async function requireOwnProduct(
  tx: Executor,
  merchantId: string,
  productId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Product> {
  const query = tx
    .select()
    .from(products)
    .where(and(eq(products.id, productId), eq(products.merchantId, merchantId)));
  const [product] = options.forUpdate ? await query.for('update') : await query;
  if (!product) throw new AppError('product.not_found');
  return product;
}

export function qualityOf(product: NormalisedProduct): Quality {
  return listingQuality({
    title: product.title,
    imageCount: product.imageUploadIds.length,
    descriptionText: product.descriptionText,
    missingRequiredAttributes: product.missingRequiredAttributes.length,
    pricingComplete:
      product.pricingMode === 'by_quantity'
        ? product.tiers.length > 0
        : product.variants.every((variant) => variant.priceAmount !== null),
  });
}

/**
 * What buyers search a product by, as they read it: the title, attribute values and option
 * values, the description; for `to_tsvector('simple', …)`.
 */
export function productSearchText(product: NormalisedProduct): string {
  return indexText([
    product.title,
    ...product.attributes.map((attribute) => attribute.value),
    ...product.options.flatMap((option) => option.values),
    product.descriptionText,
  ]);
}

/** The product's columns from a normalised input (not its status, store or owner). */
export function productColumns(product: NormalisedProduct, now: Date) {
  return {
    ...productFields(product, now),
    searchVector: sql`to_tsvector('simple', ${productSearchText(product)})`,
  } satisfies Partial<Record<keyof NewProduct, unknown>>;
}

/** productColumns but the search vector, which a bulk insert makes from productSearchText in SQL. */
export function productFields(product: NormalisedProduct, now: Date) {
  return {
    title: product.title,
    categoryId: product.category.id,
    descriptionHtml: product.descriptionHtml,
    weightGrams: product.weightGrams,
    attributes: product.attributes,
    options: product.options,
    pricingMode: product.pricingMode,
    minOrderQuantity: product.minOrderQuantity,
    listPriceAmount: product.listPriceAmount,
    qualityScore: qualityOf(product).score,
    updatedAt: now,
  } satisfies Partial<Record<keyof NewProduct, unknown>>;
}

const SKU_UNIQUE = 'product_variants_store_id_sku_key';

/** The product's variants, tiers and images as given, replacing what it had. */
export async function writeProductParts(
  tx: Executor,
  product: Pick<Product, 'id' | 'storeId'>,
  normalised: NormalisedProduct,
): Promise<void> {
  await tx.delete(productVariants).where(eq(productVariants.productId, product.id));
  await tx.delete(productPriceTiers).where(eq(productPriceTiers.productId, product.id));
  await tx.delete(productImages).where(eq(productImages.productId, product.id));
  try {
    await tx.insert(productVariants).values(
      normalised.variants.map((variant) => ({
        productId: product.id,
        storeId: product.storeId,
        sku: variant.sku,
        options: variant.options,
        stock: variant.stock,
        priceAmount: variant.priceAmount,
        position: variant.position,
      })),
    );
  } catch (error) {
    // Another product took the SKU between the check and this insert.
    if (isUniqueViolation(error, SKU_UNIQUE)) throw new AppError('product.sku_taken');
    throw error;
  }
  if (normalised.tiers.length > 0) {
    await tx.insert(productPriceTiers).values(
      normalised.tiers.map((tier) => ({
        productId: product.id,
        minQuantity: tier.minQuantity,
        priceAmount: tier.priceAmount,
      })),
    );
  }
  if (normalised.imageUploadIds.length > 0) {
    await tx.insert(productImages).values(
      normalised.imageUploadIds.map((uploadId, position) => ({
        productId: product.id,
        uploadId,
        position,
      })),
    );
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    const candidate = current as { code?: string; constraint?: string; cause?: unknown };
    if (candidate.code === '23505') return candidate.constraint === constraint;
    current = candidate.cause;
  }
  return false;
}

export interface ProductParts {
  variants: (typeof productVariants.$inferSelect)[];
  tiers: (typeof productPriceTiers.$inferSelect)[];
  imageUploadIds: string[];
}

export async function readProductParts(tx: Executor, productId: string): Promise<ProductParts> {
  const variants = await tx
    .select()
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.position));
  const tiers = await tx
    .select()
    .from(productPriceTiers)
    .where(eq(productPriceTiers.productId, productId))
    .orderBy(asc(productPriceTiers.minQuantity));
  const images = await tx
    .select({ uploadId: productImages.uploadId })
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position));
  return { variants, tiers, imageUploadIds: images.map((image) => image.uploadId) };
}
