import { defineLifecycle } from '../../lifecycle/define-lifecycle.ts';
import { type PurchaseStatus, type StoreStatus, storePurchases, stores } from './schema.ts';

/**
 * The life of a store (SPEC §4). `active` again from expiring, grace or suspended is a renewal;
 * any store can be closed; a closed store stays closed.
 */
export const storeLifecycle = defineLifecycle<StoreStatus, typeof stores>('store', {
  table: stores,
  transitions: {
    pending_payment: ['active', 'closed'],
    active: ['expiring', 'closed'],
    expiring: ['active', 'grace', 'closed'],
    grace: ['active', 'suspended', 'closed'],
    suspended: ['active', 'closed'],
    closed: [],
  },
});

/** A purchase is paid for once: paid, failed and cancelled (replaced by a newer one) are final. */
export const purchaseLifecycle = defineLifecycle<PurchaseStatus, typeof storePurchases>(
  'store_purchase',
  {
    table: storePurchases,
    transitions: {
      pending_payment: ['paid', 'failed', 'cancelled'],
      paid: [],
      failed: [],
      cancelled: [],
    },
    refusedCode: 'store.invalid_transition',
  },
);

export const canTransition = storeLifecycle.can;

/** Checks a store's move against the table; anything not in it is refused. */
export const transition = storeLifecycle.assert;

/** Statuses in which the service runs: the design can be published. */
export const SERVICE_RUNNING: readonly StoreStatus[] = ['active', 'expiring'];
/** Statuses in which the storefront is shown to buyers (grace: expired, but not yet suspended). */
export const STOREFRONT_VISIBLE: readonly StoreStatus[] = ['active', 'expiring', 'grace'];
/** Statuses from which a renewal can be bought. */
export const RENEWABLE: readonly StoreStatus[] = ['active', 'expiring', 'grace', 'suspended'];
