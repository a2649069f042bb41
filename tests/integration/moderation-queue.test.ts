import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { auditLog } from '../../src/server/modules/audit/schema.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import { createProduct, productBody, publishedProduct } from '../support/products.ts';
import {
  api,
  openStore,
  operatorCookie,
  type StoreMerchant,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

interface QueuePage {
  items: { id: string; title: string; status: string; flags: string[] }[];
  total: number;
  counts: Record<string, number>;
}

// The moderation queue (SPEC §6, §9): a banned word holds a product for review; a reviewer
// rejects it with a reason the merchant reads, approves the corrected version seeing what
// changed, or takes a published product down.
describe('product moderation', () => {
  const clock = new ManualClock('2026-06-01T08:00:00Z');
  let testApp: TestApp;
  let reviewer: Awaited<ReturnType<typeof operatorCookie>>;
  let merchant: StoreMerchant;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    const admin = await operatorCookie(testApp, ['admin']);
    reviewer = await operatorCookie(testApp, ['reviewer']);
    const words = await api(testApp, 'PUT', '/api/v1/admin/banned-words', {
      cookie: admin.cookie,
      body: { words: ['高仿'] },
    });
    expect(words.statusCode, words.body).toBe(200);
    merchant = await storeMerchant(testApp, { locale: 'zh-CN' });
    await openStore(testApp, merchant);
  });
  afterAll(() => testApp.close());

  const publish = async (id: string) => {
    clock.advance(60_000);
    const response = await api(testApp, 'POST', `/api/v1/me/products/${id}/publish`, {
      cookie: merchant.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { status: string };
  };
  const queue = async (query: string, cookie = reviewer.cookie): Promise<QueuePage> => {
    const response = await api(testApp, 'GET', `/api/v1/admin/products?${query}`, { cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const caseOf = async (id: string) => {
    const response = await api(testApp, 'GET', `/api/v1/admin/products/${id}`, {
      cookie: reviewer.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const decide = (id: string, body: object, cookie = reviewer.cookie) => {
    clock.advance(60_000);
    return api(testApp, 'POST', `/api/v1/admin/products/${id}/decision`, { cookie, body });
  };
  const merchantView = async (id: string) => {
    const response = await api(testApp, 'GET', `/api/v1/me/products/${id}`, {
      cookie: merchant.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { status: string; statusReason: string | null };
  };
  const mailTo = async (address: string) => {
    await testApp.worker.drain();
    const response = await api(
      testApp,
      'GET',
      `/api/v1/dev/messages?to=${encodeURIComponent(address)}`,
    );
    return response.json() as { subject: string | null; text: string }[];
  };
  const auditOf = (productId: string, action: string) =>
    testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, productId), eq(auditLog.action, action)));

  describe('a product with a banned word', () => {
    let productId: string;
    const heldTitle = '高仿夏季新款连衣裙女';
    const correctedTitle = '夏季新款连衣裙女 纯棉';

    it('waits for review instead of being published, flagged with the word', async () => {
      productId = await createProduct(testApp, merchant, { title: heldTitle });
      expect((await publish(productId)).status).toBe('pending_review');

      const page = await queue('status=pending_review');
      expect(page.items.map((item) => item.id)).toContain(productId);
      expect(page.items.find((item) => item.id === productId)).toMatchObject({
        title: heldTitle,
        status: 'pending_review',
        flags: ['banned_word'],
      });
      expect(page.counts.pending_review).toBeGreaterThanOrEqual(1);
      // The search finds it by its title, and a filter on another flag does not.
      expect((await queue('status=pending_review&q=高仿夏季')).items.map((i) => i.id)).toEqual([
        productId,
      ]);
      expect((await queue('status=pending_review&flag=low_price')).items).toEqual([]);

      const view = await caseOf(productId);
      expect(view.current.flags).toEqual([
        { kind: 'banned_word', words: ['高仿'], places: [{ field: 'title', words: ['高仿'] }] },
      ]);
      expect(view.current.title).toBe(heldTitle);
      // A first review: nothing to compare with, every part is new.
      expect(view.previous).toBeNull();
      expect(view.changes).toContainEqual({ field: 'title', change: 'added' });

      // Its images are not public yet; the reviewer opens them through the console's route.
      const [image] = view.current.images;
      expect(image.url).toBe(`/api/v1/admin/products/${productId}/images/${image.uploadId}`);
      const shown = await api(testApp, 'GET', image.url, { cookie: reviewer.cookie });
      expect(shown.statusCode).toBe(200);
      expect(shown.headers['content-type']).toMatch(/^image\//);
      expect((await api(testApp, 'GET', image.url)).statusCode).toBe(401);
      const someoneElses = await api(
        testApp,
        'GET',
        `/api/v1/admin/products/${productId}/images/${await uploadImage(testApp, (await storeMerchant(testApp)).cookie, 'product', 600, 600)}`,
        { cookie: reviewer.cookie },
      );
      expect(someoneElses.statusCode).toBe(404);
    });

    it('is only for reviewers', async () => {
      for (const roles of [['admin'], ['finance']] as const) {
        const { cookie } = await operatorCookie(testApp, [...roles]);
        const listed = await api(testApp, 'GET', '/api/v1/admin/products?status=pending_review', {
          cookie,
        });
        expect(listed.statusCode).toBe(403);
        expect((await decide(productId, { decision: 'approve' }, cookie)).statusCode).toBe(403);
      }
      const anonymous = await api(testApp, 'GET', '/api/v1/admin/products');
      expect(anonymous.statusCode).toBe(401);
      expect(await merchantView(productId)).toMatchObject({ status: 'pending_review' });
    });

    it('is rejected only with a reason, which the merchant reads on the product and by e-mail', async () => {
      for (const reason of [undefined, null, '   ']) {
        const refused = await decide(productId, { decision: 'reject', reason });
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json().error.code).toBe('validation.failed');
        expect(refused.json().error.details).toEqual([
          expect.objectContaining({ field: 'reason', rule: 'required' }),
        ]);
      }
      expect(await merchantView(productId)).toMatchObject({ status: 'pending_review' });

      const reason = '标题含有“高仿”字样，请删除后重新提交。';
      const rejected = await decide(productId, { decision: 'reject', reason });
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: reason });
      expect(rejected.json().decisions).toEqual([
        expect.objectContaining({
          decision: 'reject',
          reason,
          operator: expect.objectContaining({ id: reviewer.id }),
        }),
      ]);
      expect(await merchantView(productId)).toMatchObject({
        status: 'rejected',
        statusReason: reason,
      });

      const mail = await mailTo(merchant.email);
      const notice = mail.find((message) => message.subject?.includes('未通过审核'));
      expect(notice?.subject).toContain(heldTitle);
      expect(notice?.text).toContain(reason);

      const [entry] = await auditOf(productId, 'product.rejected');
      expect(entry).toMatchObject({
        actorOperatorId: reviewer.id,
        before: { status: 'pending' },
        after: expect.objectContaining({ status: 'rejected', note: reason }),
      });
      // Decided once: a second decision on the rejected product is refused.
      const again = await decide(productId, { decision: 'approve' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('moderation.not_pending');
    });

    it('comes back corrected with what changed since the rejection, and approving publishes it', async () => {
      const before = (await merchantView(productId)) as unknown as {
        images: { uploadId: string }[];
      };
      const saved = await api(testApp, 'PUT', `/api/v1/me/products/${productId}`, {
        cookie: merchant.cookie,
        body: await productBody(testApp, {
          title: correctedTitle,
          imageUploadIds: before.images.map((image) => image.uploadId),
          variants: [{ sku: `HELD-${productId.slice(0, 8)}`, stock: 100 }],
        }),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      // Rejected by a person, so seen by one again even though no check flags it now.
      expect((await publish(productId)).status).toBe('pending_review');
      // Publishing it again would be the reviewer's approval: the merchant cannot skip the review.
      const skipped = await api(testApp, 'POST', `/api/v1/me/products/${productId}/publish`, {
        cookie: merchant.cookie,
      });
      expect(skipped.statusCode, skipped.body).toBe(409);
      expect(skipped.json().error.code).toBe('product.invalid_transition');
      expect((await merchantView(productId)).status).toBe('pending_review');

      const view = await caseOf(productId);
      expect(view.current.flags).toEqual([]);
      expect(view.previous.title).toBe(heldTitle);
      expect(view.current.title).toBe(correctedTitle);
      const changed = view.changes.map((change: { field: string }) => change.field);
      expect(changed).toContain('title');
      expect(changed).toContain('variants');
      expect(changed).not.toContain('description');
      expect(changed).not.toContain('images');
      expect(changed).not.toContain('pricing');

      const approved = await decide(productId, { decision: 'approve' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(await merchantView(productId)).toMatchObject({
        status: 'published',
        statusReason: null,
      });
      const mail = await mailTo(merchant.email);
      expect(mail.find((message) => message.subject?.includes('已通过审核'))?.subject).toContain(
        correctedTitle,
      );
      expect(await auditOf(productId, 'product.approved')).toHaveLength(1);
      expect(
        (await caseOf(productId)).decisions.map((d: { decision: string }) => d.decision),
      ).toEqual(['reject', 'approve']);
      expect((await queue('status=approved')).items.map((item) => item.id)).toContain(productId);
    });
  });

  describe('taking a published product down', () => {
    it('finds any product by id under all products, and needs a reason the merchant reads', async () => {
      const productId = await publishedProduct(testApp, merchant, { title: '纯棉儿童T恤 夏季' });
      const all = await queue(`q=${productId}`);
      expect(all.items.map((item) => item.id)).toEqual([productId]);
      expect(all.items[0]?.status).toBe('published');

      const refused = await decide(productId, { decision: 'take_down', reason: '' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].field).toBe('reason');
      expect(await merchantView(productId)).toMatchObject({ status: 'published' });

      const reason = '商品图片涉嫌侵犯他人商标，已下架。';
      const takenDown = await decide(productId, { decision: 'take_down', reason });
      expect(takenDown.statusCode, takenDown.body).toBe(200);
      expect(await merchantView(productId)).toMatchObject({
        status: 'taken_down',
        statusReason: reason,
      });
      const mail = await mailTo(merchant.email);
      expect(mail.find((message) => message.subject?.includes('下架'))?.text).toContain(reason);
      expect(await auditOf(productId, 'product.taken_down')).toHaveLength(1);

      const again = await decide(productId, { decision: 'take_down', reason });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('moderation.not_published');
      expect((await queue('status=taken_down')).items.map((item) => item.id)).toContain(productId);
    });

    it('refuses to approve a product that is not waiting for review', async () => {
      const productId = await publishedProduct(testApp, merchant, { title: '不锈钢保温杯 500ml' });
      const refused = await decide(productId, { decision: 'approve' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('moderation.not_pending');
      const unknown = await decide('00000000-0000-4000-8000-000000000000', { decision: 'approve' });
      expect(unknown.statusCode).toBe(404);
    });
  });
});
