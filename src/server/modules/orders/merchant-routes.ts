import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { type Tx, withTx } from '../../db/client.ts';
import { MoneyView as Money } from '../../http/money-schema.ts';
import { PageCursor } from '../../http/paging.ts';
import { merchantIdOf, requireMerchant } from '../../http/session-auth.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { merchantOrder } from './buyer-order.ts';
import {
  BuyerOrderSchema as OrderViewSchema,
  buyerOrderView as orderView,
} from './buyer-order-view.ts';
import {
  CARRIERS,
  confirmOrder,
  listMerchantOrders,
  markDelivered,
  shipOrder,
} from './merchant-orders.ts';
import { ORDER_STATUSES } from './schema.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const MOVE_ERRORS = ['orders.not_found', 'orders.invalid_transition'];

const OrderSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.String(),
  status: stringEnum(ORDER_STATUSES),
  buyerName: Type.String(),
  total: Money,
  placedAt: Type.String({ format: 'date-time' }),
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** SPEC API shape, Orders (merchant): the merchant's orders and their workflow. */
export async function merchantOrderRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.get(
    '/api/v1/me/orders',
    {
      preHandler: merchant,
      config: { errors: ['http.bad_cursor'] },
      schema: {
        tags: ['orders'],
        summary: 'Your orders, newest first, by status, with a count per status',
        querystring: Type.Object({
          status: Type.Optional(stringEnum(ORDER_STATUSES)),
          cursor: PageCursor,
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(OrderSummary),
            counts: Type.Record(Type.String(), Type.Integer()),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request) => {
      const page = await listMerchantOrders(db, merchantIdOf(request), {
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
        limit: request.query.limit ?? 20,
      });
      return {
        counts: page.counts,
        nextCursor: page.nextCursor,
        items: page.items.map((order) => ({
          id: order.id,
          number: order.number,
          status: order.status,
          buyerName: order.buyerName,
          total: { amount: order.totalAmount, currency: order.currency },
          placedAt: order.createdAt.toISOString(),
          paidAt: order.paidAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/v1/me/orders/:id',
    {
      preHandler: merchant,
      config: { errors: ['orders.not_found'] },
      schema: {
        tags: ['orders'],
        summary: 'One of your orders with its lines, buyer, address, payment and history',
        params: IdParams,
        response: { 200: OrderViewSchema },
      },
    },
    async (request) => orderView(await merchantOrder(db, merchantIdOf(request), request.params.id)),
  );

  const ShipInput = Type.Object(
    {
      carrier: stringEnum(CARRIERS),
      /** The carrier's name when it is `other`. */
      carrierName: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
      trackingNumber: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }),
    },
    { additionalProperties: false },
  );
  const moves = [
    {
      path: 'confirm',
      summary: 'Confirm a paid order: you have seen it and will ship it',
      act: (tx: Tx, merchantId: string, id: string) =>
        confirmOrder(tx, merchantId, id, deps.clock.now()),
    },
    {
      path: 'deliver',
      summary: 'Mark a shipped order delivered (the buyer may confirm receipt instead)',
      act: (tx: Tx, merchantId: string, id: string) =>
        markDelivered(tx, merchantId, id, deps.clock.now()),
    },
  ];
  for (const { path, summary, act } of moves) {
    app.post(
      `/api/v1/me/orders/:id/${path}`,
      {
        preHandler: merchant,
        config: { errors: MOVE_ERRORS },
        schema: { tags: ['orders'], summary, params: IdParams, response: { 200: OrderViewSchema } },
      },
      async (request) => {
        const merchantId = merchantIdOf(request);
        await withTx(db, (tx) => act(tx, merchantId, request.params.id));
        return orderView(await merchantOrder(db, merchantId, request.params.id));
      },
    );
  }

  app.post(
    '/api/v1/me/orders/:id/ship',
    {
      preHandler: merchant,
      config: { errors: MOVE_ERRORS },
      schema: {
        tags: ['orders'],
        summary: 'Ship a paid or confirmed order, with its carrier and tracking number',
        params: IdParams,
        body: ShipInput,
        response: { 200: OrderViewSchema },
      },
    },
    async (request) => {
      const merchantId = merchantIdOf(request);
      await withTx(db, (tx) =>
        shipOrder(tx, merchantId, request.params.id, request.body, deps.clock.now()),
      );
      return orderView(await merchantOrder(db, merchantId, request.params.id));
    },
  );
}
