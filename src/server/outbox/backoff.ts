const BASE_MS = 2_000;
const CAP_MS = 60 * 60 * 1000;

/** Exponential backoff with full jitter: 2 s, 4 s, 8 s … capped at an hour. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
