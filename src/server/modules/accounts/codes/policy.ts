const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** SPEC §1's code rules, in one place. */
export const CODE_POLICY = {
  /** A code is valid this long after it is sent. */
  ttlMs: 10 * MINUTE,
  /** Wrong tries a code (and the codes resent after it) survives. */
  maxWrongTries: 5,
  /** A new code for the same purpose and address only after this long. */
  resendAfterMs: 60 * SECOND,
  /** Codes (or decoys) per address per rolling day, all purposes together. */
  maxSendsPerDay: 10,
  sendWindowMs: 24 * HOUR,
  /** This many wrong codes in failureWindowMs block the channel for blockMs. */
  maxFailures: 100,
  failureWindowMs: HOUR,
  blockMs: HOUR,
} as const;
