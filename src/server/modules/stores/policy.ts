// The numbers of SPEC §4's store lifecycle. SPEC makes every such number an operator setting;
// until the console edits them they live here, in one place.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Renewal reminders go out this many days before the service ends, each once. */
export const RENEWAL_REMINDER_DAYS = [30, 7, 1] as const;
/** An active store becomes `expiring` this many days before its service ends. */
export const EXPIRING_WINDOW_DAYS = 30;
/** After the service ends the store stays open this many days, then it is suspended. */
export const GRACE_PERIOD_DAYS = 15;

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
