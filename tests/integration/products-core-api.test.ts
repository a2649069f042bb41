import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { storePackages, stores } from '../../src/server/modules/stores/schema.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { categoryId, productBody, productImage } from '../support/products.ts';
import {
  api,
  enterBankAccount,
  openStore,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

// The merchant's products through the API (SPEC §6 and API shape, Products): saving a draft,
// every refusal on its field, publishing through the automatic checks, the package's limit, the
// lifecycle, and the seller list's pages.

type Problem = { field: string; rule: string; message: string };

describe('a merchant manages products', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  let merchant: StoreMerchant;
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
    merchant = await openMerchant();
  });
  afterAll(() => testApp.close());

  async function openMerchant(): Promise<StoreMerchant> {
    const opened = await storeMerchant(testApp);
    await openStore(testApp, opened);
    return opened;
  }

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    who: { cookie: string } = merchant,
    locale = 'en',
  ) =>
    api(testApp, method, url, { cookie: who.cookie, body, headers: { 'accept-language': locale } });

  async function create(overrides: Record<string, unknown> = {}, who = merchant) {
    const body = await productBody(testApp, {
      imageUploadIds: [await productImage(testApp, who)],
      ...overrides,
    });
    const response = await call('POST', '/api/v1/me/products', body, who);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; status: string; variants: { sku: string }[] };
  }

  const publish = (id: string, who = merchant) =>
    call('POST', `/api/v1/me/products/${id}/publish`, undefined, who);

  /** The field problems of a refused save. */
  async function refusal(body: Record<string, unknown>, locale = 'en') {
    const response = await call('POST', '/api/v1/me/products', body, merchant, locale);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('validation.failed');
    return response.json().error.details as Problem[];
  }
  const fields = (problems: Problem[]) => problems.map((problem) => [problem.field, problem.rule]);

  it('a product is created as a draft, read back, edited and published', async () => {
    const body = await productBody(testApp, {
      imageUploadIds: [await productImage(testApp, merchant)],
      description: '<p onclick="x()">Soft <script>alert(1)</script>cotton</p>',
    });
    const created = await call('POST', '/api/v1/me/products', body);
    expect(created.statusCode, created.body).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({
      status: 'draft',
      statusReason: null,
      title: body.title,
      categoryId: body.categoryId,
      description: '<p>Soft cotton</p>',
      weightGrams: 250,
      attributes: body.attributes,
      variants: [{ sku: body.variants[0]?.sku, options: {}, stock: 100, price: null }],
      pricing: { mode: 'by_quantity', minOrderQuantity: 1 },
      listPrice: { amount: 800, currency: 'CNY' },
      limit: { used: 0 },
    });
    expect(
      product.pricing.tiers.map((tier: { price: { amount: number } }) => tier.price.amount),
    ).toEqual([1000, 900, 800]);
    expect(product.images[0].url).toMatch(/^\/media\/products\/.+\/page$/);
    expect(product.quality.checks.map((check: { key: string }) => check.key)).toContain(
      'title_length',
    );

    const read = await call('GET', `/api/v1/me/products/${product.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(product);

    const edited = await call('PUT', `/api/v1/me/products/${product.id}`, {
      ...body,
      title: '夏季新款纯棉连衣裙女宽松显瘦中长款裙子 Summer cotton midi dress',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().quality.checks).toContainEqual({
      key: 'title_length',
      passed: true,
      points: 20,
    });
    expect(edited.json().quality.score).toBeGreaterThan(product.quality.score);

    const published = await publish(product.id);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', limit: { used: 1 } });
    expect(published.json().publishedAt).toBe(clock.now().toISOString());
  });

  it('another merchant cannot see or change the product', async () => {
    const { id } = await create();
    const other = await openMerchant();
    expect((await call('GET', `/api/v1/me/products/${id}`, undefined, other)).statusCode).toBe(404);
    expect((await publish(id, other)).json().error.code).toBe('product.not_found');
  });

  it('a merchant without an open store cannot manage products', async () => {
    const storeless = await storeMerchant(testApp);
    const response = await call(
      'POST',
      '/api/v1/me/products',
      await productBody(testApp),
      storeless,
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('store.not_found');

    const suspended = await openMerchant();
    await testApp.database.db
      .update(stores)
      .set({ status: 'suspended' })
      .where(eq(stores.merchantId, suspended.id));
    const refused = await call('GET', '/api/v1/me/products', undefined, suspended, 'zh-CN');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'product.store_not_open' });
    expect(refused.json().error.message).toMatch(/店铺/);
  });

  it('each problem of a product is reported on its own field', async () => {
    const base = await productBody(testApp);
    const [firstSku] = (await create()).variants.map((variant) => variant.sku);
    const otherMerchantImage = await uploadImage(
      testApp,
      (await openMerchant()).cookie,
      'product',
      200,
      200,
    );
    const logo = await uploadImage(testApp, merchant.cookie, 'logo', 200, 200);

    expect(
      fields(
        await refusal({
          ...base,
          title: '   ',
          categoryId: await categoryId(testApp, 'apparel'),
        }),
      ),
    ).toEqual([
      ['title', 'required'],
      ['categoryId', 'category_not_leaf'],
    ]);

    expect(
      fields(
        await refusal({
          ...base,
          attributes: [
            { code: 'material', value: 'Plastic' },
            { code: 'colour', value: 'red' },
          ],
          imageUploadIds: [otherMerchantImage, logo],
          variants: [{ sku: firstSku, stock: 1 }],
        }),
      ),
    ).toEqual([
      ['attributes.material', 'not_in_list'],
      ['attributes.colour', 'unknown_attribute'],
      ['imageUploadIds.0', 'upload_not_found'],
      ['imageUploadIds.1', 'upload_wrong_purpose'],
      ['variants.0.sku', 'sku_taken'],
    ]);

    const options = [
      { name: '颜色', values: ['红', '蓝'] },
      { name: '尺码', values: ['S', 'M'] },
    ];
    expect(
      fields(
        await refusal({
          ...base,
          options,
          variants: [
            { sku: 'A-1', options: { 颜色: '红', 尺码: 'S' }, stock: 1 },
            { sku: 'A-2', options: { 颜色: '红', 尺码: 'S' }, stock: 1 },
            { sku: 'A-2', options: { 颜色: '绿', 尺码: 'S' }, stock: 1 },
          ],
        }),
      ),
    ).toEqual([
      ['variants.2.sku', 'duplicate'],
      ['variants.1.options', 'variant_duplicate'],
      ['variants.2.options', 'variant_options'],
    ]);

    const incomplete = await refusal(
      {
        ...base,
        options,
        variants: [
          { sku: 'B-1', options: { 颜色: '红', 尺码: 'S' }, stock: 1 },
          { sku: 'B-2', options: { 颜色: '蓝', 尺码: 'M' }, stock: 1 },
        ],
      },
      'zh-CN',
    );
    expect(incomplete).toEqual([
      { field: 'variants', rule: 'variants_incomplete', message: '须覆盖所有规格组合，还缺 2 个' },
    ]);

    expect(
      fields(
        await refusal({
          ...base,
          options: [
            { name: '颜色', values: ['红', '红'] },
            { name: '颜色', values: ['大'] },
          ],
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        ['options.0.values.1', 'duplicate'],
        ['options.1.name', 'duplicate'],
      ]),
    );

    expect(
      fields(
        await refusal({
          ...base,
          variants: [
            { sku: 'C-1', stock: 1 },
            { sku: 'C-2', stock: 1 },
          ],
        }),
      ),
    ).toEqual([['variants', 'one_variant']]);

    expect(
      fields(
        await refusal({
          ...base,
          pricing: {
            mode: 'by_quantity',
            minOrderQuantity: 10,
            tiers: [
              { minQuantity: 5, price: { amount: 1000 } },
              { minQuantity: 5, price: { amount: 1100 } },
            ],
          },
        }),
      ),
    ).toEqual([
      ['pricing.tiers.0.minQuantity', 'first_tier'],
      ['pricing.tiers.1.minQuantity', 'tiers_ascending'],
      ['pricing.tiers.1.price', 'tier_price_rises'],
    ]);

    expect(
      fields(
        await refusal({
          ...base,
          pricing: { mode: 'by_quantity', minOrderQuantity: 1, tiers: [] },
        }),
      ),
    ).toEqual([['pricing.tiers', 'tiers_required']]);

    expect(fields(await refusal({ ...base, pricing: { mode: 'by_variant' } }))).toEqual([
      ['variants.0.price', 'price_required'],
    ]);

    // Schema rules: the title's length, a negative stock, a zero price.
    const schema = await call('POST', '/api/v1/me/products', {
      ...base,
      title: '长'.repeat(129),
      variants: [{ sku: 'D-1', stock: -1, price: { amount: 0 } }],
      pricing: { mode: 'by_variant' },
    });
    expect(schema.statusCode).toBe(400);
    expect(
      (schema.json().error.details as Problem[]).map((problem) => problem.field).sort(),
    ).toEqual(['title', 'variants.0.price.amount', 'variants.0.stock']);
  });

  it('a draft may lack images and required attributes, but is not published without them', async () => {
    const { id } = await create({ imageUploadIds: [], attributes: [{ code: 'size', value: 'M' }] });
    const refused = await publish(id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('product.not_publishable');
    expect(fields(refused.json().error.details)).toEqual([
      ['imageUploadIds', 'image_required'],
      ['attributes.material', 'required_to_publish'],
    ]);
  });

  it('priced by variant, the list price is the lowest variant price', async () => {
    const product = await create({
      options: [{ name: 'Colour', values: ['Red', 'Blue'] }],
      variants: [
        { sku: `V-${Date.now()}-R`, options: { Colour: 'Red' }, stock: 3, price: { amount: 2500 } },
        {
          sku: `V-${Date.now()}-B`,
          options: { Colour: 'Blue' },
          stock: 0,
          price: { amount: 1990 },
        },
      ],
      pricing: { mode: 'by_variant' },
    });
    expect(product).toMatchObject({
      listPrice: { amount: 1990 },
      pricing: { mode: 'by_variant', minOrderQuantity: 1, tiers: [] },
    });
  });

  it('a forbidden category and a price far below the median send the product to review', async () => {
    const seller = await openMerchant();
    const forbidden = await create(
      { categoryId: await categoryId(testApp, (await forbiddenLeaf()) ?? ''), attributes: [] },
      seller,
    );
    const held = await publish(forbidden.id, seller);
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({
      status: 'pending_review',
      reviewFlags: [{ kind: 'forbidden_category' }],
      limit: { used: 1 },
    });

    // Five tools at ¥100 make the median; one at ¥20 is under 30 % of it. (A category of their
    // own: the other tests' dresses are not measured against them.)
    const tools = await categoryId(testApp, 'hardware-tools');
    const priced = (amount: number) => ({
      categoryId: tools,
      attributes: [],
      pricing: {
        mode: 'by_quantity',
        minOrderQuantity: 1,
        tiers: [{ minQuantity: 1, price: { amount } }],
      },
    });
    for (let index = 0; index < 5; index += 1) {
      const { id } = await create(priced(10_000), seller);
      expect((await publish(id, seller)).json().status).toBe('published');
    }
    const cheap = await create(priced(2_000), seller);
    const checked = await publish(cheap.id, seller);
    expect(checked.json()).toMatchObject({
      status: 'pending_review',
      reviewFlags: [{ kind: 'low_price', detail: { price: 2_000, median: 10_000, percent: 30 } }],
    });
    // At 30 % exactly it is not flagged.
    const fair = await create(priced(3_000), seller);
    expect((await publish(fair.id, seller)).json().status).toBe('published');

    // Editing a published product runs the checks again: dropped to ¥1, it leaves the shop.
    const edited = await call(
      'PUT',
      `/api/v1/me/products/${fair.id}`,
      await productBody(testApp, {
        imageUploadIds: [await productImage(testApp, seller)],
        variants: [{ sku: `EDIT-${Date.now()}`, stock: 1 }],
        ...priced(100),
      }),
      seller,
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      status: 'pending_review',
      reviewFlags: [{ kind: 'low_price' }],
    });
  });

  async function forbiddenLeaf(): Promise<string | null> {
    const result = await testApp.database.db.execute<{ code: string }>(sql`
      SELECT c.code FROM categories c
      WHERE c.forbidden AND NOT EXISTS (SELECT 1 FROM categories child WHERE child.parent_id = c.id)
      ORDER BY c.code LIMIT 1`);
    return result.rows[0]?.code ?? null;
  }

  it('a banned word in the description sends the product to review', async () => {
    const operator = await import('../support/stores.ts').then((stores) =>
      stores.operatorCookie(testApp, ['admin']),
    );
    const saved = await api(testApp, 'PUT', '/api/v1/admin/banned-words', {
      cookie: operator.cookie,
      body: { words: ['高仿'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { id } = await create({ description: '<p>正品<b>高仿</b>包邮</p>' });
    const held = await publish(id);
    expect(held.json()).toMatchObject({
      status: 'pending_review',
      reviewFlags: [
        {
          kind: 'banned_word',
          detail: { words: ['高仿'], places: [{ field: 'description', words: ['高仿'] }] },
        },
      ],
    });
    await api(testApp, 'PUT', '/api/v1/admin/banned-words', {
      cookie: operator.cookie,
      body: { words: [] },
    });
  });

  it('a banned-word flag says where each word is: the title, which attribute, the description', async () => {
    const operator = await import('../support/stores.ts').then((stores) =>
      stores.operatorCookie(testApp, ['admin']),
    );
    const ban = (words: string[]) =>
      api(testApp, 'PUT', '/api/v1/admin/banned-words', {
        cookie: operator.cookie,
        body: { words },
      });
    expect((await ban(['山寨', '高仿', 'Replica'])).statusCode).toBe(200);
    const { id } = await create({
      title: '高仿山寨夏季连衣裙',
      attributes: [
        { code: 'brand', value: 'REPLICA 品牌' },
        { code: 'material', value: '棉 Cotton' },
        { code: 'size', value: 'M' },
      ],
      description: '<p>不是山寨货</p>',
    });
    const held = await publish(id);
    expect(held.json().reviewFlags).toEqual([
      {
        kind: 'banned_word',
        detail: {
          // In the operator's order, each once.
          words: ['山寨', '高仿', 'Replica'],
          places: [
            { field: 'title', words: ['山寨', '高仿'] },
            { field: 'attribute', attribute: 'brand', words: ['Replica'] },
            { field: 'description', words: ['山寨'] },
          ],
        },
      },
    ]);
    await ban([]);
  });

  async function limitTo(who: StoreMerchant, limit: number) {
    const [store] = await testApp.database.db
      .select()
      .from(stores)
      .where(eq(stores.merchantId, who.id));
    if (!store) throw new Error('no store');
    // The package is shared by every store on it: give this store a package of its own.
    const [pkg] = await testApp.database.db
      .select()
      .from(storePackages)
      .where(eq(storePackages.id, store.packageId));
    if (!pkg) throw new Error('no package');
    const { id: _id, ...copy } = pkg;
    const [own] = await testApp.database.db
      .insert(storePackages)
      .values({ ...copy, code: `limit_${who.id.slice(0, 8)}`, productLimit: limit, active: false })
      .returning();
    await testApp.database.db
      .update(stores)
      .set({ packageId: own?.id })
      .where(eq(stores.id, store.id));
  }

  it("publishing past the package's limit is refused, and the list says what remains", async () => {
    const seller = await openMerchant();
    await limitTo(seller, 2);
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await create({}, seller)).id);
    expect((await publish(ids[0] as string, seller)).json().limit).toEqual({
      limit: 2,
      used: 1,
      remaining: 1,
    });
    expect((await publish(ids[1] as string, seller)).statusCode).toBe(200);
    const refused = await call(
      'POST',
      `/api/v1/me/products/${ids[2]}/publish`,
      undefined,
      seller,
      'zh-CN',
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'product.limit_reached',
      details: { limit: 2 },
    });
    expect(refused.json().error.message).toContain('2');

    const list = await call('GET', '/api/v1/me/products', undefined, seller);
    expect(list.json().limit).toEqual({ limit: 2, used: 2, remaining: 0 });
    expect(list.json().counts).toMatchObject({ published: 2, draft: 1 });

    // Unpublishing one frees a place.
    expect(
      (await call('POST', `/api/v1/me/products/${ids[0]}/unpublish`, undefined, seller)).statusCode,
    ).toBe(200);
    expect((await publish(ids[2] as string, seller)).json().status).toBe('published');
  });

  it('two publications at one free place: only one wins', async () => {
    const seller = await openMerchant();
    await limitTo(seller, 1);
    const first = await create({}, seller);
    const second = await create({}, seller);
    const answers = await Promise.all([publish(first.id, seller), publish(second.id, seller)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const list = await call('GET', '/api/v1/me/products?status=published', undefined, seller);
    expect(list.json().items).toHaveLength(1);
  });

  it('the lifecycle refuses moves its table does not have', async () => {
    const { id } = await create();
    const refusedArchive = await call('POST', `/api/v1/me/products/${id}/archive`);
    expect(refusedArchive.statusCode).toBe(409);
    expect(refusedArchive.json().error).toMatchObject({
      code: 'product.invalid_transition',
      details: { from: 'draft', to: 'archived' },
    });
    expect((await call('POST', `/api/v1/me/products/${id}/unpublish`)).statusCode).toBe(409);
    expect((await publish(id)).statusCode).toBe(200);
    expect((await publish(id)).json().error.code).toBe('product.invalid_transition');
    expect((await call('POST', `/api/v1/me/products/${id}/unpublish`)).json().status).toBe(
      'unpublished',
    );
    expect((await call('POST', `/api/v1/me/products/${id}/archive`)).json().status).toBe(
      'archived',
    );
    expect((await publish(id)).statusCode).toBe(409);
    const edit = await call('PUT', `/api/v1/me/products/${id}`, await productBody(testApp));
    expect(edit.json().error.code).toBe('product.archived');
  });

  it('the bulk action says what became of each product', async () => {
    const seller = await openMerchant();
    await limitTo(seller, 1);
    const ready = await create({}, seller);
    const over = await create({}, seller);
    const response = await call(
      'POST',
      '/api/v1/me/products/bulk',
      {
        action: 'publish',
        ids: [ready.id, over.id],
      },
      seller,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().results).toEqual([
      { id: ready.id, ok: true, status: 'published', error: null },
      {
        id: over.id,
        ok: false,
        status: null,
        error: { code: 'product.limit_reached', message: expect.any(String) },
      },
    ]);
    const back = await call(
      'POST',
      '/api/v1/me/products/bulk',
      { action: 'unpublish', ids: [ready.id] },
      seller,
    );
    expect(back.json().results[0]).toMatchObject({ ok: true, status: 'unpublished' });
  });

  it('the seller list pages through every product once, in each sort, while searching by title', async () => {
    const seller = await openMerchant();
    const made: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      // Two products share each price and creation time, so ties are broken by id.
      if (index % 2 === 0) clock.advance(1000);
      const { id } = await create(
        {
          title:
            index === 3 ? '真丝围巾 silk scarf' : `连衣裙 ${String.fromCharCode(71 - index)} dress`,
          pricing: {
            mode: 'by_quantity',
            minOrderQuantity: 1,
            tiers: [{ minQuantity: 1, price: { amount: 1000 + Math.floor(index / 2) * 100 } }],
          },
        },
        seller,
      );
      made.push(id);
    }
    for (const sort of ['newest', 'price', 'title']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await call('GET', `/api/v1/me/products?${query}`, undefined, seller);
        expect(response.statusCode, response.body).toBe(200);
        const page: { items: { id: string }[]; nextCursor: string | null } = response.json();
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toHaveLength(7);
      expect(new Set(seen).size, sort).toBe(7);
      if (sort === 'newest') expect(seen.slice(0, 1)).toEqual([made[6]]);
    }
    const searched = await call(
      'GET',
      `/api/v1/me/products?q=${encodeURIComponent('围巾')}`,
      undefined,
      seller,
    );
    expect(searched.json().items.map((item: { id: string }) => item.id)).toEqual([made[3]]);
    const wildcard = await call(
      'GET',
      `/api/v1/me/products?q=${encodeURIComponent('%')}`,
      undefined,
      seller,
    );
    expect(wildcard.json().items).toEqual([]);
    const broken = await call('GET', '/api/v1/me/products?cursor=not-a-cursor', undefined, seller);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('product.cursor_invalid');
  });
});
