// The growth-plan editor's address: which tab is open (`/admin/growth?tab=tasks`), so a reload,
// a shared link and back/forward show the same tab.

export const growthTabs = ['rules', 'tasks', 'preview'] as const;
export type GrowthTab = (typeof growthTabs)[number];

export type GrowthSearch = { tab?: GrowthTab };

const isGrowthTab = (value: unknown): value is GrowthTab => growthTabs.some((tab) => tab === value);

/**
 * The route's search params; an unknown tab is as good as none (the rules). `tab` is always in the
 * answer: the router lays it over the address's raw params, so leaving it out would let
 * `?tab=nonsense` through.
 */
export function validateGrowthSearch(search: Record<string, unknown>): GrowthSearch {
  return { tab: isGrowthTab(search.tab) ? search.tab : undefined };
}
