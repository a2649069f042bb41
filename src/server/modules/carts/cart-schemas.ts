import { Type } from '@sinclair/typebox';
import { MoneyView as Money } from '../../http/money-schema.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { LINE_PROBLEMS } from '../products/index.ts';

export const CartItemInput = Type.Object(
  {
    productId: Type.String({ format: 'uuid' }),
    sku: Type.String({ minLength: 1, maxLength: 64 }),
    /** 0 removes the line. */
    quantity: Type.Integer({ minimum: 0, maximum: 99_999 }),
  },
  { additionalProperties: false },
);

const LineProblem = stringEnum(LINE_PROBLEMS);

export const CartLineSchema = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  quantity: Type.Integer(),
  title: Type.Union([Type.String(), Type.Null()]),
  storeSlug: Type.Union([Type.String(), Type.Null()]),
  options: Type.Record(Type.String(), Type.String()),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  minOrderQuantity: Type.Union([Type.Integer(), Type.Null()]),
  stock: Type.Integer(),
  unitPrice: Type.Union([Money, Type.Null()]),
  lineTotal: Type.Union([Money, Type.Null()]),
  previousUnitPrice: Type.Union([Money, Type.Null()]),
  problem: Type.Union([LineProblem, Type.Null()]),
});

export const CartSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  items: Type.Array(CartLineSchema),
  stores: Type.Array(
    Type.Object({ slug: Type.String(), itemCount: Type.Integer(), subtotal: Money }),
  ),
  total: Money,
  ready: Type.Boolean(),
});
