import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { buyerOrder } from './buyer-order.ts';
import { BuyerOrderSchema, buyerOrderView } from './buyer-order-view.ts';
import { CheckoutInput, CheckoutResult } from './checkout-schemas.ts';
import { placeOrders } from './place-orders.ts';

/** SPEC API shape, Cart and checkout: a guest checks a cart out into one order per store. */
export async function orderRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  app.post(
    '/api/v1/carts/:id/checkout',
    {
      config: {
        errors: [
          'cart.not_found',
          'orders.out_of_stock',
          'orders.cart_empty',
          'orders.cart_not_ready',
          'payment.sandbox_disabled',
          'payment.offline_unavailable',
        ],
      },
      schema: {
        tags: ['buyers'],
        summary:
          'Check the cart out: one order per store, stock reserved at once, each with a payment to make',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: CheckoutInput,
        response: { 201: CheckoutResult },
      },
    },
    async (request, reply) => {
      const placed = await withTx(db, (tx) =>
        placeOrders(tx, request.params.id, request.body, {
          locale: request.locale,
          now: deps.clock.now(),
          settings: deps.settings,
        }),
      );
      return reply.code(201).send({
        orders: placed.map(({ order, key, storeSlug, payment }) => ({
          id: order.id,
          number: order.number,
          key,
          status: 'pending_payment' as const,
          storeSlug,
          total: { amount: order.totalAmount, currency: order.currency },
          payBy: order.payBy.toISOString(),
          payment: {
            id: payment.id,
            provider: payment.provider,
            status: payment.status,
            amount: { amount: payment.amount, currency: payment.currency },
          },
        })),
      });
    },
  );

  const KeyQuery = Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }) });
  const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

  app.get(
    '/api/v1/orders/:id',
    {
      config: { errors: ['orders.not_found'] },
      schema: {
        tags: ['buyers'],
        summary: "The buyer's order, opened with the private key from the confirmation e-mail",
        params: IdParams,
        querystring: KeyQuery,
        response: { 200: BuyerOrderSchema },
      },
    },
    async (request) => buyerOrderView(await buyerOrder(db, request.params.id, request.query.key)),
  );
}
