import type { Executor } from '../../db/client.ts';
import { categoryAttributes } from '../categories/index.ts';
import { productImageUrl } from '../uploads/index.ts';
import { descriptionText } from './description.ts';
import type { ProductParts } from './product-rows.ts';
import { readProductParts } from './product-rows.ts';
import type { ProductLimit, ProductResource } from './product-schemas.ts';
import { listingQuality } from './quality.ts';
import type { Product } from './schema.ts';

/** The product resource as the API answers it (SPEC's fields, plus what the seller center shows). */
export async function productResource(
  tx: Executor,
  product: Product,
  limit: ProductLimit,
  parts?: ProductParts,
): Promise<ProductResource> {
  const { variants, tiers, imageUploadIds } = parts ?? (await readProductParts(tx, product.id));
  const money = (amount: number) => ({ amount, currency: product.currency });
  const template = await categoryAttributes(tx, product.categoryId);
  const filled = new Set(product.attributes.map((attribute) => attribute.code));
  const quality = listingQuality({
    title: product.title,
    imageCount: imageUploadIds.length,
    descriptionText: descriptionText(product.descriptionHtml),
    missingRequiredAttributes: template.filter(
      (attribute) => attribute.required && !filled.has(attribute.code),
    ).length,
    pricingComplete:
      product.pricingMode === 'by_quantity'
        ? tiers.length > 0
        : variants.every((variant) => variant.priceAmount !== null),
  });
  return {
    id: product.id,
    status: product.status,
    statusReason: product.statusReason,
    reviewFlags: product.reviewFlags,
    title: product.title,
    categoryId: product.categoryId,
    description: product.descriptionHtml,
    imageUploadIds,
    images: imageUploadIds.map((uploadId) => ({
      uploadId,
      url: productImageUrl(uploadId, 'page'),
      thumbUrl: productImageUrl(uploadId, 'thumb'),
    })),
    weightGrams: product.weightGrams,
    attributes: product.attributes,
    options: product.options,
    variants: variants.map((variant) => ({
      sku: variant.sku,
      options: variant.options,
      stock: variant.stock,
      price: variant.priceAmount === null ? null : money(variant.priceAmount),
    })),
    pricing: {
      mode: product.pricingMode,
      minOrderQuantity: product.minOrderQuantity,
      tiers: tiers.map((tier) => ({
        minQuantity: tier.minQuantity,
        price: money(tier.priceAmount),
      })),
    },
    currency: product.currency,
    listPrice: money(product.listPriceAmount),
    salesCount: product.salesCount,
    quality,
    limit,
    handle: product.handle,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
