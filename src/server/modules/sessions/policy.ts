import type { SubjectType } from './schema.ts';

const HOUR = 60 * 60 * 1000;

export interface SessionPolicy {
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
  /** …or this long after its last use. */
  idleMs: number;
  cookie: string;
}

/** SPEC §1: 7 days / 24 h for merchants; 12 h / 30 min for operators. */
export const SESSION_POLICIES: Record<SubjectType, SessionPolicy> = {
  merchant: { absoluteMs: 7 * 24 * HOUR, idleMs: 24 * HOUR, cookie: 'kd_session' },
  operator: { absoluteMs: 12 * HOUR, idleMs: 30 * 60 * 1000, cookie: 'kd_admin' },
};

/** Sensitive actions need a password or code entered this recently in the same session. */
export const REAUTH_WINDOW_MS = 10 * 60 * 1000;

/** Writing last_seen_at on every request would turn reads into writes; a minute is precise enough. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
