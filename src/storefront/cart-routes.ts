import fastifyFormbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../server/app-types.ts';
import { withTx } from '../server/db/client.ts';
import { enforceRateLimit } from '../server/http/rate-limit.ts';
import { cookieOptions } from '../server/http/session-auth.ts';
import {
  CART_LIFETIME_DAYS,
  createCart,
  findCart,
  NEW_CARTS_PER_IP,
  setCartItem,
  viewCart,
} from '../server/modules/carts/index.ts';
import { findStorefront } from '../server/modules/stores/index.ts';
import { checkoutPageRoutes } from './checkout-routes.ts';
import { renderCartPage } from './render-cart-page.ts';
import { STOREFRONT_CSP } from './routes.ts';

/** The guest's cart id on the storefront (the API takes it in the path instead). */
export const CART_COOKIE = 'kd_cart';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUANTITY = 99_999;

/**
 * What the product page's and the cart page's forms send, as a browser sends it
 * (application/x-www-form-urlencoded: every value text).
 */
const CartForm = Type.Object(
  {
    productId: Type.String({ format: 'uuid' }),
    sku: Type.String({ minLength: 1, maxLength: 64 }),
    quantity: Type.String({ pattern: '^[0-9]{1,5}$' }),
    /** add: to what the cart holds (the product page); set: the line's new quantity (the cart). */
    mode: Type.Union([Type.Literal('add'), Type.Literal('set')]),
    /** The cart page's remove button. */
    remove: Type.Optional(Type.Literal('1')),
  },
  { additionalProperties: false },
);

/** The cart page and its forms, server-rendered: a buyer needs no JavaScript to fill a cart. */
export async function cartPageRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  /** The cart the cookie names, when it still exists. */
  const cartOf = async (request: FastifyRequest): Promise<string | null> => {
    const id = request.cookies[CART_COOKIE];
    if (!id || !UUID.test(id)) return null;
    return findCart(db, id.toLowerCase()).catch(() => null);
  };

  app.get('/cart', { config: { page: true }, schema: { hide: true } }, async (request, reply) => {
    const cartId = await cartOf(request);
    const cart = cartId ? await viewCart(db, cartId) : null;
    const storeNames = new Map<string, string>();
    for (const store of cart?.stores ?? []) {
      const found = await findStorefront(db, store.slug);
      if (found) storeNames.set(store.slug, found.design.name);
    }
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', STOREFRONT_CSP)
      .type('text/html; charset=utf-8')
      .send(renderCartPage({ locale: request.locale, cart, storeNames }));
  });

  // Form bodies are parsed for these routes only: the API takes JSON.
  await app.register(async (plugin) => {
    await plugin.register(fastifyFormbody);
    const forms = plugin.withTypeProvider<TypeBoxTypeProvider>();
    checkoutPageRoutes(plugin, deps, cartOf);
    forms.post(
      '/cart/items',
      {
        config: {
          page: true,
          errors: [
            'cart.product_unavailable',
            'cart.too_many_lines',
            'cart.not_found',
            'http.rate_limited',
          ],
        },
        schema: { hide: true, body: CartForm },
      },
      async (request, reply) => {
        const now = deps.clock.now();
        const form = request.body;
        let cartId = await cartOf(request);
        if (!cartId) {
          await enforceRateLimit(db, `carts:ip:${request.ip}`, NEW_CARTS_PER_IP, deps.clock);
          cartId = await createCart(db, now);
          reply.setCookie(CART_COOKIE, cartId, cookieOptions(deps, CART_LIFETIME_DAYS * 86_400));
        }
        const id = cartId;
        await withTx(db, async (tx) => {
          const asked = Number(form.quantity);
          let quantity = form.remove ? 0 : asked;
          if (form.mode === 'add' && !form.remove) {
            const current = (await viewCart(tx, id)).items.find(
              (line) => line.productId === form.productId && line.sku === form.sku,
            );
            quantity = Math.min(MAX_QUANTITY, (current?.quantity ?? 0) + asked);
          }
          if (quantity === 0 && form.mode === 'add') return;
          await setCartItem(tx, id, { productId: form.productId, sku: form.sku, quantity }, now);
        });
        return reply.redirect('/cart', 303);
      },
    );
  });
}
