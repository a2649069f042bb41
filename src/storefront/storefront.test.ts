import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, strongEtag } from './etag.ts';
import { yearsOpen } from './years-open.ts';

describe('storefront helpers', () => {
  it('count whole years open, "new" in the first year', () => {
    const opened = new Date('2024-02-29T10:00:00Z');
    expect(yearsOpen(null, new Date())).toBe(0);
    expect(yearsOpen(opened, new Date('2025-02-28T10:00:00Z'))).toBe(0);
    expect(yearsOpen(opened, new Date('2025-03-01T10:00:00Z'))).toBe(1);
    // 29 February's anniversary in a common year is 1 March, at the same time of day.
    expect(yearsOpen(opened, new Date('2027-03-01T09:00:00Z'))).toBe(2);
    expect(yearsOpen(opened, new Date('2027-03-01T10:00:00Z'))).toBe(3);
  });

  it('match If-None-Match against a strong tag of the bytes', () => {
    const etag = strongEtag('<html>a</html>');
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(strongEtag('<html>b</html>')).not.toBe(etag);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
