import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type BusinessProfile, getBusinessProfile } from './business-profile.ts';
import { conditionMatches, type RuleCondition } from './conditions.ts';
import { listMilestones } from './milestones.ts';
import { type GrowthTask, growthRules, growthTaskCompletions, growthTasks } from './schema.ts';

export interface PlanTask {
  key: string;
  title: string;
  description: string;
  done: boolean;
  /** Completes by itself when this milestone is recorded; null: the merchant ticks it off. */
  milestone: string | null;
  /** Where in the seller center to do it. */
  action: string | null;
}

export interface GrowthPlan {
  /** Percentage of the plan's tasks done, 0–100. */
  progress: number;
  completed: number;
  total: number;
  hasProfile: boolean;
  tasks: PlanTask[];
  /** The first task not done yet: the dashboard's next step. */
  next: PlanTask | null;
}

/** The ordered task keys the active rules give for these answers (or for no answers yet). */
export async function planTaskKeys(db: Executor, profile: BusinessProfile | null) {
  const rules = await db
    .select()
    .from(growthRules)
    .where(eq(growthRules.active, true))
    .orderBy(asc(growthRules.priority), asc(growthRules.key));
  const keys: string[] = [];
  for (const rule of rules) {
    if (!conditionMatches(rule.condition as RuleCondition, profile)) continue;
    for (const key of rule.taskKeys) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

export async function buildGrowthPlan(
  db: Executor,
  merchantId: string,
  locale: Locale,
): Promise<GrowthPlan> {
  const profile = await getBusinessProfile(db, merchantId);
  const keys = await planTaskKeys(db, profile);
  const tasks =
    keys.length === 0
      ? []
      : await db
          .select()
          .from(growthTasks)
          .where(and(inArray(growthTasks.key, keys), eq(growthTasks.active, true)));
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const milestones = new Set((await listMilestones(db, merchantId)).map((m) => m.milestone));
  const ticked = new Set(
    (
      await db
        .select({ taskKey: growthTaskCompletions.taskKey })
        .from(growthTaskCompletions)
        .where(eq(growthTaskCompletions.merchantId, merchantId))
    ).map((row) => row.taskKey),
  );

  const planTasks = keys
    .map((key) => byKey.get(key))
    .filter((task): task is GrowthTask => task !== undefined)
    .map((task) =>
      toPlanTask(
        task,
        locale,
        task.milestone ? milestones.has(task.milestone) : ticked.has(task.key),
      ),
    );
  const completed = planTasks.filter((task) => task.done).length;
  return {
    progress: planTasks.length === 0 ? 0 : Math.round((completed / planTasks.length) * 100),
    completed,
    total: planTasks.length,
    hasProfile: profile !== null,
    tasks: planTasks,
    next: planTasks.find((task) => !task.done) ?? null,
  };
}

function toPlanTask(task: GrowthTask, locale: Locale, done: boolean): PlanTask {
  return {
    key: task.key,
    title: locale === 'zh-CN' ? task.titleZh : task.titleEn,
    description: locale === 'zh-CN' ? task.descriptionZh : task.descriptionEn,
    done,
    milestone: task.milestone,
    action: task.actionPath,
  };
}
