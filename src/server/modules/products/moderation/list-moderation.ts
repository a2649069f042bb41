import { type Static, Type } from '@sinclair/typebox';
import { count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { stringEnum } from '../../../lib/string-enum.ts';
import { storeSummariesOf } from '../../stores/index.ts';
import { productImages, products } from '../schema.ts';
import { reviewerImageUrl, StoreRef } from './admin-view.ts';
import { MODERATION_FLAG_KINDS, type ModerationFlag, type ModerationFlagKind } from './flags.ts';
import { type ModerationCaseStatus, moderationQueue } from './queue.ts';

/** The queue's tabs, named by the product status each case status stands for. */
export const QUEUE_STATUSES = ['pending_review', 'approved', 'rejected', 'taken_down'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

const CASE_STATUS: Record<QueueStatus, ModerationCaseStatus> = {
  pending_review: 'pending',
  approved: 'approved',
  rejected: 'rejected',
  taken_down: 'taken_down',
};

export const ModerationQueueItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  /** The product's status now. */
  status: Type.String(),
  store: StoreRef,
  /** Why the checks held it at its last submission (empty for a product nobody flagged). */
  flags: Type.Array(stringEnum(MODERATION_FLAG_KINDS)),
  price: Type.Object({
    amount: Type.Union([Type.Integer(), Type.Null()]),
    currency: Type.String(),
  }),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const ModerationQueuePage = Type.Object({
  items: Type.Array(ModerationQueueItem),
  /** Entries matching the filter (products, on the "all" listing). */
  total: Type.Integer(),
  /** Cases in each tab under the same flag and search: the tabs' and the menu's badges. */
  counts: Type.Object(
    Object.fromEntries(QUEUE_STATUSES.map((status) => [status, Type.Integer()])) as Record<
      QueueStatus,
      ReturnType<typeof Type.Integer>
    >,
  ),
});

type Item = Static<typeof ModerationQueueItem>;

export interface ModerationQueueFilter {
  /** A tab of the queue; none: every product on the platform, to find one to take down. */
  status?: QueueStatus | undefined;
  flag?: ModerationFlagKind | undefined;
  /** Part of the title, a SKU, or the product's id. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const countsOf = (counts: Record<ModerationCaseStatus, number>): Record<QueueStatus, number> => ({
  pending_review: counts.pending,
  approved: counts.approved,
  rejected: counts.rejected,
  taken_down: counts.taken_down,
});

/** The rows of a page's products, in the page's order, with their store and main image. */
async function itemsOf(
  db: Executor,
  ids: string[],
  extra: Map<string, Pick<Item, 'flags' | 'submittedAt' | 'decidedAt'>>,
): Promise<Item[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(products).where(inArray(products.id, ids));
  const images = await db
    .select({
      productId: productImages.productId,
      uploadId: productImages.uploadId,
      position: productImages.position,
    })
    .from(productImages)
    .where(inArray(productImages.productId, ids));
  const mainImage = new Map<string, { uploadId: string; position: number }>();
  for (const image of images) {
    const seen = mainImage.get(image.productId);
    if (!seen || image.position < seen.position) mainImage.set(image.productId, image);
  }
  const stores = await storeSummariesOf(db, [...new Set(rows.map((row) => row.merchantId))]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const product = byId.get(id);
    if (!product) return [];
    const store = stores.get(product.merchantId);
    const image = mainImage.get(id);
    return [
      {
        id,
        title: product.title,
        status: product.status,
        store: store ? { id: store.id, name: store.name, slug: store.slug } : null,
        price: { amount: product.listPriceAmount, currency: product.currency },
        imageUrl: image ? reviewerImageUrl(id, image.uploadId) : null,
        flags: [],
        submittedAt: null,
        decidedAt: null,
        ...extra.get(id),
      },
    ];
  });
}

/**
 * The moderation queue (SPEC §9) from the review-case kernel: held products oldest first (first in,
 * first reviewed), decided ones newest first, with the count in each tab. Without a status, every
 * product on the platform by title or id, newest first: how an operator finds one to take down.
 */
export async function listModeration(db: Executor, filter: ModerationQueueFilter) {
  const q = filter.q?.trim();
  if (filter.status) {
    const page = await moderationQueue.list(db, {
      status: CASE_STATUS[filter.status],
      kind: filter.flag,
      q,
      limit: filter.limit,
      offset: filter.offset,
    });
    const extra = new Map(
      page.items.map((item) => [
        item.subjectId,
        {
          flags: ((item.snapshot as { flags?: ModerationFlag[] }).flags ?? []).map(
            (flag) => flag.kind,
          ),
          submittedAt: item.submittedAt.toISOString(),
          decidedAt: item.decidedAt?.toISOString() ?? null,
        },
      ]),
    );
    return {
      items: await itemsOf(
        db,
        page.items.map((item) => item.subjectId),
        extra,
      ),
      total: page.total,
      counts: countsOf(page.counts),
    };
  }
  const where: SQL | undefined = q
    ? UUID.test(q)
      ? or(eq(products.id, q), ilike(products.title, `%${escapeLike(q)}%`))
      : ilike(products.title, `%${escapeLike(q)}%`)
    : undefined;
  const found = await db
    .select({ id: products.id })
    .from(products)
    .where(where)
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ value: count() }).from(products).where(where);
  const counts = await moderationQueue.list(db, { kind: filter.flag, q, limit: 0, offset: 0 });
  return {
    items: await itemsOf(
      db,
      found.map((row) => row.id),
      new Map(),
    ),
    total: total?.value ?? 0,
    counts: countsOf(counts.counts),
  };
}
