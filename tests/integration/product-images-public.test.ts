import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { productImageUrl } from '../../src/server/modules/uploads/index.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { createProduct, publishProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount, uploadImage } from '../support/stores.ts';

// A product image is public exactly while a buyer can see its product: published, in a store
// whose storefront is visible. Its owner sees it always.

describe('product images served to buyers', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const anonymous = (url: string, headers: Record<string, string> = {}) =>
    api(testApp, 'GET', url, { headers });

  it('is public while its product is published, and only then', async () => {
    const merchant = await storefrontMerchant(testApp);
    const uploadId = await uploadImage(testApp, merchant.cookie, 'product', 900, 600);
    const url = productImageUrl(uploadId, 'grid');
    const productId = await createProduct(testApp, merchant, { imageUploadIds: [uploadId] });

    // A draft's image: the merchant sees it in the seller center, nobody else.
    expect((await anonymous(url)).statusCode).toBe(404);
    expect((await api(testApp, 'GET', url, { cookie: merchant.cookie })).statusCode).toBe(200);

    await publishProduct(testApp, merchant, productId);
    const shown = await anonymous(url);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/webp');
    expect(shown.headers['cache-control']).toBe('public, max-age=604800');
    expect(shown.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const etag = String(shown.headers.etag);
    const revalidated = await anonymous(url, { 'if-none-match': etag });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.headers.etag).toBe(etag);

    const unpublished = await api(testApp, 'POST', `/api/v1/me/products/${productId}/unpublish`, {
      cookie: merchant.cookie,
    });
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    const hidden = await anonymous(url);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('upload.not_found');
    expect((await api(testApp, 'GET', url, { cookie: merchant.cookie })).statusCode).toBe(200);
  });

  it('makes public only the images of the published product, not the merchant’s other uploads', async () => {
    const merchant = await storefrontMerchant(testApp);
    const shownImage = await uploadImage(testApp, merchant.cookie, 'product', 400, 400);
    const otherImage = await uploadImage(testApp, merchant.cookie, 'product', 400, 400);
    const productId = await createProduct(testApp, merchant, { imageUploadIds: [shownImage] });
    await publishProduct(testApp, merchant, productId);
    expect((await anonymous(productImageUrl(shownImage, 'page'))).statusCode).toBe(200);
    expect((await anonymous(productImageUrl(otherImage, 'page'))).statusCode).toBe(404);
  });

  it('is the URL the buyers’ API gives for the main image', async () => {
    const merchant = await storefrontMerchant(testApp);
    const uploadId = await uploadImage(testApp, merchant.cookie, 'product', 700, 700);
    const productId = await createProduct(testApp, merchant, {
      title: 'Glazed teapot with bamboo handle',
      imageUploadIds: [uploadId],
    });
    await publishProduct(testApp, merchant, productId);
    const listed = await anonymous(`/api/v1/stores/${merchant.slug}/products`);
    const card = listed.json().items.find((item: { id: string }) => item.id === productId);
    expect(card.imageUrl).toBe(productImageUrl(uploadId, 'grid'));
    expect((await anonymous(card.imageUrl)).statusCode).toBe(200);
  });
});
