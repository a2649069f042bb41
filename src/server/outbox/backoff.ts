const BASE_MS = 2_000;
const CAP_MS = 60 * 60 * 1000;

/** Exponential backoff with full jitter: 2 s, 4 s, 8 s … capped at an hour. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const POLL_RETRY_CAP_MS = 10_000;

/**
 * How long a polling loop (outbox worker, scheduled jobs) waits after its n-th failure in a row
 * to reach the database: doubling from the normal interval, capped at 10 s so that it notices
 * soon after the database is back.
 */
export function pollRetryDelayMs(failures: number, intervalMs: number): number {
  return Math.min(POLL_RETRY_CAP_MS, intervalMs * 2 ** Math.max(0, failures - 1));
}
