import { and, eq, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { recordEvent } from '../../outbox/events.ts';
import type { SettingsReader } from '../settings/index.ts';
import { storeLifecycle } from './lifecycle.ts';
import { notifyStoreOwner } from './notify-merchant.ts';
import { daysAfter, daysBefore, expiringWindowDays, gracePeriodDays } from './policy.ts';
import { sendRenewalReminders } from './renewal-reminders.ts';
import { type Store, type StoreStatus, stores } from './schema.ts';

const BATCH = 500;

/**
 * The scheduled job: move stores along by the clock — active → expiring 30 days before the end,
 * expiring → grace at the end, grace → suspended 15 days later — and send renewal reminders.
 * Each step reads what the previous one wrote, so a store the job has not seen for a while
 * catches up in one run. Rows a merchant is renewing right now are skipped, not waited for.
 */
export async function advanceStoreLifecycle(
  tx: Tx,
  now: Date,
  settings: SettingsReader,
): Promise<{ moved: number }> {
  const graceDays = gracePeriodDays(settings);
  const step = { now, graceDays };
  let moved = 0;
  moved += await move(tx, 'active', 'expiring', daysAfter(now, expiringWindowDays(settings)), step);
  moved += await move(tx, 'expiring', 'grace', now, step);
  moved += await move(tx, 'grace', 'suspended', daysBefore(now, graceDays), step);
  await sendRenewalReminders(tx, now, settings);
  return { moved };
}

/** Stores in `from` whose service ended by `endedBy` go to `to`. */
async function move(
  tx: Tx,
  from: StoreStatus,
  to: StoreStatus,
  endedBy: Date,
  { now, graceDays }: { now: Date; graceDays: number },
): Promise<number> {
  const due = await tx
    .select()
    .from(stores)
    .where(and(eq(stores.status, from), lte(stores.serviceEndsAt, endedBy)))
    .orderBy(stores.serviceEndsAt)
    .limit(BATCH)
    .for('update', { skipLocked: true });
  for (const store of due) {
    await storeLifecycle.transition(tx, {
      id: store.id,
      from: store.status,
      to,
      actor: { kind: 'system', id: 'stores.lifecycle' },
      reason: 'service_end',
      at: now,
      set: { statusChangedAt: now, updatedAt: now },
    });
    await recordEvent(tx, {
      topic: 'store.status_changed',
      key: `store.status_changed:${store.id}:${to}:${now.toISOString()}`,
      occurredAt: now,
      data: { merchantId: store.merchantId, storeId: store.id, status: to },
    });
    await notifyMove(tx, store, to, graceDays);
  }
  return due.length;
}

async function notifyMove(tx: Tx, store: Store, to: StoreStatus, graceDays: number): Promise<void> {
  if (!store.serviceEndsAt) return;
  const end = store.serviceEndsAt.toISOString();
  if (to === 'grace') {
    await notifyStoreOwner(
      tx,
      store.merchantId,
      `stores.grace:${store.id}:${end}`,
      'stores.grace_started',
      {
        serviceEndsAt: end,
        suspendsAt: daysAfter(store.serviceEndsAt, graceDays).toISOString(),
      },
    );
  } else if (to === 'suspended') {
    await notifyStoreOwner(
      tx,
      store.merchantId,
      `stores.suspended:${store.id}:${end}`,
      'stores.suspended',
      {
        serviceEndsAt: end,
      },
    );
  }
}
