import type { DomainEvent, EventSubscriber } from '../../outbox/events.ts';
import { refreshDirectoryEntries } from './read-model.ts';

/** The event's merchant's row is recomputed from the modules, in the delivery's transaction. */
const refresh: EventSubscriber = (tx, event: DomainEvent<{ merchantId: string }>) =>
  refreshDirectoryEntries(tx, [event.data.merchantId], new Date());

/**
 * Every fact of another module the directory lists, by event topic: the account (its creation
 * and contacts), the newest verification case, the store, the deposit balance.
 */
export const directorySubscribers: Record<string, EventSubscriber> = Object.fromEntries(
  [
    'account.contact_verified',
    'kyc.submitted',
    'kyc.approved',
    'kyc.changes_requested',
    'kyc.rejected',
    'store.opened',
    'store.renewed',
    'store.design_published',
    'store.status_changed',
    'ledger.deposit_moved',
  ].map((topic) => [topic, refresh]),
);
