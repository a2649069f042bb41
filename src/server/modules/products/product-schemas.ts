import { type Static, Type } from '@sinclair/typebox';
import { MoneyView as Money } from '../../http/money-schema.ts';
import { ModerationFlagSchema } from './moderation/flags.ts';
import type { PRODUCT_STATUSES } from './schema.ts';

/** SPEC §6 limits, shared by the schema, the validation and the web. */
export const TITLE_MAX_LENGTH = 128;
export const MAX_IMAGES = 9;
export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 50;
export const MAX_VARIANTS = 500;
export const MAX_TIERS = 10;
export const SKU_MAX_LENGTH = 64;

const Id = Type.String({ format: 'uuid' });

/** Integer minor units of the store's currency (CNY fen). */
const AmountInput = Type.Object(
  { amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_00 }) },
  { additionalProperties: false },
);

const AttributeInput = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40 }),
    value: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

const OptionInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 30 }),
    values: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), {
      minItems: 1,
      maxItems: MAX_OPTION_VALUES,
    }),
  },
  { additionalProperties: false },
);

const VariantInput = Type.Object(
  {
    sku: Type.String({ minLength: 1, maxLength: SKU_MAX_LENGTH }),
    /** { NAME: VALUE } for each option; left out without options. */
    options: Type.Optional(Type.Record(Type.String(), Type.String())),
    stock: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
    /** Required when priced by variant; not used when priced by quantity. */
    price: Type.Optional(AmountInput),
  },
  { additionalProperties: false },
);

const TierInput = Type.Object(
  { minQuantity: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }), price: AmountInput },
  { additionalProperties: false },
);

/**
 * How the product is priced (SPEC §6): `by_quantity` — tiers on the order's total quantity,
 * the first at the minimum order quantity, the same for every variant; `by_variant` — each
 * variant's own price, with an optional minimum order quantity.
 */
export const PricingInput = Type.Object(
  {
    mode: Type.Union([Type.Literal('by_quantity'), Type.Literal('by_variant')]),
    minOrderQuantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
    /** by_quantity only, ascending by minQuantity. */
    tiers: Type.Optional(Type.Array(TierInput, { maxItems: MAX_TIERS })),
  },
  { additionalProperties: false },
);

/** POST /api/v1/me/products and PUT /api/v1/me/products/{id}: the whole product. */
export const ProductInput = Type.Object(
  {
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    categoryId: Id,
    /** Rich text (HTML); sanitised on the server to a safe subset. */
    description: Type.String({ maxLength: 200_000 }),
    /** The merchant's own uploads with purpose `product`, the main image first. */
    imageUploadIds: Type.Array(Id, { maxItems: MAX_IMAGES }),
    weightGrams: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
    attributes: Type.Array(AttributeInput, { maxItems: 100 }),
    options: Type.Optional(Type.Array(OptionInput, { maxItems: MAX_OPTIONS })),
    variants: Type.Array(VariantInput, { minItems: 1, maxItems: MAX_VARIANTS }),
    pricing: PricingInput,
  },
  { additionalProperties: false },
);
export type ProductInput = Static<typeof ProductInput>;

export { QUALITY_CHECK_KEYS, type QualityCheckKey } from '../../../shared/product-quality.ts';

export const QualitySchema = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  checks: Type.Array(
    Type.Object({
      key: Type.Union([
        Type.Literal('title_length'),
        Type.Literal('main_image'),
        Type.Literal('image_count'),
        Type.Literal('description_length'),
        Type.Literal('required_attributes'),
        Type.Literal('pricing_complete'),
      ]),
      passed: Type.Boolean(),
      /** What the check gives when passed. */
      points: Type.Integer(),
    }),
  ),
});

/** How many products count against the package's limit (published and pending review). */
export const ProductLimitSchema = Type.Object({
  limit: Type.Integer(),
  used: Type.Integer(),
  remaining: Type.Integer(),
});
export type ProductLimit = Static<typeof ProductLimitSchema>;

export const ProductStatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('pending_review'),
  Type.Literal('published'),
  Type.Literal('rejected'),
  Type.Literal('unpublished'),
  Type.Literal('archived'),
  Type.Literal('taken_down'),
]) satisfies { static: (typeof PRODUCT_STATUSES)[number] };

/** The product resource: every field sent, plus what the server keeps about it. */
/** One variant as the merchant's and the buyers' product answers give it. */
export const VariantView = Type.Object({
  sku: Type.String(),
  options: Type.Record(Type.String(), Type.String()),
  stock: Type.Integer(),
  price: Type.Union([Money, Type.Null()]),
});

export const ProductResource = Type.Object({
  id: Id,
  status: ProductStatusSchema,
  /** An operator's reason for a rejection or a take-down, shown to the merchant. */
  statusReason: Type.Union([Type.String(), Type.Null()]),
  /** Why the automatic checks held it for review ([] when they did not). */
  reviewFlags: Type.Array(ModerationFlagSchema),
  title: Type.String(),
  categoryId: Id,
  /** Sanitised HTML. */
  description: Type.String(),
  imageUploadIds: Type.Array(Id),
  images: Type.Array(Type.Object({ uploadId: Id, url: Type.String(), thumbUrl: Type.String() })),
  weightGrams: Type.Integer(),
  attributes: Type.Array(Type.Object({ code: Type.String(), value: Type.String() })),
  options: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(Type.String()) })),
  variants: Type.Array(VariantView),
  pricing: Type.Object({
    mode: Type.Union([Type.Literal('by_quantity'), Type.Literal('by_variant')]),
    minOrderQuantity: Type.Integer(),
    tiers: Type.Array(Type.Object({ minQuantity: Type.Integer(), price: Money })),
  }),
  currency: Type.String(),
  /** The lowest unit price: what cards show and price sorts use. */
  listPrice: Money,
  salesCount: Type.Integer(),
  quality: QualitySchema,
  limit: ProductLimitSchema,
  handle: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ProductResource = Static<typeof ProductResource>;

/** The seller list's sorts (the storefront has its own). */
export const MY_PRODUCT_SORTS = ['newest', 'price', 'title'] as const;
export type MyProductSort = (typeof MY_PRODUCT_SORTS)[number];

export const ProductListQuery = Type.Object(
  {
    status: Type.Optional(ProductStatusSchema),
    q: Type.Optional(Type.String({ maxLength: 128 })),
    sort: Type.Optional(
      Type.Union([Type.Literal('newest'), Type.Literal('price'), Type.Literal('title')]),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type ProductListQuery = Static<typeof ProductListQuery>;

/** One row of the seller's product list. */
export const ProductListItem = Type.Object({
  id: Id,
  title: Type.String(),
  status: ProductStatusSchema,
  statusReason: Type.Union([Type.String(), Type.Null()]),
  categoryId: Id,
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  listPrice: Money,
  stock: Type.Integer(),
  variantCount: Type.Integer(),
  qualityScore: Type.Integer(),
  salesCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ProductListItem = Static<typeof ProductListItem>;

export const ProductList = Type.Object({
  items: Type.Array(ProductListItem),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** How many of the store's products are in each status (for the status tabs). */
  counts: Type.Record(Type.String(), Type.Integer()),
  limit: ProductLimitSchema,
});
export type ProductList = Static<typeof ProductList>;

export const BULK_ACTIONS = ['publish', 'unpublish'] as const;
export const BulkInput = Type.Object(
  {
    action: Type.Union([Type.Literal('publish'), Type.Literal('unpublish')]),
    ids: Type.Array(Id, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type BulkInput = Static<typeof BulkInput>;

export const BulkResult = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Id,
      ok: Type.Boolean(),
      status: Type.Union([ProductStatusSchema, Type.Null()]),
      error: Type.Union([
        Type.Object({ code: Type.String(), message: Type.String() }),
        Type.Null(),
      ]),
    }),
  ),
  limit: ProductLimitSchema,
});
export type BulkResult = Static<typeof BulkResult>;
