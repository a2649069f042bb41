import { AppError } from '../../errors.ts';
import type { StoreStatus } from './schema.ts';

/**
 * The life of a store (SPEC §4). `active` again from expiring, grace or suspended is a renewal;
 * any store can be closed; a closed store stays closed.
 */
const TRANSITIONS: Record<StoreStatus, readonly StoreStatus[]> = {
  pending_payment: ['active', 'closed'],
  active: ['expiring', 'closed'],
  expiring: ['active', 'grace', 'closed'],
  grace: ['active', 'suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

export function canTransition(from: StoreStatus, to: StoreStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The one way a store's status changes; anything not in the table is refused. */
export function transition(from: StoreStatus, to: StoreStatus): StoreStatus {
  if (!canTransition(from, to)) {
    throw new AppError('store.invalid_transition', { from, to }, { from, to });
  }
  return to;
}

/** Statuses in which the service runs: the design can be published. */
export const SERVICE_RUNNING: readonly StoreStatus[] = ['active', 'expiring'];
/** Statuses in which the storefront is shown to buyers (grace: expired, but not yet suspended). */
export const STOREFRONT_VISIBLE: readonly StoreStatus[] = ['active', 'expiring', 'grace'];
/** Statuses from which a renewal can be bought. */
export const RENEWABLE: readonly StoreStatus[] = ['active', 'expiring', 'grace', 'suspended'];
