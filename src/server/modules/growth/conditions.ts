import { type Static, Type } from '@sinclair/typebox';
import type { BusinessProfile } from './business-profile.ts';

export const PROFILE_FIELDS = [
  'industry',
  'businessModel',
  'experience',
  'platforms',
  'targetMarkets',
  'teamSize',
] as const;

/**
 * One test on an answer. For list answers (platforms, targetMarkets) `in` means "any of them is
 * one of values"; `has_other_than` means "some answer is not one of values" (e.g. a market other
 * than CN); `empty` / `not_empty` look at whether anything was answered.
 */
export const RuleClause = Type.Object(
  {
    field: Type.Union([
      Type.Literal('industry'),
      Type.Literal('businessModel'),
      Type.Literal('experience'),
      Type.Literal('platforms'),
      Type.Literal('targetMarkets'),
      Type.Literal('teamSize'),
    ]),
    op: Type.Union([
      Type.Literal('in'),
      Type.Literal('not_in'),
      Type.Literal('has_other_than'),
      Type.Literal('empty'),
      Type.Literal('not_empty'),
    ]),
    values: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
  },
  { additionalProperties: false },
);

/**
 * When a rule applies. `{}` always; `profile` restricts it to merchants without / with a profile;
 * `all` clauses must all hold and at least one `any` clause must (clauses need a profile).
 */
export const RuleCondition = Type.Object(
  {
    profile: Type.Optional(Type.Union([Type.Literal('missing'), Type.Literal('present')])),
    all: Type.Optional(Type.Array(RuleClause, { maxItems: 20 })),
    any: Type.Optional(Type.Array(RuleClause, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export type RuleClause = Static<typeof RuleClause>;
export type RuleCondition = Static<typeof RuleCondition>;

export function conditionMatches(condition: RuleCondition, profile: BusinessProfile | null) {
  if (condition.profile === 'missing' && profile) return false;
  if (condition.profile === 'present' && !profile) return false;
  const all = condition.all ?? [];
  const any = condition.any ?? [];
  if (all.length === 0 && any.length === 0) return true;
  if (!profile) return false;
  return (
    all.every((clause) => clauseHolds(clause, profile)) &&
    (any.length === 0 || any.some((clause) => clauseHolds(clause, profile)))
  );
}

function clauseHolds(clause: RuleClause, profile: BusinessProfile): boolean {
  const raw = profile[clause.field];
  const answers = (Array.isArray(raw) ? raw : [raw]).filter((answer) => answer !== '');
  const values = new Set(clause.values ?? []);
  switch (clause.op) {
    case 'in':
      return answers.some((answer) => values.has(answer));
    case 'not_in':
      return !answers.some((answer) => values.has(answer));
    case 'has_other_than':
      return answers.some((answer) => !values.has(answer));
    case 'empty':
      return answers.length === 0;
    case 'not_empty':
      return answers.length > 0;
  }
}
