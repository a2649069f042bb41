import { describe, expect, it } from 'vitest';
import { durationMs, SETTING_KEYS, SETTINGS } from './registry.ts';

/** SPEC's numbers, as SPEC states them (§1 codes and sessions, §4 store lifecycle). */
const SPEC_DEFAULTS = [
  ['a code is valid 10 minutes', 'codes.ttl_minutes', 10, 'minutes'],
  ['at most 5 wrong tries per code', 'codes.max_wrong_tries', 5, 'count'],
  ['resend allowed after 60 s', 'codes.resend_after_seconds', 60, 'seconds'],
  ['at most 10 sends per address per day', 'codes.max_sends_per_day', 10, 'count'],
  ['100 failed tries block the channel', 'codes.max_failures', 100, 'count'],
  ['…for an hour', 'codes.block_minutes', 60, 'minutes'],
  ['100 wrong passwords pause password sign-in', 'login.password_max_failures', 100, 'count'],
  ['…for an hour', 'login.password_pause_minutes', 60, 'minutes'],
  [
    'password login limited per client address (30 a minute)',
    'login.password_attempts_per_ip_per_minute',
    30,
    'count',
  ],
  ['merchant sessions: 7 days absolute', 'sessions.merchant_absolute_days', 7, 'days'],
  ['merchant sessions: 24 h idle', 'sessions.merchant_idle_hours', 24, 'hours'],
  ['operator sessions: 12 h absolute', 'sessions.operator_absolute_hours', 12, 'hours'],
  ['operator sessions: 30 min idle', 'sessions.operator_idle_minutes', 30, 'minutes'],
  ['renewal reminder 30 days before', 'stores.first_reminder_days', 30, 'days'],
  ['renewal reminder 7 days before', 'stores.second_reminder_days', 7, 'days'],
  ['renewal reminder 1 day before', 'stores.last_reminder_days', 1, 'days'],
  ['15-day grace period', 'stores.grace_days', 15, 'days'],
  ['re-authentication within the last 10 minutes', 'sessions.reauth_window_minutes', 10, 'minutes'],
] as const;

describe('settings registry', () => {
  it.each(SPEC_DEFAULTS)('has SPEC’s default: %s', (_rule, key, value, unit) => {
    expect(SETTINGS[key]).toMatchObject({ default: value, unit });
  });

  it('holds every default within its own range, with both descriptions', () => {
    for (const key of SETTING_KEYS) {
      const setting = SETTINGS[key];
      expect(setting.min, key).toBeLessThanOrEqual(setting.default);
      expect(setting.default, key).toBeLessThanOrEqual(setting.max);
      expect(setting.description.en, key).not.toBe('');
      expect(setting.description['zh-CN'], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('turns a duration setting into milliseconds by its unit', () => {
    const settings = { get: () => 2 };
    expect(durationMs(settings, 'codes.resend_after_seconds')).toBe(2_000);
    expect(durationMs(settings, 'sessions.merchant_absolute_days')).toBe(2 * 86_400_000);
    expect(() => durationMs(settings, 'codes.max_wrong_tries')).toThrow();
  });
});
