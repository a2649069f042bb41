import { Type } from '@sinclair/typebox';
import { MoneyView as Money } from '../../http/money-schema.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import type { BuyerOrder } from './buyer-order.ts';
import { ORDER_STATUSES } from './schema.ts';

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const BuyerOrderSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.String(),
  status: stringEnum(ORDER_STATUSES),
  store: Type.Object({ slug: Nullable(Type.String()), name: Nullable(Type.String()) }),
  items: Type.Array(
    Type.Object({
      productId: Type.String(),
      sku: Type.String(),
      title: Type.String(),
      options: Type.Record(Type.String(), Type.String()),
      quantity: Type.Integer(),
      unitPrice: Money,
      lineTotal: Money,
    }),
  ),
  goods: Money,
  shipping: Money,
  total: Money,
  refunded: Money,
  buyer: Type.Object({ name: Type.String(), email: Type.String(), phone: Type.String() }),
  shippingAddress: Type.Object({
    country: Type.String(),
    region: Type.String(),
    city: Type.String(),
    line1: Type.String(),
    postalCode: Type.String(),
  }),
  placedAt: DateTime,
  payBy: DateTime,
  paidAt: Nullable(DateTime),
  payment: Type.Union([
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      provider: Type.String(),
      status: Type.String(),
      amount: Money,
      reference: Nullable(Type.String()),
      testMode: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  /** How the goods went out: null fields until shipped. */
  shipment: Type.Object({
    carrier: Nullable(Type.String()),
    carrierName: Nullable(Type.String()),
    trackingNumber: Nullable(Type.String()),
    shippedAt: Nullable(DateTime),
    deliveredAt: Nullable(DateTime),
  }),
  timeline: Type.Array(Type.Object({ status: Type.String(), at: DateTime })),
});

export function buyerOrderView({ order, lines, payment, refunded, store, timeline }: BuyerOrder) {
  const money = (amount: number) => ({ amount, currency: order.currency });
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    store,
    items: lines.map((line) => ({
      productId: line.productId,
      sku: line.sku,
      title: line.title,
      options: line.options,
      quantity: line.quantity,
      unitPrice: money(line.unitAmount),
      lineTotal: money(line.lineAmount),
    })),
    goods: money(order.goodsAmount),
    shipping: money(order.shippingAmount),
    total: money(order.totalAmount),
    refunded: money(refunded),
    buyer: { name: order.buyerName, email: order.buyerEmail, phone: order.buyerPhone },
    shippingAddress: order.shippingAddress,
    placedAt: order.createdAt.toISOString(),
    payBy: order.payBy.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    payment: payment
      ? {
          id: payment.id,
          provider: payment.provider,
          status: payment.status,
          amount: { amount: payment.amount, currency: payment.currency },
          reference: payment.reference,
          testMode: payment.testMode,
        }
      : null,
    shipment: {
      carrier: order.carrier,
      carrierName: order.carrierName,
      trackingNumber: order.trackingNumber,
      shippedAt: order.shippedAt?.toISOString() ?? null,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
    },
    timeline: timeline.map((step) => ({ status: step.status, at: step.at.toISOString() })),
  };
}
