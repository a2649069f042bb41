import { pruneRateLimitCounters } from '../http/rate-limit.ts';
import { pruneAccountCodes } from '../modules/accounts/index.ts';
import { queueExpiryReminders } from '../modules/kyc/index.ts';
import { advanceStoreLifecycle } from '../modules/stores/index.ts';
import type { ScheduledJob } from './scheduler.ts';

const HOUR = 60 * 60 * 1000;

/** Every periodic job of the app; modules add theirs here. */
export function scheduledJobs(): ScheduledJob[] {
  return [
    {
      name: 'rate-limits.prune',
      everyMs: HOUR,
      run: (tx, now) => pruneRateLimitCounters(tx, { now: () => now }),
    },
    { name: 'accounts.prune-codes', everyMs: HOUR, run: (tx, now) => pruneAccountCodes(tx, now) },
    {
      name: 'kyc.expiry-reminders',
      everyMs: HOUR,
      run: (tx, now) => queueExpiryReminders(tx, now).then(() => undefined),
    },
    {
      name: 'stores.lifecycle',
      everyMs: 15 * 60 * 1000,
      run: (tx, now) => advanceStoreLifecycle(tx, now).then(() => undefined),
    },
  ];
}
