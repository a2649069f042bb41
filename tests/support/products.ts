import type { TestApp } from './app.ts';
import {
  api,
  designFor,
  openStore,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from './stores.ts';

// Fixtures for the product tests: a store buyers can see, and products through the merchant API.

/** A merchant whose store is open and whose storefront is published; with its slug. */
export async function storefrontMerchant(
  testApp: TestApp,
  design: Record<string, unknown> = {},
): Promise<StoreMerchant & { slug: string }> {
  const merchant = await storeMerchant(testApp);
  await openStore(testApp, merchant);
  const saved = await api(testApp, 'PUT', '/api/v1/me/store/design', {
    cookie: merchant.cookie,
    body: await designFor(testApp, merchant, design),
  });
  expectStatus(saved, 200);
  const published = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
    cookie: merchant.cookie,
  });
  expectStatus(published, 200);
  return { ...merchant, slug: published.json().slug };
}

/** The id of a leaf category by its code (the default tree's `dresses`, `phones`, …). */
export async function categoryId(testApp: TestApp, code: string): Promise<string> {
  const response = await api(testApp, 'GET', '/api/v1/categories');
  expectStatus(response, 200);
  type Node = { id: string; code: string; children: Node[] };
  const find = (nodes: Node[]): Node | undefined =>
    nodes.map((node) => (node.code === code ? node : find(node.children))).find(Boolean);
  const found = find(response.json());
  if (!found) throw new Error(`no category ${code}`);
  return found.id;
}

let skuCounter = 0;

/**
 * A valid body for POST /api/v1/me/products: a dress priced by quantity (1–99: ¥10.00,
 * 100–499: ¥9.00, 500+: ¥8.00) with one variant, its required attributes filled.
 */
export async function productBody(testApp: TestApp, overrides: Record<string, unknown> = {}) {
  skuCounter += 1;
  return {
    title: '夏季新款连衣裙女 Summer Dress',
    categoryId: await categoryId(testApp, 'dresses'),
    description: '<p>Light cotton, <strong>breathable</strong>.</p>',
    imageUploadIds: [],
    weightGrams: 250,
    attributes: [
      { code: 'material', value: '棉 Cotton' },
      { code: 'size', value: 'M' },
    ],
    variants: [{ sku: `DRESS-${process.pid}-${skuCounter}`, stock: 100 }],
    pricing: {
      mode: 'by_quantity',
      minOrderQuantity: 1,
      tiers: [
        { minQuantity: 1, price: { amount: 1000 } },
        { minQuantity: 100, price: { amount: 900 } },
        { minQuantity: 500, price: { amount: 800 } },
      ],
    },
    ...overrides,
  };
}

// One product image per merchant, shared by its products: publishing needs a main image.
const productImages = new Map<string, Promise<string>>();

/** The merchant's product image (uploaded once, purpose `product`): its upload id. */
export function productImage(testApp: TestApp, merchant: { cookie: string }): Promise<string> {
  let image = productImages.get(merchant.cookie);
  if (!image) {
    image = uploadImage(testApp, merchant.cookie, 'product', 800, 800);
    productImages.set(merchant.cookie, image);
  }
  return image;
}

/** A product saved as a draft through the merchant API (with the merchant's image); its id. */
export async function createProduct(
  testApp: TestApp,
  merchant: { cookie: string },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await api(testApp, 'POST', '/api/v1/me/products', {
    cookie: merchant.cookie,
    body: await productBody(testApp, {
      imageUploadIds: [await productImage(testApp, merchant)],
      ...overrides,
    }),
  });
  expectStatus(response, 201);
  return response.json().id;
}

/** Publish a product through the merchant API; it must come out published. */
export async function publishProduct(
  testApp: TestApp,
  merchant: { cookie: string },
  productId: string,
): Promise<void> {
  const response = await api(testApp, 'POST', `/api/v1/me/products/${productId}/publish`, {
    cookie: merchant.cookie,
  });
  expectStatus(response, 200);
  if (response.json().status !== 'published') {
    throw new Error(`product ${productId} came out ${response.json().status}`);
  }
}

/** A product created and published; its id. */
export async function publishedProduct(
  testApp: TestApp,
  merchant: { cookie: string },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await createProduct(testApp, merchant, overrides);
  await publishProduct(testApp, merchant, id);
  return id;
}

function expectStatus(response: { statusCode: number; body: string }, status: number): void {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
}
