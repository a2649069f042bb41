/**
 * Product images are served publicly in a few resized variants (made when the upload is
 * saved). The URL names the upload and the size, so a page asks for exactly what it shows.
 */
export const PRODUCT_IMAGE_SIZES = ['thumb', 'grid', 'page'] as const;
export type ProductImageSize = (typeof PRODUCT_IMAGE_SIZES)[number];

/** Longest side of each variant, in pixels; smaller originals are never enlarged. */
export const PRODUCT_IMAGE_WIDTHS: Record<ProductImageSize, number> = {
  thumb: 160,
  grid: 480,
  page: 1200,
};

export const productImageUrl = (uploadId: string, size: ProductImageSize): string =>
  `/media/products/${uploadId}/${size}`;

const PRODUCT_IMAGE_PATH =
  /^\/media\/products\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(?:thumb|grid|page)$/;

/** Whether a URL is one of ours (as `productImageUrl` makes them), e.g. inside a description. */
export const isProductImageUrl = (url: string): boolean => PRODUCT_IMAGE_PATH.test(url);
