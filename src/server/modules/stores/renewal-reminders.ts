import { and, gt, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { SettingsReader } from '../settings/index.ts';
import { notifyStoreOwner } from './notify-merchant.ts';
import { daysAfter, daysBefore, renewalReminderDays } from './policy.ts';
import { renewalReminders, stores } from './schema.ts';

/**
 * Remind owners 30, 7 and 1 days before their service ends, each once per service period: the
 * reminder row (store, end date, days) is the idempotency key. A store the job reaches late gets
 * only the most urgent reminder due, not a burst of stale ones.
 */
export async function sendRenewalReminders(
  tx: Tx,
  now: Date,
  settings: SettingsReader,
): Promise<number> {
  const reminderDays = renewalReminderDays(settings);
  const widest = Math.max(...reminderDays);
  const ending = await tx
    .select({ id: stores.id, merchantId: stores.merchantId, serviceEndsAt: stores.serviceEndsAt })
    .from(stores)
    .where(
      and(
        inArray(stores.status, ['active', 'expiring']),
        gt(stores.serviceEndsAt, now),
        lte(stores.serviceEndsAt, daysAfter(now, widest)),
      ),
    );
  let sent = 0;
  for (const store of ending) {
    if (!store.serviceEndsAt) continue;
    const end = store.serviceEndsAt;
    const due = [...reminderDays]
      .sort((a, b) => a - b)
      .find((days) => now >= daysBefore(end, days));
    if (due === undefined) continue;
    const [claimed] = await tx
      .insert(renewalReminders)
      .values({ storeId: store.id, serviceEndsAt: end, daysBefore: due, sentAt: now })
      .onConflictDoNothing()
      .returning();
    if (!claimed) continue;
    await notifyStoreOwner(
      tx,
      store.merchantId,
      `stores.renewal_reminder:${store.id}:${end.toISOString()}:${due}`,
      'stores.renewal_reminder',
      { serviceEndsAt: end.toISOString(), daysLeft: due },
    );
    sent += 1;
  }
  return sent;
}
