/**
 * Guest carts (SPEC §7): lines of SKUs priced by the products module each time they are shown.
 * Checkout (orders) reads a cart through this surface.
 */
import { defineModule } from '../../module.ts';
import { cartErrors } from './errors.ts';
import { pruneCarts } from './prune-carts.ts';
import { cartRoutes } from './routes.ts';

export { type CartLineView, type CartView, viewCart } from './cart-view.ts';
export { type CartAtCheckout, cartForCheckout, emptyCart } from './checkout-cart.ts';
export { createCart } from './create-cart.ts';
export { findCart } from './find-cart.ts';
export { CART_LIFETIME_DAYS } from './prune-carts.ts';
export { NEW_CARTS_PER_IP } from './routes.ts';
export { type CartItemChange, MAX_CART_LINES, setCartItem } from './set-cart-item.ts';

export const cartsModule = defineModule({
  name: 'carts',
  routes: [cartRoutes],
  errors: cartErrors,
  jobs: [
    { name: 'carts.prune', everyMs: 6 * 60 * 60 * 1000, run: (tx, now) => pruneCarts(tx, now) },
  ],
});
