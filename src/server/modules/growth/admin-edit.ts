import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recordAudit } from '../audit/index.ts';
import type { RuleUpdate, TaskUpdate } from './admin-schemas.ts';
import type { RuleCondition } from './conditions.ts';
import { deleteGrowthRule, type GrowthRule, ruleName, saveGrowthRule } from './manage-rules.ts';
import { listGrowthTasks, saveGrowthTask } from './manage-tasks.ts';
import type { GrowthTask } from './schema.ts';
import { growthRules, growthTasks } from './schema.ts';
import { checkCondition, refusal } from './validate-condition.ts';

// Operators' edits of growth tasks and rules: each checked, saved and audited (before/after)
// in the caller's transaction.

/** Who changes something, from where, and the language to explain a refusal in. */
export interface Change {
  operatorId: string;
  ip: string | null;
  clock: Clock;
  locale: Locale;
}

/** Two admins adding the same key at once: the second waits, then finds it taken. */
export async function lockKey(tx: Executor, key: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

export async function findTask(tx: Executor, key: string) {
  const [task] = await tx.select().from(growthTasks).where(eq(growthTasks.key, key)).for('update');
  return task ?? null;
}

export async function createTask(tx: Executor, key: string, fields: TaskUpdate, change: Change) {
  await lockKey(tx, `growth_task:${key}`);
  if (await findTask(tx, key)) throw new AppError('growth.task_key_taken', undefined, { key });
  const task = await saveGrowthTask(tx, { key, ...fields }, change.clock);
  await audit(tx, change, 'growth_task.created', key, null, taskView(task));
  return task;
}

export async function updateTask(tx: Executor, key: string, fields: TaskUpdate, change: Change) {
  const before = await findTask(tx, key);
  if (!before) throw new AppError('growth.task_key_not_found', undefined, { key });
  const task = await saveGrowthTask(tx, { key, ...fields }, change.clock);
  await audit(tx, change, 'growth_task.updated', key, taskView(before), taskView(task));
  return task;
}

export async function findRule(tx: Executor, id: string): Promise<GrowthRule | null> {
  const [rule] = await tx.select().from(growthRules).where(eq(growthRules.id, id)).for('update');
  return rule ? { ...rule, condition: rule.condition as RuleCondition } : null;
}

export async function createRule(tx: Executor, key: string, fields: RuleUpdate, change: Change) {
  await lockKey(tx, `growth_rule:${key}`);
  const [taken] = await tx
    .select({ id: growthRules.id })
    .from(growthRules)
    .where(eq(growthRules.key, key));
  if (taken) throw new AppError('growth.rule_key_taken', undefined, { key });
  const rule = await saveGrowthRule(tx, await checkedRule(tx, key, fields, change), change.clock);
  await audit(tx, change, 'growth_rule.created', rule.id, null, ruleRecord(rule));
  return rule;
}

export async function updateRule(tx: Executor, id: string, fields: RuleUpdate, change: Change) {
  const before = await findRule(tx, id);
  if (!before) throw new AppError('growth.rule_not_found');
  const rule = await saveGrowthRule(
    tx,
    await checkedRule(tx, before.key, fields, change),
    change.clock,
  );
  await audit(tx, change, 'growth_rule.updated', id, ruleRecord(before), ruleRecord(rule));
  return rule;
}

export async function deleteRule(tx: Executor, id: string, change: Change) {
  const before = await findRule(tx, id);
  if (!before) throw new AppError('growth.rule_not_found');
  await deleteGrowthRule(tx, before.key);
  await audit(tx, change, 'growth_rule.deleted', id, ruleRecord(before), null);
}

type AuditAction = `${'growth_task' | 'growth_rule'}.${'created' | 'updated' | 'deleted'}`;

/** One audit entry; the target's type is the action's subject (a task by key, a rule by id). */
function audit(
  tx: Executor,
  change: Change,
  action: AuditAction,
  id: string,
  before: unknown,
  after: unknown,
) {
  return recordAudit(tx, {
    actor: change.operatorId,
    action,
    target: { type: action.slice(0, action.indexOf('.')), id },
    before,
    after,
    ip: change.ip,
    at: change.clock.now(),
  });
}

/** The rule as saveGrowthRule takes it, once its condition and its tasks are known to be sound. */
async function checkedRule(tx: Executor, key: string, fields: RuleUpdate, change: Change) {
  const condition = checkCondition(fields.condition, change.locale);
  const known = new Set((await listGrowthTasks(tx)).map((task) => task.key));
  const unknown = fields.taskKeys.flatMap((taskKey, index) =>
    known.has(taskKey) ? [] : [{ path: `taskKeys.${index}`, taskKey }],
  );
  if (unknown.length > 0) {
    const problems = unknown.map(({ path, taskKey }) => ({
      path,
      code: 'growth.unknown_task' as const,
      params: { keys: taskKey },
    }));
    throw refusal(problems, change.locale, { keys: unknown.map((u) => u.taskKey).join(', ') });
  }
  return { key, ...fields, condition };
}

export function taskView(task: GrowthTask) {
  return {
    ...task,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

/** The rule as the audit log keeps it: both names, no reader's language. */
function ruleRecord(rule: GrowthRule) {
  return {
    ...rule,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}

/** The rule as the console reads it: both names to edit, and the one in the reader's language. */
export function ruleView(rule: GrowthRule, locale: Locale) {
  return { ...ruleRecord(rule), name: ruleName(rule, locale) };
}
