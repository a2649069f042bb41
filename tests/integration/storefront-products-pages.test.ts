import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { createProduct, publishedProduct, storefrontMerchant } from '../support/products.ts';
import { api, enterBankAccount } from '../support/stores.ts';

// The server-rendered pages buyers and search engines read (SPEC §5, §6): the storefront's grid,
// a product's page with its structured data, platform search, the sitemap and robots.txt.

describe('storefront product pages', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  const get = (url: string, locale = 'zh-CN', headers: Record<string, string> = {}) =>
    api(testApp, 'GET', url, { headers: { 'accept-language': locale, ...headers } });

  it('shows the store grid with title, from-price and MOQ, sort and paging links', async () => {
    const merchant = await storefrontMerchant(testApp);
    for (let index = 1; index <= 25; index += 1) {
      clock.advance(1000);
      await publishedProduct(testApp, merchant, { title: `龙井绿茶 第${index}款` });
    }
    const first = await get(`/s/${merchant.slug}`);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('龙井绿茶 第25款');
    expect(first.body).not.toContain('龙井绿茶 第1款<');
    expect(first.body).toContain('¥8.00 起');
    expect(first.body).toContain('1 件起批');
    expect(first.body).toContain(`href="/s/${merchant.slug}?sort=price_asc"`);
    const next = first.body.match(/href="([^"]+)" rel="next"/)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBeDefined();
    const second = await get(next ?? '');
    expect(second.body).toContain('龙井绿茶 第1款<');
    expect(second.body).not.toContain('龙井绿茶 第25款');
    // A hand-edited cursor gets the first page, not an error.
    const edited = await get(`/s/${merchant.slug}?cursor=bm9wZQ`);
    expect(edited.statusCode).toBe(200);
    expect(edited.body).toContain('龙井绿茶 第25款');
  });

  it('follows a product published, edited or unpublished at once', async () => {
    const merchant = await storefrontMerchant(testApp);
    const before = await get(`/s/${merchant.slug}`, 'en');
    expect(before.body).toContain('No products yet');
    const etag = before.headers.etag as string;
    // A draft changes nothing buyers see: the page stays as it was.
    const draft = await createProduct(testApp, merchant, { title: 'Jasmine pearls' });
    expect((await get(`/s/${merchant.slug}`, 'en', { 'if-none-match': etag })).statusCode).toBe(
      304,
    );

    const publish = await api(testApp, 'POST', `/api/v1/me/products/${draft}/publish`, {
      cookie: merchant.cookie,
    });
    expect(publish.statusCode, publish.body).toBe(200);
    const published = await get(`/s/${merchant.slug}`, 'en', { 'if-none-match': etag });
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('Jasmine pearls');
    const productPage = await get(`/s/${merchant.slug}/p/${draft}`, 'en');
    expect(productPage.body).toContain('Jasmine pearls');

    const body = (
      await api(testApp, 'GET', `/api/v1/me/products/${draft}`, {
        cookie: merchant.cookie,
      })
    ).json();
    const edit = await api(testApp, 'PUT', `/api/v1/me/products/${draft}`, {
      cookie: merchant.cookie,
      body: {
        title: 'Jasmine dragon pearls',
        categoryId: body.categoryId,
        description: body.description ?? '',
        imageUploadIds: body.images.map((image: { uploadId: string }) => image.uploadId),
        weightGrams: body.weightGrams,
        attributes: body.attributes,
        variants: body.variants.map((variant: { sku: string; stock: number }) => ({
          sku: variant.sku,
          stock: variant.stock,
        })),
        pricing: {
          mode: 'by_quantity',
          minOrderQuantity: 1,
          tiers: [{ minQuantity: 1, price: { amount: 1200 } }],
        },
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await get(`/s/${merchant.slug}`, 'en')).body).toContain('Jasmine dragon pearls');
    expect((await get(`/s/${merchant.slug}/p/${draft}`, 'en')).body).toContain('¥12.00');

    await api(testApp, 'POST', `/api/v1/me/products/${draft}/unpublish`, {
      cookie: merchant.cookie,
    });
    expect((await get(`/s/${merchant.slug}`, 'en')).body).not.toContain('Jasmine');
    expect((await get(`/s/${merchant.slug}/p/${draft}`, 'en')).statusCode).toBe(404);
  });

  it('renders the product page with tiers, attributes, store card, JSON-LD and meta tags', async () => {
    const merchant = await storefrontMerchant(testApp);
    const id = await publishedProduct(testApp, merchant, {
      title: '夏季新款连衣裙女 </script><b>',
      description: '<p>纯棉面料，<strong>透气</strong>舒适。</p><script>alert(1)</script>',
    });
    const response = await get(`/s/${merchant.slug}/p/${id}`);
    expect(response.statusCode).toBe(200);
    const page = response.body;
    // Tiers: 1–99 at ¥10.00, 100–499 at ¥9.00, 500 and more at ¥8.00.
    expect(page).toMatch(/<td>1–99 件<\/td><td class="pp-money">¥10\.00<\/td>/);
    expect(page).toMatch(/<td>100–499 件<\/td><td class="pp-money">¥9\.00<\/td>/);
    expect(page).toMatch(/<td>≥ 500 件<\/td><td class="pp-money">¥8\.00<\/td>/);
    expect(page).toContain('<dt>材质</dt><dd>棉 Cotton</dd>');
    expect(page).toContain('<strong>透气</strong>');
    expect(page).not.toContain('alert(1)');
    expect(page).toContain('data-testid="verified-badge"');
    // The add-to-cart form posts to the cart without JavaScript, starting at the minimum order.
    expect(page).toContain('<form class="pp-order pp-cart" method="post" action="/cart/items"');
    expect(page).toMatch(/<input type="number" name="quantity" value="1" min="1"/);
    expect(page).toMatch(/<button type="submit">加入购物车<\/button>/);
    expect(page).toContain(
      `<link rel="canonical" href="http://localhost:3000/s/${merchant.slug}/p/${id}">`,
    );
    expect(page).toContain('<meta property="og:type" content="product">');
    expect(page).toContain(
      '<meta property="og:title" content="夏季新款连衣裙女 &lt;/script&gt;&lt;b&gt;">',
    );

    const scripts = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.[1] ?? '');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: '夏季新款连衣裙女 </script><b>',
      offers: {
        '@type': 'Offer',
        price: '8.00',
        priceCurrency: 'CNY',
        availability: 'https://schema.org/InStock',
        seller: { '@type': 'Organization' },
      },
    });

    // The same product under another store's address, an unknown id, a draft: not found.
    const other = await storefrontMerchant(testApp);
    const draft = await createProduct(testApp, merchant);
    for (const url of [
      `/s/${other.slug}/p/${id}`,
      `/s/${merchant.slug}/p/00000000-0000-4000-8000-000000000000`,
      `/s/${merchant.slug}/p/${draft}`,
      `/s/${merchant.slug}/p/nope`,
    ]) {
      const missing = await get(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.body).toContain('该商品不存在或已下架');
    }
  });

  it('searches every store from /search, in Chinese and English, with a store filter', async () => {
    const first = await storefrontMerchant(testApp);
    const second = await storefrontMerchant(testApp);
    await publishedProduct(testApp, first, { title: '夏季新款连衣裙女 碎花' });
    await publishedProduct(testApp, second, { title: '法式复古连衣裙 长款' });
    await publishedProduct(testApp, second, { title: '华为手机壳 透明' });

    const chinese = await get(`/search?q=${encodeURIComponent('连衣裙')}`);
    expect(chinese.statusCode).toBe(200);
    expect(chinese.body).toContain('夏季新款连衣裙女 碎花');
    expect(chinese.body).toContain('法式复古连衣裙 长款');
    expect(chinese.body).not.toContain('华为手机壳');
    expect(chinese.body).toContain('“连衣裙”的搜索结果');

    const inStore = await get(`/search?q=${encodeURIComponent('连衣裙')}&store=${second.slug}`);
    expect(inStore.body).toContain('法式复古连衣裙 长款');
    expect(inStore.body).not.toContain('夏季新款连衣裙女 碎花');

    const english = await get('/search?q=nothing+like+this', 'en');
    expect(english.body).toContain('No products match “nothing like this”.');
    const odd = await get(`/search?q=${encodeURIComponent("'):*&|!(")}`);
    expect(odd.statusCode).toBe(200);
  });

  it('lists stores and published products in the sitemap, and points robots to it', async () => {
    const merchant = await storefrontMerchant(testApp);
    const id = await publishedProduct(testApp, merchant, { title: 'Sitemap teapot' });
    const draft = await createProduct(testApp, merchant, { title: 'Unlisted teapot' });

    const index = await get('/sitemap.xml');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/xml/);
    const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
      (match[1] ?? '').replace('http://localhost:3000', ''),
    );
    expect(files[0]).toBe('/sitemap/stores.xml');
    const listed = (await Promise.all(files.map((file) => get(file)))).map((file) => file.body);
    expect(listed.join('')).toContain(`http://localhost:3000/s/${merchant.slug}</loc>`);
    expect(listed.join('')).toContain(`http://localhost:3000/s/${merchant.slug}/p/${id}</loc>`);
    expect(listed.join('')).not.toContain(draft);

    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Allow: /s/');
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toContain('Disallow: /admin');
    expect(robots.body).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});
