import { Type } from '@sinclair/typebox';
import { MoneyView as Money } from '../../../http/money-schema.ts';
import { PageCursor } from '../../../http/paging.ts';
import { VariantView } from '../product-schemas.ts';
import { BUYER_PRODUCT_SORTS, MAX_PRODUCT_PAGE } from './product-cards.ts';

const PageLimit = Type.Integer({ minimum: 1, maximum: MAX_PRODUCT_PAGE, default: 24 });
const SearchText = Type.Optional(Type.String({ maxLength: 100 }));

export const StoreProductsQuery = Type.Object({
  q: SearchText,
  sort: Type.Optional(
    Type.Union(
      BUYER_PRODUCT_SORTS.map((sort) => Type.Literal(sort)),
      { default: 'newest' },
    ),
  ),
  cursor: PageCursor,
  limit: Type.Optional(PageLimit),
});

export const SearchProductsQuery = Type.Object({
  q: SearchText,
  /** Only this store's products. */
  store: Type.Optional(Type.String({ maxLength: 100 })),
  cursor: PageCursor,
  limit: Type.Optional(PageLimit),
});

export const ProductCardSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  storeSlug: Type.String(),
  price: Money,
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  minOrderQuantity: Type.Integer(),
});

export const ProductCardPage = Type.Object({
  items: Type.Array(ProductCardSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const PublicProductSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  storeSlug: Type.String(),
  title: Type.String(),
  descriptionHtml: Type.String(),
  category: Type.Union([
    Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }),
    Type.Null(),
  ]),
  attributes: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), value: Type.String() }),
  ),
  options: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(Type.String()) })),
  variants: Type.Array(VariantView),
  pricing: Type.Union([
    Type.Object({
      mode: Type.Literal('by_quantity'),
      minOrderQuantity: Type.Integer(),
      tiers: Type.Array(
        Type.Object({
          minQuantity: Type.Integer(),
          maxQuantity: Type.Union([Type.Integer(), Type.Null()]),
          price: Money,
        }),
      ),
    }),
    Type.Object({ mode: Type.Literal('by_variant'), minOrderQuantity: Type.Integer() }),
  ]),
  price: Money,
  images: Type.Array(
    Type.Object({ uploadId: Type.String(), url: Type.String(), thumbUrl: Type.String() }),
  ),
  weightGrams: Type.Integer(),
  salesCount: Type.Integer(),
  inStock: Type.Boolean(),
  orderable: Type.Boolean(),
});
