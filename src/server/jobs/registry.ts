import { pruneRateLimitCounters } from '../http/rate-limit.ts';
import { pruneAccountCodes } from '../modules/accounts/index.ts';
import type { ScheduledJob } from './scheduler.ts';

const HOUR = 60 * 60 * 1000;

/** Every periodic job of the app; modules add theirs here. */
export function scheduledJobs(): ScheduledJob[] {
  return [
    { name: 'accounts.prune-codes', everyMs: HOUR, run: (tx, now) => pruneAccountCodes(tx, now) },
    {
      name: 'rate-limits.prune',
      everyMs: HOUR,
      run: (tx, now) => pruneRateLimitCounters(tx, { now: () => now }),
    },
  ];
}
