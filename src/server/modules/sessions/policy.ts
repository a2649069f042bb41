import { durationMs, type SettingsReader } from '../settings/index.ts';
import type { SubjectType } from './schema.ts';

const HOUR = 60 * 60 * 1000;

export interface SessionPolicy {
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
  /** …or this long after its last use. */
  idleMs: number;
  cookie: string;
}

/** SPEC §1's defaults: 7 days / 24 h for merchants; 12 h / 30 min for operators (settings). */
export const SESSION_POLICIES: Record<SubjectType, SessionPolicy> = {
  merchant: { absoluteMs: 7 * 24 * HOUR, idleMs: 24 * HOUR, cookie: 'kd_session' },
  operator: { absoluteMs: 12 * HOUR, idleMs: 30 * 60 * 1000, cookie: 'kd_admin' },
};

/** The lifetimes in force for one kind of session, as the operator settings have them now. */
export function sessionPolicy(settings: SettingsReader, subjectType: SubjectType): SessionPolicy {
  const cookie = SESSION_POLICIES[subjectType].cookie;
  return subjectType === 'merchant'
    ? {
        absoluteMs: durationMs(settings, 'sessions.merchant_absolute_days'),
        idleMs: durationMs(settings, 'sessions.merchant_idle_hours'),
        cookie,
      }
    : {
        absoluteMs: durationMs(settings, 'sessions.operator_absolute_hours'),
        idleMs: durationMs(settings, 'sessions.operator_idle_minutes'),
        cookie,
      };
}

/** Sensitive actions need a password or code entered this recently in the same session. */
export const reauthWindowMs = (settings: SettingsReader) =>
  durationMs(settings, 'sessions.reauth_window_minutes');

/** Writing last_seen_at on every request would turn reads into writes; a minute is precise enough. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
