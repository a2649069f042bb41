import { defineLifecycle } from '../../lifecycle/define-lifecycle.ts';
import { type OrderStatus, orders } from './schema.ts';

/**
 * An order's moves (SPEC §7). Cancelling is open before shipping: unpaid (the buyer, or the
 * payment's deadline), paid or confirmed (the merchant, with a refund in full).
 */
export const orderLifecycle = defineLifecycle<OrderStatus, typeof orders>('order', {
  table: orders,
  transitions: {
    pending_payment: ['paid', 'cancelled'],
    paid: ['confirmed', 'shipped', 'cancelled'],
    confirmed: ['shipped', 'cancelled'],
    shipped: ['delivered', 'completed'],
    delivered: ['completed'],
    completed: [],
    cancelled: [],
  },
  refusedCode: 'orders.invalid_transition',
});
