/** Whole years since the store first opened: 0 in the first year (shown as "new store"). */
export function yearsOpen(firstActivatedAt: Date | null, now: Date): number {
  if (!firstActivatedAt || now <= firstActivatedAt) return 0;
  let years = now.getUTCFullYear() - firstActivatedAt.getUTCFullYear();
  const anniversary = new Date(firstActivatedAt.getTime());
  anniversary.setUTCFullYear(firstActivatedAt.getUTCFullYear() + years);
  if (anniversary > now) years -= 1;
  return Math.max(0, years);
}
