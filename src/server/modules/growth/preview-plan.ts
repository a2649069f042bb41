import type { Static } from '@sinclair/typebox';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { planTaskKeys } from './build-plan.ts';
import type { BusinessProfile, BusinessProfileInput } from './business-profile.ts';
import { conditionMatches } from './conditions.ts';
import { type GrowthRule, listGrowthRules, ruleName } from './manage-rules.ts';
import { listGrowthTasks } from './manage-tasks.ts';

/**
 * The plan a merchant with these answers would get, with the rule that put each task there.
 * The answers are normalised as saving the profile does, so the preview is what merchants see.
 */
export async function previewPlan(
  db: Executor,
  input: Static<typeof BusinessProfileInput> | null,
  locale: Locale,
) {
  const profile: BusinessProfile | null = input && {
    ...input,
    industry: input.industry.trim(),
    platforms: [...new Set(input.platforms.map((platform) => platform.trim().toLowerCase()))],
    targetMarkets: [...new Set(input.targetMarkets.map((market) => market.toUpperCase()))],
    updatedAt: new Date(0),
  };
  const keys = await planTaskKeys(db, profile);
  const rules = (await listGrowthRules(db)).filter(
    (rule) => rule.active && conditionMatches(rule.condition, profile),
  );
  const tasks = new Map(
    (await listGrowthTasks(db)).filter((task) => task.active).map((task) => [task.key, task]),
  );
  const ruleRef = (rule: GrowthRule) => ({
    id: rule.id,
    key: rule.key,
    name: ruleName(rule, locale),
  });
  return {
    locale,
    tasks: keys.flatMap((key) => {
      const task = tasks.get(key);
      if (!task) return [];
      const rule = rules.find((candidate) => candidate.taskKeys.includes(key));
      return [
        {
          key,
          title: locale === 'zh-CN' ? task.titleZh : task.titleEn,
          description: locale === 'zh-CN' ? task.descriptionZh : task.descriptionEn,
          milestone: task.milestone,
          action: task.actionPath,
          rule: rule ? ruleRef(rule) : null,
        },
      ];
    }),
    rules: rules.map(ruleRef),
  };
}
