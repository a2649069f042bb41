/**
 * Orders (SPEC §7): checkout of a guest cart into one order per store with its stock reserved,
 * the order's payment as a payment subject, and unpaid orders cancelled when their time is up.
 */
import { defineModule } from '../../module.ts';
import { orderErrors } from './errors.ts';
import { expireUnpaidOrders } from './expire-unpaid.ts';
import { merchantOrderRoutes } from './merchant-routes.ts';
import { orderNotifications } from './notification-templates.ts';
import { orderRoutes } from './routes.ts';
import { orderPaymentSettlement } from './settle-order.ts';

export { addressLine } from './address.ts';
export { type BuyerOrder, buyerOrder } from './buyer-order.ts';
export { BuyerOrderSchema, buyerOrderView } from './buyer-order-view.ts';
export { hashOrderKey, type PlacedOrder, placeOrders } from './place-orders.ts';
export type { Order, OrderLine, OrderStatus } from './schema.ts';

export const ordersModule = defineModule({
  name: 'orders',
  routes: [orderRoutes, merchantOrderRoutes],
  errors: orderErrors,
  notifications: orderNotifications,
  paymentSubjects: { order: orderPaymentSettlement },
  events: ['order.paid'],
  jobs: [
    {
      name: 'orders.expire-unpaid',
      everyMs: 60_000,
      run: async (tx, now) => {
        await expireUnpaidOrders(tx, now);
      },
    },
  ],
});
