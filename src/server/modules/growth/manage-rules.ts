import { Value } from '@sinclair/typebox/value';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { RuleCondition } from './conditions.ts';
import { type GrowthRuleRow, growthRules, growthTasks } from './schema.ts';

export interface GrowthRuleInput {
  key: string;
  /** The rule's name in each language; operators read it in theirs. */
  nameEn: string;
  nameZh: string;
  /** See conditions.ts: `{}` always, `{ profile }`, `{ all: [...] }`, `{ any: [...] }`. */
  condition: unknown;
  /** Tasks the rule adds to a plan, in order. */
  taskKeys: string[];
  /** Lower runs first: the plan is the matching rules' tasks by ascending priority. */
  priority: number;
  active: boolean;
}

export interface GrowthRule extends Omit<GrowthRuleRow, 'condition'> {
  condition: RuleCondition;
}

/** The name in the reader's language; rules from before 0010 may have only the other one. */
export function ruleName(rule: Pick<GrowthRuleRow, 'nameEn' | 'nameZh'>, locale: Locale): string {
  const [wanted, other] =
    locale === 'zh-CN' ? [rule.nameZh, rule.nameEn] : [rule.nameEn, rule.nameZh];
  return wanted.trim() === '' ? other : wanted;
}

export async function listGrowthRules(db: Executor): Promise<GrowthRule[]> {
  const rows = await db
    .select()
    .from(growthRules)
    .orderBy(asc(growthRules.priority), asc(growthRules.key));
  return rows.map((row) => ({ ...row, condition: row.condition as RuleCondition }));
}

/** Create a rule or change one, by key; the condition and the task keys are checked first. */
export async function saveGrowthRule(
  tx: Executor,
  input: GrowthRuleInput,
  clock: Clock,
): Promise<GrowthRule> {
  const invalid = (reason: string) => new AppError('growth.rule_invalid', undefined, { reason });
  if (!/^[a-z][a-z0-9_]*$/.test(input.key)) {
    throw invalid('key must be lower-case letters, digits and _');
  }
  if (input.nameEn.trim() === '' || input.nameZh.trim() === '') {
    throw invalid('a name in both languages is needed');
  }
  if (!Number.isInteger(input.priority)) throw invalid('priority must be a whole number');
  if (!Value.Check(RuleCondition, input.condition)) {
    const first = Value.Errors(RuleCondition, input.condition).First();
    throw invalid(`condition ${first?.path || ''} ${first?.message ?? 'is not valid'}`.trim());
  }
  if (input.taskKeys.length === 0) throw invalid('a rule needs at least one task');
  const known = await tx
    .select({ key: growthTasks.key })
    .from(growthTasks)
    .where(inArray(growthTasks.key, input.taskKeys));
  const unknown = input.taskKeys.filter((key) => !known.some((task) => task.key === key));
  if (unknown.length > 0) throw invalid(`unknown tasks ${unknown.join(', ')}`);

  const now = clock.now();
  const values = {
    nameEn: input.nameEn.trim(),
    nameZh: input.nameZh.trim(),
    condition: input.condition as RuleCondition,
    taskKeys: [...new Set(input.taskKeys)],
    priority: input.priority,
    active: input.active,
    updatedAt: now,
  };
  const [row] = await tx
    .insert(growthRules)
    .values({ key: input.key, ...values, createdAt: now })
    .onConflictDoUpdate({ target: growthRules.key, set: values })
    .returning();
  if (!row) throw new Error('growth rule upsert returned nothing');
  return { ...row, condition: row.condition as RuleCondition };
}

export async function deleteGrowthRule(tx: Executor, key: string): Promise<boolean> {
  const deleted = await tx
    .delete(growthRules)
    .where(eq(growthRules.key, key))
    .returning({ key: growthRules.key });
  return deleted.length > 0;
}
