import type { Path } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { type Clause, type Condition, comparing, type GrowthRule } from './types';

// The rule dialog's form: what it edits (react-hook-form values), how a rule becomes those values
// and back, and where the server's field errors go.

/** A test as the form edits it: values always a list (left out when saved for tests without). */
export type ClauseDraft = Required<Clause>;

/** A condition as the form edits it: who, and the two groups of tests. */
export type ConditionDraft = {
  who: 'everyone' | 'present' | 'missing';
  all: ClauseDraft[];
  any: ClauseDraft[];
};

export type RuleValues = {
  key: string;
  nameEn: string;
  nameZh: string;
  /** As typed; checked to be a whole number before it is sent. */
  priority: string;
  active: boolean;
  condition: ConditionDraft;
  /** Objects, as react-hook-form's field arrays keep them; sent as the list of keys. */
  taskKeys: { key: string }[];
};

export type RuleBody = RequestOf<'putAdminGrowthRulesId'>;

export const newClause = (): ClauseDraft => ({ field: 'experience', op: 'in', values: [] });

export function draftOf(condition: Condition): ConditionDraft {
  const clauses = (list: Clause[] | undefined) =>
    (list ?? []).map((clause) => ({ ...clause, values: clause.values ?? [] }));
  return {
    who: condition.profile ?? 'everyone',
    all: clauses(condition.all),
    any: clauses(condition.any),
  };
}

/** What is saved: no empty groups, no values where the test takes none. */
export function conditionOf(draft: ConditionDraft): Condition {
  if (draft.who === 'missing') return { profile: 'missing' };
  const clauses = (list: ClauseDraft[]) =>
    list.map(({ field, op, values }) =>
      comparing.has(op) ? { field, op, values } : { field, op },
    );
  return {
    ...(draft.who === 'present' ? { profile: 'present' as const } : {}),
    ...(draft.all.length > 0 ? { all: clauses(draft.all) } : {}),
    ...(draft.any.length > 0 ? { any: clauses(draft.any) } : {}),
  };
}

export function ruleValues(rule: GrowthRule | null, nextPriority: number): RuleValues {
  return {
    key: rule?.key ?? '',
    nameEn: rule?.nameEn ?? '',
    nameZh: rule?.nameZh ?? '',
    priority: String(rule?.priority ?? nextPriority),
    active: rule?.active ?? true,
    condition: draftOf(rule?.condition ?? {}),
    taskKeys: (rule?.taskKeys ?? []).map((key) => ({ key })),
  };
}

export function ruleBody(values: RuleValues): RuleBody {
  return {
    nameEn: values.nameEn,
    nameZh: values.nameZh,
    priority: Number(values.priority.trim()),
    active: values.active,
    condition: conditionOf(values.condition),
    taskKeys: values.taskKeys.map((task) => task.key),
  };
}

export const wholeNumber = /^-?\d+$/;

/** The server's fields as the rule's API names them, for ErrorNotice. */
export const ruleFields = ['key', 'nameEn', 'nameZh', 'priority', 'condition', 'taskKeys'] as const;

/**
 * Where a problem the server names goes in the form: a test's problem (condition.all.0.values)
 * on its test, the list's (taskKeys.2) on the list, who the rule is for on that choice.
 */
export function ruleFieldFor(serverField: string): Path<RuleValues> | undefined {
  const clause = /^condition\.(all|any)\.(\d+)(\.|$)/.exec(serverField);
  if (clause) return `condition.${clause[1] as 'all' | 'any'}.${Number(clause[2])}`;
  if (serverField === 'condition' || serverField.startsWith('condition.')) return 'condition.who';
  if (serverField === 'taskKeys' || serverField.startsWith('taskKeys.')) return 'taskKeys';
  return (['key', 'nameEn', 'nameZh', 'priority', 'active'] as const).find(
    (field) => field === serverField,
  );
}
