import type { ResponseOf } from '../../api/contract';
import { $api, inLanguage, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';

/** The growth plan (GET /api/v1/me/growth-plan), in the language of the request. */
export type GrowthPlan = ResponseOf<'getMeGrowthPlan'>;
/** One step of the plan. */
export type PlanTask = GrowthPlan['tasks'][number];

/** The signed-in merchant's growth plan, in the page's language. */
export function useGrowthPlan(options: { enabled?: boolean } = {}) {
  const { language } = useI18n();
  return $api.useQuery('get', '/api/v1/me/growth-plan', inLanguage(language), options);
}

/** A plan the server answered with (a task ticked off) is the one shown from now on. */
export function showGrowthPlan(plan: GrowthPlan, language: Language) {
  queryClient.setQueryData(
    $api.queryOptions('get', '/api/v1/me/growth-plan', inLanguage(language)).queryKey,
    plan,
  );
}

/** After a change on the server: every answer is stale, and the page's language is asked now. */
export async function refreshGrowthPlan(language: Language) {
  await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/growth-plan'] });
  return queryClient.fetchQuery(
    $api.queryOptions('get', '/api/v1/me/growth-plan', inLanguage(language)),
  );
}
