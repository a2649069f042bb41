import { Type } from '@sinclair/typebox';
import { MoneyView as Money } from '../../http/money-schema.ts';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const CheckoutInput = Type.Object(
  {
    buyer: Type.Object(
      {
        name: Text(100),
        email: Type.String({ format: 'email', maxLength: 254 }),
        phone: Text(40),
      },
      { additionalProperties: false },
    ),
    shippingAddress: Type.Object(
      {
        /** ISO 3166-1 alpha-2: CN, US, … */
        country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
        region: Text(100),
        city: Text(100),
        line1: Text(200),
        postalCode: Type.String({ maxLength: 20 }),
      },
      { additionalProperties: false },
    ),
    provider: Type.Union([Type.Literal('sandbox'), Type.Literal('offline')]),
    /** The language of the buyer's e-mails; the request's language without it. */
    locale: Type.Optional(Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);

export const CheckoutResult = Type.Object({
  orders: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      number: Type.String(),
      /** The private key of the buyer's order page (`/orders/{id}?key=K`); given once. */
      key: Type.String(),
      status: Type.Literal('pending_payment'),
      storeSlug: Type.String(),
      total: Money,
      payBy: Type.String({ format: 'date-time' }),
      payment: Type.Object({
        id: Type.String({ format: 'uuid' }),
        provider: Type.String(),
        status: Type.String(),
        amount: Money,
      }),
    }),
  ),
});
