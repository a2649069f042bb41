import type { ResponseOf } from '../../api/contract';

/** The growth plan (GET /api/v1/me/growth-plan), in the language of the request. */
export type GrowthPlan = ResponseOf<'getMeGrowthPlan'>;
/** One step of the plan. */
export type PlanTask = GrowthPlan['tasks'][number];
