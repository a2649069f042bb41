import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { productImageUrl } from '../../src/server/modules/uploads/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp, insertMerchant, type TestMerchant } from '../support/operators.ts';
import { api, uploadImage, uploadPng } from '../support/stores.ts';

/** A camera photo 2000×1500 held on its side (orientation 6), with where it was taken. */
async function sidewaysPhotoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#0f766e' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 2700/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

describe('product images in resized variants', () => {
  const clock = new ManualClock('2026-08-01T08:00:00Z');
  let testApp: TestApp;
  let owner: TestMerchant;
  let stranger: TestMerchant;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    owner = await insertMerchant(testApp);
    stranger = await insertMerchant(testApp);
  });
  afterAll(() => testApp.close());

  const fetchImage = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
    api(testApp, 'GET', url, { ...(cookie ? { cookie } : {}), headers });

  it('makes grid, page and thumbnail sizes, upright, as WebP without the camera metadata', async () => {
    const uploadId = await uploadPng(
      testApp,
      owner.cookie,
      'product',
      await sidewaysPhotoWithGps(),
    );
    const expected = { page: [900, 1200], grid: [360, 480], thumb: [120, 160] } as const;
    for (const [size, [width, height]] of Object.entries(expected)) {
      const response = await fetchImage(
        productImageUrl(uploadId, size as keyof typeof expected),
        owner.cookie,
      );
      expect(response.statusCode, size).toBe(200);
      expect(response.headers['content-type']).toBe('image/webp');
      const image = await sharp(response.rawPayload).metadata();
      expect({ size, format: image.format, width: image.width, height: image.height }).toEqual({
        size,
        format: 'webp',
        width,
        height,
      });
      expect(image.exif).toBeUndefined();
      expect(image.orientation).toBeUndefined();
      expect(response.rawPayload.includes(Buffer.from('PhoneCam'))).toBe(false);
    }
  });

  it('never enlarges a small image', async () => {
    const uploadId = await uploadImage(testApp, owner.cookie, 'product', 100, 80);
    const page = await fetchImage(productImageUrl(uploadId, 'page'), owner.cookie);
    const image = await sharp(page.rawPayload).metadata();
    expect([image.width, image.height]).toEqual([100, 80]);
  });

  it('shows a product image of no published product only to the merchant who uploaded it', async () => {
    const uploadId = await uploadImage(testApp, owner.cookie, 'product', 600, 600);
    const url = productImageUrl(uploadId, 'grid');

    const own = await fetchImage(url, owner.cookie);
    expect(own.statusCode).toBe(200);
    // The owner's view stays in the owner's browser and is checked again each time.
    expect(own.headers['cache-control']).toBe('private, no-cache');

    for (const response of [await fetchImage(url), await fetchImage(url, stranger.cookie)]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('upload.not_found');
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('answers 404, never 500, for what is not a product image variant', async () => {
    const logoId = await uploadImage(testApp, owner.cookie, 'logo', 300, 300);
    const productId = await uploadImage(testApp, owner.cookie, 'product', 300, 300);
    const urls = [
      productImageUrl(logoId, 'grid'), // not a product image, even to its owner
      `/media/products/${productId}/huge`,
      `/media/products/${productId}/`,
      '/media/products/00000000-0000-4000-8000-000000000000/grid',
      '/media/products/not-a-uuid/grid',
      `/media/products/${'9'.repeat(100)}/grid`,
      `/media/products/${productId.toUpperCase()}/thumb/extra`,
    ];
    for (const url of urls) {
      const response = await fetchImage(url, owner.cookie);
      expect(response.statusCode, url).toBe(404);
    }
    // The same image in upper case is the same image.
    const upper = await fetchImage(
      `/media/products/${productId.toUpperCase()}/thumb`,
      owner.cookie,
    );
    expect(upper.statusCode).toBe(200);
  });

  it('answers an unchanged copy with 304 by its ETag', async () => {
    const uploadId = await uploadImage(testApp, owner.cookie, 'product', 500, 400);
    const url = productImageUrl(uploadId, 'thumb');
    const first = await fetchImage(url, owner.cookie);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{32}-thumb"$/);
    const again = await fetchImage(url, owner.cookie, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // Another size of the same upload is another resource.
    const grid = await fetchImage(productImageUrl(uploadId, 'grid'), owner.cookie, {
      'if-none-match': etag,
    });
    expect(grid.statusCode).toBe(200);
  });
});
