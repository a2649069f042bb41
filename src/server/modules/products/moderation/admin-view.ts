import { type Static, Type } from '@sinclair/typebox';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { stringEnum } from '../../../lib/string-enum.ts';
import { findMerchant } from '../../accounts/index.ts';
import { operatorNames } from '../../operators/index.ts';
import { storeSummariesOf } from '../../stores/index.ts';
import { sanitizeDescription } from '../description.ts';
import type { Product } from '../schema.ts';
import { categoryNaming } from './category-naming.ts';
import { diffSnapshots } from './diff.ts';
import { BannedWordPlace, MODERATION_FLAG_KINDS } from './flags.ts';
import { MODERATION_DECISIONS, moderationQueue } from './queue.ts';
import { type ModerationSnapshot, moderationSnapshot } from './snapshot.ts';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const FlagView = Type.Object({
  kind: stringEnum(MODERATION_FLAG_KINDS),
  /** banned_word: the words found. */
  words: Type.Optional(Type.Array(Type.String())),
  /** banned_word: where each was found (none on flags from before places were kept). */
  places: Type.Optional(Type.Array(BannedWordPlace)),
  /** low_price: the product's lowest unit price, the category's median and the threshold. */
  price: Type.Optional(Type.Integer()),
  median: Type.Optional(Type.Integer()),
  percent: Type.Optional(Type.Integer()),
  currency: Type.Optional(Type.String()),
});

export const StoreRef = Nullable(
  Type.Object({ id: Uuid, name: Nullable(Type.String()), slug: Nullable(Type.String()) }),
);

/** The product as the reviewer decides on it. */
export const ModeratedContent = Type.Object({
  title: Type.String(),
  category: Type.Object({ id: Uuid, name: Type.String() }),
  attributes: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), value: Type.String() }),
  ),
  /** Sanitised HTML, safe to show as it is. */
  descriptionHtml: Type.String(),
  images: Type.Array(Type.Object({ uploadId: Uuid, url: Type.String(), thumbUrl: Type.String() })),
  options: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(Type.String()) })),
  pricingMode: Type.String(),
  minOrderQuantity: Type.Integer(),
  currency: Type.String(),
  variants: Type.Array(
    Type.Object({
      sku: Type.String(),
      options: Type.Record(Type.String(), Type.String()),
      stock: Type.Integer(),
      price: Nullable(Type.Integer()),
    }),
  ),
  tiers: Type.Array(Type.Object({ minQuantity: Type.Integer(), price: Type.Integer() })),
  flags: Type.Array(FlagView),
});

export const ModerationCaseView = Type.Object({
  id: Uuid,
  /** The product's status now. */
  status: Type.String(),
  statusReason: Nullable(Type.String()),
  store: StoreRef,
  merchant: Type.Object({
    id: Uuid,
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
  }),
  /** The case's status; null when the product was never reviewed. */
  caseStatus: Nullable(stringEnum(['pending', 'approved', 'rejected', 'taken_down'] as const)),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  current: ModeratedContent,
  /** What was decided on at the last review; null at a first review. */
  previous: Nullable(ModeratedContent),
  changes: Type.Array(
    Type.Object({
      field: stringEnum([
        'title',
        'category',
        'attribute',
        'description',
        'images',
        'options',
        'pricing',
        'variants',
      ] as const),
      attribute: Type.Optional(Type.String()),
      change: stringEnum(['added', 'changed', 'removed'] as const),
    }),
  ),
  decisions: Type.Array(
    Type.Object({
      id: Uuid,
      decision: stringEnum(MODERATION_DECISIONS),
      reason: Nullable(Type.String()),
      operator: Type.Object({ id: Uuid, email: Type.String(), name: Nullable(Type.String()) }),
      decidedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

type Content = Static<typeof ModeratedContent>;

/** A product's image as a reviewer opens it, whether or not the product is public. */
export const reviewerImageUrl = (productId: string, uploadId: string) =>
  `/api/v1/admin/products/${productId}/images/${uploadId}`;

/** A snapshot as the console shows it: names in the reviewer's language, image URLs, safe HTML. */
async function contentView(
  db: Executor,
  productId: string,
  snapshot: ModerationSnapshot,
  locale: Locale,
): Promise<Content> {
  const naming = await categoryNaming(db, snapshot.categoryId, locale);
  return {
    title: snapshot.title,
    category: { id: snapshot.categoryId, name: naming.name },
    attributes: snapshot.attributes.map((attribute) => ({
      code: attribute.code,
      name: naming.attributeNames.get(attribute.code) ?? attribute.code,
      value: attribute.value,
    })),
    descriptionHtml: sanitizeDescription(snapshot.descriptionHtml),
    // Through the reviewers' own route: a held product's images are not public yet.
    images: snapshot.images.map((uploadId) => {
      const url = reviewerImageUrl(productId, uploadId);
      return { uploadId, url, thumbUrl: url };
    }),
    options: snapshot.options,
    pricingMode: snapshot.pricingMode,
    minOrderQuantity: snapshot.minOrderQuantity,
    currency: snapshot.currency,
    variants: snapshot.variants,
    tiers: snapshot.tiers,
    flags: snapshot.flags.map((flag) => ({ kind: flag.kind, ...flag.detail })),
  };
}

/**
 * One product as the reviewer sees it: what is to be decided on (the held version, or the product
 * as it is now when nobody submitted it), what was decided on last time and what changed since,
 * the flags, and every decision so far with who made it.
 */
export async function moderationCaseView(
  db: Executor,
  product: Product,
  locale: Locale,
): Promise<Static<typeof ModerationCaseView>> {
  const reviewCase = await moderationQueue.findBySubject(db, product.id);
  const current =
    reviewCase?.status === 'pending'
      ? (reviewCase.snapshot as ModerationSnapshot)
      : await moderationSnapshot(db, product, []);
  const decisions = reviewCase ? await moderationQueue.decisions(db, product.id) : [];
  const last = decisions.at(-1);
  const previous = last ? (last.snapshot as ModerationSnapshot) : null;
  const operatorIds = [...new Set(decisions.map((decision) => decision.operatorId))];
  const named =
    operatorIds.length === 0
      ? []
      : await db.select().from(operatorNames).where(inArray(operatorNames.id, operatorIds));
  const operators = new Map(named.map((operator) => [operator.id, operator]));
  const merchant = await findMerchant(db, product.merchantId);
  const store = (await storeSummariesOf(db, [product.merchantId])).get(product.merchantId);
  return {
    id: product.id,
    status: product.status,
    statusReason: product.statusReason,
    store: store ? { id: store.id, name: store.name, slug: store.slug } : null,
    merchant: {
      id: product.merchantId,
      email: merchant?.email ?? null,
      phone: merchant?.phone ?? null,
    },
    caseStatus: (reviewCase?.status ?? null) as Static<typeof ModerationCaseView>['caseStatus'],
    submittedAt: reviewCase?.submittedAt.toISOString() ?? null,
    current: await contentView(db, product.id, current, locale),
    previous: previous ? await contentView(db, product.id, previous, locale) : null,
    changes: diffSnapshots(previous, current),
    decisions: decisions.flatMap((decision) => {
      const operator = operators.get(decision.operatorId);
      if (!operator) return [];
      return [
        {
          id: decision.id,
          decision: decision.decision as (typeof MODERATION_DECISIONS)[number],
          reason: decision.note,
          operator: { id: operator.id, email: operator.email, name: operator.name },
          decidedAt: decision.decidedAt.toISOString(),
        },
      ];
    }),
  };
}
