import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../server/app-types.ts';
import { withTx } from '../server/db/client.ts';
import { viewCart } from '../server/modules/carts/index.ts';
import { buyerOrder, buyerOrderView, placeOrders } from '../server/modules/orders/index.ts';
import {
  bankAccount,
  offeredProviders,
  settleSandboxPayment,
} from '../server/modules/payments/index.ts';
import { renderCheckoutPage, renderOrderPage, renderPlacedPage } from './render-checkout-pages.ts';
import { STOREFRONT_CSP } from './routes.ts';

/** The checkout form as a browser posts it. */
const CheckoutForm = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.String({ minLength: 1, maxLength: 40 }),
    country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
    region: Type.String({ minLength: 1, maxLength: 100 }),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    line1: Type.String({ minLength: 1, maxLength: 200 }),
    postalCode: Type.String({ maxLength: 20 }),
    provider: Type.Union([Type.Literal('sandbox'), Type.Literal('offline')]),
  },
  { additionalProperties: false },
);

/** `id.key,id.key`: the orders just placed, for the confirmation page. */
const PlacedQuery = Type.Object({
  orders: Type.String({
    maxLength: 2000,
    pattern: '^[0-9a-f-]{36}\\.[A-Za-z0-9_-]{1,100}(,[0-9a-f-]{36}\\.[A-Za-z0-9_-]{1,100})*$',
  }),
});
const OrderParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
const KeyQuery = Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }) });

const ORDER_ERRORS = ['orders.not_found'];

/**
 * Checkout and the buyer's order pages, server-rendered (SPEC §7): no sign-in, no JavaScript.
 * Registered inside the scope that parses form bodies.
 */
export function checkoutPageRoutes(
  plugin: FastifyInstance,
  deps: AppDeps,
  cartOf: (request: FastifyRequest) => Promise<string | null>,
): void {
  const forms = plugin.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = deps.database;
  const html = (reply: { header: (k: string, v: string) => unknown }) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('Content-Security-Policy', STOREFRONT_CSP);
  };

  forms.get(
    '/checkout',
    { config: { page: true }, schema: { hide: true } },
    async (request, reply) => {
      const cartId = await cartOf(request);
      const cart = cartId ? await viewCart(db, cartId) : null;
      // Nothing to check out, or lines to look at first: the cart says what.
      if (!cart?.ready) return reply.redirect('/cart', 303);
      html(reply);
      return reply.type('text/html; charset=utf-8').send(
        renderCheckoutPage({
          locale: request.locale,
          cart,
          providers: await offeredProviders(db),
          offlineDays: deps.settings.get('orders.unpaid_offline_days'),
        }),
      );
    },
  );

  forms.post(
    '/checkout',
    {
      config: {
        page: true,
        errors: [
          'cart.not_found',
          'orders.out_of_stock',
          'orders.cart_empty',
          'orders.cart_not_ready',
          'payment.sandbox_disabled',
          'payment.offline_unavailable',
        ],
      },
      schema: { hide: true, body: CheckoutForm },
    },
    async (request, reply) => {
      const cartId = await cartOf(request);
      if (!cartId) return reply.redirect('/cart', 303);
      const form = request.body;
      const placed = await withTx(db, (tx) =>
        placeOrders(
          tx,
          cartId,
          {
            buyer: { name: form.name, email: form.email, phone: form.phone },
            shippingAddress: {
              country: form.country.toUpperCase(),
              region: form.region,
              city: form.city,
              line1: form.line1,
              postalCode: form.postalCode,
            },
            provider: form.provider,
            locale: request.locale,
          },
          { locale: request.locale, now: deps.clock.now(), settings: deps.settings },
        ),
      );
      const list = placed.map(({ order, key }) => `${order.id}.${key}`).join(',');
      return reply.redirect(`/checkout/placed?orders=${list}`, 303);
    },
  );

  forms.get(
    '/checkout/placed',
    {
      config: { page: true, errors: ORDER_ERRORS },
      schema: { hide: true, querystring: PlacedQuery },
    },
    async (request, reply) => {
      const orders = [];
      for (const pair of request.query.orders.split(',')) {
        const [id = '', key = ''] = pair.split('.');
        const { order } = await buyerOrder(db, id, key);
        orders.push({
          id: order.id,
          key,
          number: order.number,
          total: { amount: order.totalAmount, currency: order.currency },
        });
      }
      html(reply);
      return reply
        .type('text/html; charset=utf-8')
        .send(renderPlacedPage({ locale: request.locale, orders }));
    },
  );

  forms.get(
    '/orders/:id',
    {
      config: { page: true, errors: ORDER_ERRORS },
      schema: { hide: true, params: OrderParams, querystring: KeyQuery },
    },
    async (request, reply) => {
      const order = buyerOrderView(await buyerOrder(db, request.params.id, request.query.key));
      html(reply);
      return reply.type('text/html; charset=utf-8').send(
        renderOrderPage({
          locale: request.locale,
          order,
          keyParam: encodeURIComponent(request.query.key),
          bankAccount: order.payment?.provider === 'offline' ? await bankAccount(db) : null,
        }),
      );
    },
  );

  forms.post(
    '/orders/:id/sandbox',
    {
      config: {
        page: true,
        errors: [
          ...ORDER_ERRORS,
          'payment.not_found',
          'payment.invalid_transition',
          'payment.wrong_provider',
        ],
      },
      schema: {
        hide: true,
        params: OrderParams,
        querystring: KeyQuery,
        body: Type.Object(
          { outcome: Type.Union([Type.Literal('succeed'), Type.Literal('fail')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { key } = request.query;
      const { payment, order } = await buyerOrder(db, request.params.id, key);
      if (payment) {
        await withTx(db, (tx) =>
          settleSandboxPayment(tx, {
            paymentId: payment.id,
            payer: { key },
            outcome: request.body.outcome,
            now: deps.clock.now(),
          }),
        );
      }
      return reply.redirect(`/orders/${order.id}?key=${encodeURIComponent(key)}`, 303);
    },
  );
}
