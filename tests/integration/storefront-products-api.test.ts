import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caughtUpWith } from '../../src/server/cache/change-feed.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { searchProducts } from '../../src/server/modules/products/index.ts';
import { products } from '../../src/server/modules/products/schema.ts';
import { stores } from '../../src/server/modules/stores/schema.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { createProduct, publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// What buyers read through the API (SPEC API shape, Buyers): which products are visible, in which
// order, page by page, and what search finds in Chinese and English.

type Card = { id: string; title: string; storeSlug: string; price: { amount: number } };
type Page = { items: Card[]; nextCursor: string | null };

const tiers = (amount: number) => ({
  mode: 'by_quantity',
  minOrderQuantity: 1,
  tiers: [{ minQuantity: 1, price: { amount } }],
});

describe('buyers find products through the API', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const get = async (url: string, locale = 'en') => {
    const response = await api(testApp, 'GET', url, { headers: { 'accept-language': locale } });
    return response;
  };
  const page = async (url: string): Promise<Page> => {
    const response = await get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Every page of a listing, following nextCursor. */
  const allPages = async (url: string): Promise<Card[][]> => {
    const pages: Card[][] = [];
    let cursor: string | null = null;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const next: Page = await page(cursor ? `${url}${separator}cursor=${cursor}` : url);
      pages.push(next.items);
      cursor = next.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  };

  it('lists only published products of a visible store', async () => {
    const merchant = await storefrontMerchant(testApp);
    const draft = await createProduct(testApp, merchant, { title: 'Draft kettle not for sale' });
    const shown = await publishedProduct(testApp, merchant, { title: 'Copper kettle for sale' });
    const withdrawn = await publishedProduct(testApp, merchant, { title: 'Withdrawn kettle' });
    const unpublish = await api(testApp, 'POST', `/api/v1/me/products/${withdrawn}/unpublish`, {
      cookie: merchant.cookie,
    });
    expect(unpublish.statusCode, unpublish.body).toBe(200);

    const listed = await page(`/api/v1/stores/${merchant.slug}/products`);
    expect(listed.items.map((item) => item.id)).toEqual([shown]);
    expect(listed.items[0]).toMatchObject({
      title: 'Copper kettle for sale',
      storeSlug: merchant.slug,
      // The lowest unit price: the 500+ tier's.
      price: { amount: 800, currency: 'CNY' },
      imageUrl: expect.stringMatching(/^\/media\/products\/[0-9a-f-]{36}\/grid$/),
      minOrderQuantity: 1,
    });
    expect((await page(`/api/v1/search/products?q=kettle`)).items.map((item) => item.id)).toEqual([
      shown,
    ]);
    expect((await get(`/api/v1/products/${shown}`)).statusCode).toBe(200);
    for (const hidden of [draft, withdrawn]) {
      const response = await get(`/api/v1/products/${hidden}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('product.not_found');
    }

    // A suspended store's products are not shown anywhere.
    await testApp.database.db
      .update(stores)
      .set({ status: 'suspended' })
      .where(eq(stores.merchantId, merchant.id));
    // As a request's own write does (own-writes.ts): answered once its NOTIFY is back here.
    await caughtUpWith(testApp.database.pool);
    expect((await page(`/api/v1/stores/${merchant.slug}/products`)).items).toEqual([]);
    expect((await page(`/api/v1/search/products?q=kettle`)).items).toEqual([]);
    expect((await get(`/api/v1/products/${shown}`)).statusCode).toBe(404);
  });

  it("shows a change to the store's products in its list at once, though the list is kept", async () => {
    const merchant = await storefrontMerchant(testApp);
    const first = await publishedProduct(testApp, merchant, { title: 'First teapot' });
    const listUrl = `/api/v1/stores/${merchant.slug}/products`;
    const ids = async (url = listUrl) => (await page(url)).items.map((item) => item.id);
    expect(await ids()).toEqual([first]);
    // The same answer again, from memory.
    expect(await ids()).toEqual([first]);

    clock.advance(60_000);
    const second = await publishedProduct(testApp, merchant, { title: 'Second teapot' });
    expect(await ids()).toEqual([second, first]);
    expect(await ids(`${listUrl}?sort=price_asc&limit=1`)).toHaveLength(1);

    const unpublish = await api(testApp, 'POST', `/api/v1/me/products/${second}/unpublish`, {
      cookie: merchant.cookie,
    });
    expect(unpublish.statusCode, unpublish.body).toBe(200);
    expect(await ids()).toEqual([first]);

    // A slug nobody has, and a slug typed in capitals, answer as the store would.
    expect(await ids('/api/v1/stores/no-such-store-here/products')).toEqual([]);
    expect(await ids(`/api/v1/stores/${merchant.slug.toUpperCase()}/products`)).toEqual([first]);
  });

  it('sorts by newest, price and sales, and pages without duplicates or gaps', async () => {
    const merchant = await storefrontMerchant(testApp);
    const prices = [500, 1500, 900, 900, 2500, 400, 900];
    const ids: string[] = [];
    for (const [index, amount] of prices.entries()) {
      clock.advance(1000);
      ids.push(
        await publishedProduct(testApp, merchant, {
          title: `Teapot number ${index + 1}`,
          pricing: tiers(amount),
        }),
      );
    }
    // Sales come from orders (issue 12); here they are set as an order would leave them.
    for (const [index, id] of ids.entries()) {
      await testApp.database.db
        .update(products)
        .set({ salesCount: [3, 0, 7, 7, 1, 0, 2][index] ?? 0 })
        .where(eq(products.id, id));
    }
    const base = `/api/v1/stores/${merchant.slug}/products`;
    const priceOf = new Map(ids.map((id, index) => [id, prices[index] ?? 0]));

    const newest = await allPages(`${base}?limit=3`);
    expect(newest.map((items) => items.length)).toEqual([3, 3, 1]);
    expect(newest.flat().map((item) => item.id)).toEqual([...ids].reverse());

    for (const sort of ['price_asc', 'price_desc', 'sales'] as const) {
      const pages = await allPages(`${base}?sort=${sort}&limit=2`);
      const order = pages.flat().map((item) => item.id);
      expect(new Set(order).size).toBe(ids.length);
      expect([...order].sort()).toEqual([...ids].sort());
      const amounts = order.map((id) => priceOf.get(id) ?? 0);
      if (sort === 'price_asc') expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
      if (sort === 'price_desc') expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      if (sort === 'sales') {
        const sales = order.map((id) => [3, 0, 7, 7, 1, 0, 2][ids.indexOf(id)]);
        expect(sales).toEqual([7, 7, 3, 2, 1, 0, 0]);
      }
    }
  });

  it('finds Chinese titles by a word inside them and by two characters, and English by words', async () => {
    const merchant = await storefrontMerchant(testApp);
    const dress = await publishedProduct(testApp, merchant, { title: '夏季新款连衣裙女' });
    const phoneCase = await publishedProduct(testApp, merchant, {
      title: '华为 Mate 60 手机壳 防摔',
    });
    const english = await publishedProduct(testApp, merchant, { title: "Women's linen shirt" });
    const search = async (q: string, store?: string) =>
      (
        await page(
          `/api/v1/search/products?q=${encodeURIComponent(q)}${store ? `&store=${store}` : ''}`,
        )
      ).items.map((item) => item.id);

    expect(await search('连衣裙')).toContain(dress);
    expect(await search('连衣裙')).not.toContain(phoneCase);
    expect(await search('手机')).toEqual([phoneCase]);
    expect(await search('linen SHIRT')).toEqual([english]);
    expect(await search('mate 手机壳', merchant.slug)).toEqual([phoneCase]);
    expect(await search('连衣裙', 'no-such-store')).toEqual([]);
    // Within the store, through its own listing.
    const inStore = await page(
      `/api/v1/stores/${merchant.slug}/products?q=${encodeURIComponent('连衣裙')}`,
    );
    expect(inStore.items.map((item) => item.id)).toEqual([dress]);
  });

  it('ranks the newest matches best first and follows them with older matches, newest first, page by page', async () => {
    const merchant = await storefrontMerchant(testApp);
    // A prefix query for "tea" ranks a title with three words starting so above one with one.
    const titles = [
      'Tea teapot teacup set (oldest)',
      'Glazed teapot two',
      'Tea teapot teacup gift box',
      'Glazed teapot four',
      'Glazed teapot five (newest)',
    ];
    const ids: string[] = [];
    for (const title of titles) {
      ids.push(await publishedProduct(testApp, merchant, { title }));
      clock.advance(60_000);
    }
    const [oldestBest, two, newerBest, four, newest] = ids;
    const searchAll = async (window?: { rank: number; recentSlice: number }) => {
      const found: string[] = [];
      let cursor: string | undefined;
      do {
        const result = await searchProducts(
          testApp.database.db,
          { q: 'tea', storeSlug: merchant.slug, limit: 2, ...(cursor ? { cursor } : {}) },
          window,
        );
        found.push(...result.items.map((item) => item.id));
        cursor = result.nextCursor ?? undefined;
      } while (cursor && found.length < 20);
      return found;
    };
    // All five in the window: best match first, then newest.
    expect(await searchAll()).toEqual([newerBest, oldestBest, newest, four, two]);
    // A window of the three newest: the oldest best match waits its turn among the older ones,
    // whether the window's edge is found among the newest listings or through the index.
    const windowed = [newerBest, newest, four, two, oldestBest];
    expect(await searchAll({ rank: 3, recentSlice: 100 })).toEqual(windowed);
    expect(await searchAll({ rank: 3, recentSlice: 2 })).toEqual(windowed);
    // Through HTTP, the first page's cursor carries on where it stopped.
    const first = await page(`/api/v1/search/products?q=tea&store=${merchant.slug}&limit=3`);
    expect(first.items.map((item) => item.id)).toEqual([newerBest, oldestBest, newest]);
    const second = await page(
      `/api/v1/search/products?q=tea&store=${merchant.slug}&limit=3&cursor=${first.nextCursor}`,
    );
    expect(second.items.map((item) => item.id)).toEqual([four, two]);
    expect(second.nextCursor).toBeNull();
  });

  it('answers any typed query, however odd, without an error', async () => {
    for (const q of [
      "'",
      '"',
      ':*',
      '&|!()',
      'a & b | !c',
      "o'reilly:*",
      '\\',
      '<->',
      '%00',
      '连衣裙:*',
    ]) {
      const response = await get(`/api/v1/search/products?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, `${q}: ${response.body}`).toBe(200);
    }
    const nul = await get('/api/v1/search/products?q=%00');
    expect(nul.statusCode).toBeLessThan(500);
  });

  it('refuses a bad cursor and an out-of-range limit with a clear error', async () => {
    const merchant = await storefrontMerchant(testApp);
    for (const cursor of ['abc', 'WzEsMl0', Buffer.from('["x","y"]').toString('base64url')]) {
      for (const url of [
        `/api/v1/stores/${merchant.slug}/products?cursor=${cursor}`,
        `/api/v1/search/products?q=tea&cursor=${cursor}`,
      ]) {
        const response = await get(url, 'zh-CN');
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.code).toBe('http.bad_cursor');
        expect(response.json().error.message).toMatch(/分页/);
      }
    }
    for (const limit of ['0', '61', 'many']) {
      const response = await get(`/api/v1/search/products?limit=${limit}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation.failed');
    }
    const sort = await get(`/api/v1/stores/${merchant.slug}/products?sort=cheapest`);
    expect(sort.statusCode).toBe(400);
  });

  it("gives a product with its tiers, variants and attribute names in the reader's language", async () => {
    const merchant = await storefrontMerchant(testApp);
    const id = await publishedProduct(testApp, merchant, {
      options: [{ name: '颜色', values: ['红', '蓝'] }],
      variants: [
        { sku: `RED-${Date.now()}`, options: { 颜色: '红' }, stock: 5 },
        { sku: `BLUE-${Date.now()}`, options: { 颜色: '蓝' }, stock: 0 },
      ],
    });
    const chinese = (await get(`/api/v1/products/${id}`, 'zh-CN')).json();
    expect(chinese.pricing).toEqual({
      mode: 'by_quantity',
      minOrderQuantity: 1,
      tiers: [
        { minQuantity: 1, maxQuantity: 99, price: { amount: 1000, currency: 'CNY' } },
        { minQuantity: 100, maxQuantity: 499, price: { amount: 900, currency: 'CNY' } },
        { minQuantity: 500, maxQuantity: null, price: { amount: 800, currency: 'CNY' } },
      ],
    });
    expect(chinese.attributes).toEqual([
      { code: 'material', name: '材质', value: '棉 Cotton' },
      { code: 'size', name: '尺码', value: 'M' },
    ]);
    expect(chinese.category.name).toBe('连衣裙');
    expect(chinese.variants.map((variant: { stock: number }) => variant.stock)).toEqual([5, 0]);
    expect(chinese.inStock).toBe(true);
    const english = (await get(`/api/v1/products/${id}`, 'en')).json();
    expect(english.attributes[0].name).toBe('Material');
    expect((await get('/api/v1/products/not-a-uuid')).statusCode).toBe(404);
  });
});
