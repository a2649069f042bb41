import type { SettingsReader } from '../settings/index.ts';

// The numbers of SPEC §4's store lifecycle are operator settings (modules/settings/registry.ts).

const DAY_MS = 24 * 60 * 60 * 1000;

/** Renewal reminders go out this many days before the service ends, each once. */
export function renewalReminderDays(settings: SettingsReader): number[] {
  const days = [
    settings.get('stores.first_reminder_days'),
    settings.get('stores.second_reminder_days'),
    settings.get('stores.last_reminder_days'),
  ];
  return [...new Set(days)];
}

/** An active store becomes `expiring` when its first renewal reminder is due. */
export const expiringWindowDays = (settings: SettingsReader) =>
  Math.max(...renewalReminderDays(settings));

/** After the service ends the store stays open this many days, then it is suspended. */
export const gracePeriodDays = (settings: SettingsReader) => settings.get('stores.grace_days');

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** One service period: a calendar year (29 February rolls over to 1 March). */
export function oneServicePeriodFrom(start: Date): Date {
  const end = new Date(start.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end;
}

/** Renewal extends from the later of now and the current end, so paid-for days are never lost. */
export function renewedServiceEnd(now: Date, currentEnd: Date | null): Date {
  const from = currentEnd && currentEnd > now ? currentEnd : now;
  return oneServicePeriodFrom(from);
}
