import sharp from 'sharp';
import { PRODUCT_IMAGE_WIDTHS, type ProductImageSize } from './product-image-url.ts';

export interface ImageVariant {
  size: ProductImageSize;
  data: Buffer;
}

/** Every variant is WebP: the smallest of the formats every browser we serve shows. */
export const VARIANT_CONTENT_TYPE = 'image/webp';

/** Variants sit beside the original under its key, so the row needs no more columns. */
export const variantStorageKey = (storageKey: string, size: ProductImageSize): string =>
  `${storageKey}-${size}`;

/**
 * The resized copies a product image is shown in: the storefront grid, the product page and
 * thumbnails. Made from the already sanitised image (upright, no metadata), largest first, each
 * smaller one from the previous so a 40-megapixel original is decoded only once.
 */
export async function makeProductImageVariants(sanitized: Buffer): Promise<ImageVariant[]> {
  const variants: ImageVariant[] = [];
  let source = sanitized;
  for (const size of ['page', 'grid', 'thumb'] as const) {
    const width = PRODUCT_IMAGE_WIDTHS[size];
    const data = await sharp(source)
      .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
    variants.push({ size, data });
    source = data;
  }
  return variants;
}
