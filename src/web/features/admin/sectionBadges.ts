import { useEffect, useState } from 'react';
import { client, dataOf } from '../../api/client';
import type { ConsoleSection } from './sections';

/** The identities waiting for review: the review queue's badge on the menu (SPEC §9). */
export const pendingReviews = (signal: AbortSignal) =>
  dataOf(
    client.GET('/api/v1/admin/verifications', {
      params: { query: { status: 'pending', limit: 1, offset: 0 } },
      signal,
    }),
  ).then((page) => page.counts.pending);

/**
 * Each queue section's count for the menu, by section path. Loaded again on every move in the
 * console, so a decision made on a case page shows on the menu as the reviewer goes on. A count
 * that cannot be loaded is left off: the menu works without it.
 */
export function useSectionBadges(
  sections: readonly ConsoleSection[],
  path: string,
): Record<string, number> {
  const [badges, setBadges] = useState<Record<string, number>>({});
  const counted = sections.filter((section) => section.badge);
  const countedKey = counted.map((section) => section.path).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloaded per move (path) and per set of sections (countedKey), not per render
  useEffect(() => {
    const controller = new AbortController();
    for (const section of counted) {
      section.badge?.(controller.signal).then(
        (count) => setBadges((current) => ({ ...current, [section.path]: count })),
        () => undefined,
      );
    }
    return () => controller.abort();
  }, [countedKey, path]);
  return badges;
}
