import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { enforceRateLimit, type RateLimitRule } from '../../http/rate-limit.ts';
import type { SettingsReader } from '../settings/index.ts';

const perMinute = (limit: number): RateLimitRule => ({ limit, windowSeconds: 60 });
const perHour = (limit: number): RateLimitRule => ({ limit, windowSeconds: 3600 });

/**
 * Request limits on the auth routes, on top of the code rules (60 s resend, 10 a day, 5 tries,
 * 100 failures) and the password pause (100 wrong passwords, login/password-pause.ts). Limits keyed
 * by an address count requests, not accounts, so a known and an unknown address run into them at
 * exactly the same point.
 */
export const AUTH_RATE_LIMITS = {
  loginPerIpAndIdentifier: perMinute(10),
  codeSendPerIp: perMinute(10),
  codeSendPerIpHourly: perHour(60),
  codeCheckPerIp: perMinute(30),
  codeCheckPerIpAndAddress: perMinute(10),
  reauthPerSession: perMinute(10),
} as const;

type LimitName = keyof typeof AUTH_RATE_LIMITS;

// What the routes below answer besides 400/401/403, for their `errors` lists (the API document).
/** A route that sends a code: its request limits and the code rules (resend, daily, tries, blocks). */
export const CODE_SEND_ERRORS = [
  'http.rate_limited',
  'auth.code_resend_too_soon',
  'auth.code_daily_limit',
  'auth.code_tries_exhausted',
  'auth.code_channel_blocked',
] as const;
/** A route that checks a code: its request limits, the 5 tries, and the failure block. */
export const CODE_CHECK_ERRORS = [
  'http.rate_limited',
  'auth.code_tries_exhausted',
  'auth.code_channel_blocked',
] as const;

async function enforce(db: Executor, clock: Clock, checks: [LimitName, string][]): Promise<void> {
  for (const [name, subject] of checks) {
    await enforceRateLimit(db, `auth:${name}:${subject}`, AUTH_RATE_LIMITS[name], clock);
  }
}

/**
 * Password login: per IP (SPEC's default 30 a minute, a setting), and per IP and identifier (per
 * identifier, the password pause applies).
 */
export async function limitLogin(
  db: Executor,
  clock: Clock,
  settings: SettingsReader,
  ip: string,
  identifier: string,
) {
  const perIp = perMinute(settings.get('login.password_attempts_per_ip_per_minute'));
  await enforceRateLimit(db, `auth:loginPerIp:${ip}`, perIp, clock);
  await enforce(db, clock, [['loginPerIpAndIdentifier', `${ip}|${identifier}`]]);
}

/** Any route that sends a code (per address, the code rules themselves apply). */
export function limitCodeSend(db: Executor, clock: Clock, ip: string) {
  return enforce(db, clock, [
    ['codeSendPerIp', ip],
    ['codeSendPerIpHourly', ip],
  ]);
}

/** Any route that checks a code (per address, 5 tries per code and 100 failures per hour apply too). */
export function limitCodeCheck(db: Executor, clock: Clock, ip: string, address: string) {
  return enforce(db, clock, [
    ['codeCheckPerIp', ip],
    ['codeCheckPerIpAndAddress', `${ip}|${address}`],
  ]);
}

export function limitReauth(db: Executor, clock: Clock, sessionId: string) {
  return enforce(db, clock, [['reauthPerSession', sessionId]]);
}
