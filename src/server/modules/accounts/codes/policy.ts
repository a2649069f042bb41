import { durationMs, type SettingsReader } from '../../settings/index.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** Sends are counted over a rolling day; SPEC's "per day" is not a setting. */
export const SEND_WINDOW_MS = 24 * HOUR;
/** Wrong codes are counted over this window (SPEC: "per hour"). */
export const FAILURE_WINDOW_MS = HOUR;

/** SPEC §1's code rules, as the operator settings have them now. */
export function codePolicy(settings: SettingsReader) {
  return {
    /** A code is valid this long after it is sent. */
    ttlMs: durationMs(settings, 'codes.ttl_minutes'),
    /** Wrong tries a code (and the codes resent after it) survives. */
    maxWrongTries: settings.get('codes.max_wrong_tries'),
    /** A new code for the same purpose and address only after this long. */
    resendAfterMs: durationMs(settings, 'codes.resend_after_seconds'),
    /** Codes (or decoys) per address per rolling day, all purposes together. */
    maxSendsPerDay: settings.get('codes.max_sends_per_day'),
    sendWindowMs: SEND_WINDOW_MS,
    /** This many wrong codes in failureWindowMs block the channel for blockMs. */
    maxFailures: settings.get('codes.max_failures'),
    failureWindowMs: FAILURE_WINDOW_MS,
    blockMs: durationMs(settings, 'codes.block_minutes'),
  };
}
