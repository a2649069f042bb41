import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { postImport, runImports } from '../support/product-imports.ts';
import {
  api,
  enterBankAccount,
  openStore,
  operatorCookie,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

// An import that changes a product is an edit, as the product form makes one (SPEC §6: editing a
// published product runs the checks again): the same checks, the same review, the same history
// and events; a product it leaves as it was gets none of them.

const HEADER = 'handle,title,category,sku,stock,price,attributes,images,publish';
const BANNED = '高仿';

describe('an import that changes a product', () => {
  const clock = new ManualClock('2026-06-01T00:00:00Z');
  let testApp: TestApp;
  let reviewer: Awaited<ReturnType<typeof operatorCookie>>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
    const admin = await operatorCookie(testApp, ['admin']);
    reviewer = await operatorCookie(testApp, ['reviewer']);
    const words = await api(testApp, 'PUT', '/api/v1/admin/banned-words', {
      cookie: admin.cookie,
      body: { words: [BANNED] },
    });
    expect(words.statusCode, words.body).toBe(200);
  });
  afterAll(() => testApp.close());

  async function openMerchant(): Promise<StoreMerchant & { image: string }> {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    return { ...merchant, image: await uploadImage(testApp, merchant.cookie, 'product', 800, 800) };
  }

  /** One dress, on sale when `publish` says yes; complete (image, required attributes). */
  const dressFile = (
    merchant: { image: string },
    options: { title?: string; stock?: number; image?: string } = {},
  ) =>
    `${HEADER}\ndress,${options.title ?? '夏季新款连衣裙女 碎花雪纺长裙'},dresses,EDIT-DRESS-1,${options.stock ?? 10},99.00,material=棉 Cotton|size=M,${options.image ?? merchant.image},yes\n`;

  async function importFile(merchant: StoreMerchant, file: string) {
    clock.advance(60_000);
    const posted = await postImport(testApp, merchant, file);
    expect(posted.statusCode, posted.body).toBe(202);
    await runImports(testApp);
    const response = await api(testApp, 'GET', `/api/v1/me/product-imports/${posted.json().id}`, {
      cookie: merchant.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function productOf(merchant: StoreMerchant) {
    const { rows } = await testApp.database.pool.query<{
      id: string;
      status: string;
      title: string;
    }>('SELECT id, status, title FROM products WHERE merchant_id = $1', [merchant.id]);
    expect(rows).toHaveLength(1);
    return rows[0] as { id: string; status: string; title: string };
  }

  async function history(productId: string) {
    const { rows } = await testApp.database.pool.query(
      `SELECT from_status AS "from", to_status AS "to", actor_kind AS "actorKind",
              actor_id AS "actorId", reason
         FROM status_history WHERE entity_type = 'product' AND entity_id = $1 ORDER BY at, id`,
      [productId],
    );
    return rows;
  }

  /** The product's domain events recorded so far, oldest first. */
  async function eventsOf(productId: string): Promise<string[]> {
    const { rows } = await testApp.database.pool.query<{ topic: string }>(
      `SELECT topic FROM outbox_messages
        WHERE topic LIKE 'product.%' AND topic NOT LIKE '%>%'
          AND payload -> 'data' ->> 'productId' = $1
        ORDER BY id`,
      [productId],
    );
    return rows.map((row) => row.topic);
  }

  it('an imported draft has its history row, by the merchant', async () => {
    const merchant = await openMerchant();
    const result = await importFile(
      merchant,
      `${HEADER}\ncup,青花瓷茶杯 120ml,tableware,EDIT-CUP-1,5,9.50,,,no\n`,
    );
    expect(result).toMatchObject({ status: 'done', created: 1, failed: 0 });
    const product = await productOf(merchant);
    expect(product.status).toBe('draft');
    expect(await history(product.id)).toEqual([
      { from: null, to: 'draft', actorKind: 'merchant', actorId: merchant.id, reason: null },
    ]);
  });

  it('an import of unchanged rows records no event and no history', async () => {
    const merchant = await openMerchant();
    const file = dressFile(merchant);
    expect(await importFile(merchant, file)).toMatchObject({ created: 1, failed: 0 });
    const product = await productOf(merchant);
    expect(product.status).toBe('published');
    const events = await eventsOf(product.id);
    const moves = await history(product.id);
    expect(events).toEqual(['product.published']);

    expect(await importFile(merchant, file)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
      failed: 0,
    });
    expect(await eventsOf(product.id)).toEqual(events);
    expect(await history(product.id)).toEqual(moves);
  });

  it('an edit of a published product is recorded as the form records it', async () => {
    const merchant = await openMerchant();
    await importFile(merchant, dressFile(merchant));
    const product = await productOf(merchant);

    const result = await importFile(merchant, dressFile(merchant, { stock: 25 }));
    expect(result).toMatchObject({ updated: 1, unchanged: 0, failed: 0 });
    // Still on sale: the checks found nothing.
    expect((await productOf(merchant)).status).toBe('published');
    expect(await eventsOf(product.id)).toEqual(['product.published', 'product.updated']);
  });

  it('a banned word put into a published product’s title sends it to review', async () => {
    const merchant = await openMerchant();
    await importFile(merchant, dressFile(merchant));
    const product = await productOf(merchant);
    expect(product.status).toBe('published');

    const heldTitle = `${BANNED}夏季新款连衣裙女`;
    const result = await importFile(merchant, dressFile(merchant, { title: heldTitle }));
    expect(result).toMatchObject({ status: 'done', updated: 1, failed: 0 });
    expect(await productOf(merchant)).toMatchObject({
      status: 'pending_review',
      title: heldTitle,
    });

    // The reviewers' queue has the case, flagged with the word.
    const queue = await api(testApp, 'GET', '/api/v1/admin/products?status=pending_review', {
      cookie: reviewer.cookie,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.find((item: { id: string }) => item.id === product.id)).toMatchObject(
      { title: heldTitle, status: 'pending_review', flags: ['banned_word'] },
    );
    const view = await api(testApp, 'GET', `/api/v1/admin/products/${product.id}`, {
      cookie: reviewer.cookie,
    });
    expect(view.json().current.flags).toEqual([
      { kind: 'banned_word', words: [BANNED], places: [{ field: 'title', words: [BANNED] }] },
    ]);

    expect((await history(product.id)).slice(-1)).toEqual([
      {
        from: 'published',
        to: 'pending_review',
        actorKind: 'merchant',
        actorId: merchant.id,
        reason: 'automatic_checks',
      },
    ]);
    expect(await eventsOf(product.id)).toEqual([
      'product.published',
      'product.submitted_for_review',
      'product.updated',
    ]);
    // Buyers no longer see it.
    const page = await api(testApp, 'GET', `/api/v1/products/${product.id}`);
    expect(page.statusCode).toBe(404);
  });

  it('an edit that would leave a product on sale incomplete is refused for its rows', async () => {
    const merchant = await openMerchant();
    await importFile(merchant, dressFile(merchant));
    const product = await productOf(merchant);

    const result = await importFile(merchant, dressFile(merchant, { image: '' }));
    expect(result).toMatchObject({ status: 'done', updated: 0, failed: 1 });
    expect(result.errors).toEqual([
      {
        row: 2,
        sku: 'EDIT-DRESS-1',
        code: 'product_import.on_sale_incomplete',
        message: expect.stringMatching(
          /^This product is on sale, so it must stay complete: images/,
        ),
      },
    ]);
    expect((await productOf(merchant)).status).toBe('published');
    const images = await testApp.database.pool.query(
      'SELECT upload_id FROM product_images WHERE product_id = $1',
      [product.id],
    );
    expect(images.rows).toEqual([{ upload_id: merchant.image }]);
    expect(await eventsOf(product.id)).toEqual(['product.published']);
  });
});
