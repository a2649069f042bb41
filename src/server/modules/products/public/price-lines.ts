import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type StoreStatus, visibleStorefronts } from '../../stores/index.ts';
import { productImageUrl } from '../../uploads/index.ts';
import { VISIBLE_TO_BUYERS } from '../lifecycle.ts';
import { productImages, productPriceTiers, products, productVariants } from '../schema.ts';
import { isOrderable } from './visibility.ts';

/** What a buyer asks for: a quantity of one SKU of a product. */
export interface WantedLine {
  productId: string;
  sku: string;
  quantity: number;
}

/**
 * Why a line cannot be bought as it stands, most serious first: the product is no longer sold
 * (unpublished, its store closed or suspended), its store takes no orders (visible but
 * restricted), the SKU is gone (the variant was removed), the product's lines together are
 * below its minimum order quantity, or the SKU has less stock than asked for.
 */
export const LINE_PROBLEMS = [
  'unavailable',
  'not_orderable',
  'sku_gone',
  'below_minimum',
  'not_enough_stock',
] as const;
export type LineProblem = (typeof LINE_PROBLEMS)[number];

export interface PricedLine extends WantedLine {
  /** null when the product is not sold any more: there is nothing to show but what was asked. */
  product: {
    title: string;
    storeId: string;
    merchantId: string;
    categoryId: string;
    storeSlug: string;
    imageUrl: string | null;
    minOrderQuantity: number;
    currency: string;
  } | null;
  /** The SKU's option values ({ 颜色: 红 }); {} without options or when the SKU is gone. */
  options: Record<string, string>;
  stock: number;
  /** Minor units; null when no price applies (product or SKU gone). */
  unitPrice: number | null;
  lineTotal: number | null;
  problem: LineProblem | null;
}

/**
 * The server's price of each line (SPEC §7): by quantity, the tier reached by all lines of the
 * product together (1688 prices a product's SKUs by their sum: 60 red and 60 blue reach the
 * 100-piece tier); by variant, the SKU's own price. Minimum order quantities apply to the sum
 * too. Reads in three queries whatever the number of lines.
 */
export async function priceLines(db: Executor, lines: WantedLine[]): Promise<PricedLine[]> {
  const productIds = [...new Set(lines.map((line) => line.productId))];
  if (productIds.length === 0) return [];
  const store = visibleStorefronts(db);
  // One after another: in a transaction the three share one connection.
  const rows = await db
    .select({
      id: products.id,
      title: products.title,
      storeId: products.storeId,
      merchantId: products.merchantId,
      categoryId: products.categoryId,
      pricingMode: products.pricingMode,
      minOrderQuantity: products.minOrderQuantity,
      currency: products.currency,
      storeSlug: store.slug,
      storeStatus: store.status,
      mainImage: productImages.uploadId,
    })
    .from(products)
    .innerJoin(store, eq(store.id, products.storeId))
    .leftJoin(
      productImages,
      and(eq(productImages.productId, products.id), eq(productImages.position, 0)),
    )
    .where(and(inArray(products.id, productIds), inArray(products.status, [...VISIBLE_TO_BUYERS])));
  const variants = await db
    .select({
      productId: productVariants.productId,
      sku: productVariants.sku,
      options: productVariants.options,
      stock: productVariants.stock,
      priceAmount: productVariants.priceAmount,
    })
    .from(productVariants)
    .where(inArray(productVariants.productId, productIds));
  const tiers = await db
    .select()
    .from(productPriceTiers)
    .where(inArray(productPriceTiers.productId, productIds))
    .orderBy(asc(productPriceTiers.minQuantity));
  const productById = new Map(rows.map((row) => [row.id, row]));
  const variantByKey = new Map(variants.map((v) => [`${v.productId}\n${v.sku}`, v]));
  const quantityOfProduct = new Map<string, number>();
  for (const line of lines) {
    quantityOfProduct.set(
      line.productId,
      (quantityOfProduct.get(line.productId) ?? 0) + line.quantity,
    );
  }

  return lines.map((line): PricedLine => {
    const product = productById.get(line.productId);
    const variant = variantByKey.get(`${line.productId}\n${line.sku}`);
    const unpriced = { ...line, options: {}, stock: 0, unitPrice: null, lineTotal: null };
    if (!product) return { ...unpriced, product: null, problem: 'unavailable' };
    const shown = {
      title: product.title,
      storeId: product.storeId,
      merchantId: product.merchantId,
      categoryId: product.categoryId,
      storeSlug: product.storeSlug,
      imageUrl: product.mainImage ? productImageUrl(product.mainImage, 'thumb') : null,
      minOrderQuantity: product.minOrderQuantity,
      currency: product.currency,
    };
    if (!variant) return { ...unpriced, product: shown, problem: 'sku_gone' };
    const together = quantityOfProduct.get(line.productId) ?? line.quantity;
    const unitPrice =
      product.pricingMode === 'by_variant'
        ? (variant.priceAmount ?? null)
        : tierPrice(
            tiers.filter((tier) => tier.productId === line.productId),
            together,
          );
    const problem: LineProblem | null = !isOrderable(product.storeStatus as StoreStatus)
      ? 'not_orderable'
      : unitPrice === null
        ? 'sku_gone'
        : together < product.minOrderQuantity
          ? 'below_minimum'
          : line.quantity > variant.stock
            ? 'not_enough_stock'
            : null;
    return {
      ...line,
      product: shown,
      options: variant.options,
      stock: variant.stock,
      unitPrice,
      lineTotal: unitPrice === null ? null : unitPrice * line.quantity,
      problem,
    };
  });
}

/** The price of the highest tier the quantity reaches (below the first tier: the first's). */
function tierPrice(tiers: { minQuantity: number; priceAmount: number }[], quantity: number) {
  let price: number | null = tiers[0]?.priceAmount ?? null;
  for (const tier of tiers) if (quantity >= tier.minQuantity) price = tier.priceAmount;
  return price;
}
