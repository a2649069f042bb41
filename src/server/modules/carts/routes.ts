import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { enforceRateLimit, type RateLimitRule } from '../../http/rate-limit.ts';
import { CartItemInput, CartSchema } from './cart-schemas.ts';
import { viewCart } from './cart-view.ts';
import { createCart } from './create-cart.ts';
import { findCart } from './find-cart.ts';
import { setCartItem } from './set-cart-item.ts';

/** Guests make carts without signing in; this keeps one address from filling the table. */
export const NEW_CARTS_PER_IP: RateLimitRule = { limit: 1000, windowSeconds: 3600 };

const CartParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** SPEC API shape, Cart and checkout: guest carts, no sign-in. */
export async function cartRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  app.post(
    '/api/v1/carts',
    {
      config: { errors: ['http.rate_limited'] },
      schema: {
        tags: ['buyers'],
        summary: 'A new, empty guest cart',
        response: { 201: CartSchema },
      },
    },
    async (request, reply) => {
      await enforceRateLimit(db, `carts:ip:${request.ip}`, NEW_CARTS_PER_IP, deps.clock);
      const id = await createCart(db, deps.clock.now());
      return reply.code(201).send(await viewCart(db, id));
    },
  );

  app.get(
    '/api/v1/carts/:id',
    {
      config: { errors: ['cart.not_found'] },
      schema: {
        tags: ['buyers'],
        summary: 'A cart with every price computed now; lines that cannot be bought are flagged',
        params: CartParams,
        response: { 200: CartSchema },
      },
    },
    async (request) => {
      await findCart(db, request.params.id);
      return viewCart(db, request.params.id);
    },
  );

  app.put(
    '/api/v1/carts/:id/items',
    {
      config: { errors: ['cart.not_found', 'cart.product_unavailable', 'cart.too_many_lines'] },
      schema: {
        tags: ['buyers'],
        summary: 'Add a SKU to the cart, change its quantity, or remove it (quantity 0)',
        params: CartParams,
        body: CartItemInput,
        response: { 200: CartSchema },
      },
    },
    async (request) =>
      withTx(db, (tx) => setCartItem(tx, request.params.id, request.body, deps.clock.now())),
  );
}
