/** The growth module's public surface: it hears other modules' events; operators edit rules. */

import { defineModule } from '../../module.ts';
import { growthAdminRoutes } from './admin-routes.ts';
import { growthErrors } from './errors.ts';
import { growthRoutes } from './routes.ts';
import { growthSubscribers } from './subscribers.ts';

export { buildGrowthPlan, type GrowthPlan, type PlanTask } from './build-plan.ts';
export {
  type BusinessProfile,
  BusinessProfileInput,
  getBusinessProfile,
  saveBusinessProfile,
} from './business-profile.ts';
export { completeTask } from './complete-task.ts';
export { conditionMatches, RuleClause, RuleCondition } from './conditions.ts';
export {
  deleteGrowthRule,
  type GrowthRule,
  type GrowthRuleInput,
  listGrowthRules,
  saveGrowthRule,
} from './manage-rules.ts';
export { type GrowthTaskInput, listGrowthTasks, saveGrowthTask } from './manage-tasks.ts';
export { type KnownMilestone, listMilestones, recordMilestone } from './milestones.ts';
export {
  type PublishedProductCount,
  registerPublishedProductCount,
} from './published-products.ts';
export { growthRoutes } from './routes.ts';
export type { GrowthTask } from './schema.ts';

export const growthModule = defineModule({
  name: 'growth',
  routes: [growthRoutes, growthAdminRoutes],
  errors: growthErrors,
  subscribers: growthSubscribers,
});
