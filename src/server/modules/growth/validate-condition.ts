import { AppError } from '../../errors.ts';
import { interpolate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ConditionInput } from './admin-schemas.ts';
import { PROFILE_FIELDS, type RuleCondition } from './conditions.ts';
import { growthErrors } from './errors.ts';
import { BUSINESS_MODELS, EXPERIENCE_LEVELS, TEAM_SIZES } from './schema.ts';

type ProfileField = (typeof PROFILE_FIELDS)[number];
const OPERATORS = ['in', 'not_in', 'has_other_than', 'empty', 'not_empty'] as const;
type Operator = (typeof OPERATORS)[number];
const COMPARING: readonly Operator[] = ['in', 'not_in', 'has_other_than'];
/** The answers a closed question allows; null for answers in the merchant's own words. */
const ANSWERS: Record<ProfileField, readonly string[] | null> = {
  industry: null,
  businessModel: BUSINESS_MODELS,
  experience: EXPERIENCE_LEVELS,
  platforms: null,
  targetMarkets: null,
  teamSize: TEAM_SIZES,
};

/** As the business profile stores answers, so that a rule's values can match them. */
function normaliseValue(field: ProfileField, value: string): string {
  const trimmed = value.trim();
  if (field === 'platforms') return trimmed.toLowerCase();
  if (field === 'targetMarkets') return trimmed.toUpperCase();
  return trimmed;
}

/**
 * Only known answers, operators and values: a rule that can never match (or would break the
 * plan of every merchant) is refused with what is wrong where, before it is saved.
 */
export function checkCondition(input: ConditionInput, locale: Locale): RuleCondition {
  const problems: Problem[] = [];
  const shape = (path: string) =>
    problems.push({ path, code: 'growth.condition_invalid', params: {} });
  for (const key of Object.keys(input)) {
    if (!['profile', 'all', 'any'].includes(key)) shape(`condition.${key}`);
  }
  const condition: RuleCondition = {};
  if (input.profile !== undefined) {
    if (input.profile === 'missing' || input.profile === 'present') {
      condition.profile = input.profile;
    } else {
      shape('condition.profile');
    }
  }
  for (const group of ['all', 'any'] as const) {
    const clauses = input[group];
    if (!clauses || clauses.length === 0) continue;
    condition[group] = clauses.map((clause, index) => {
      const path = `condition.${group}.${index}`;
      for (const key of Object.keys(clause)) {
        if (!['field', 'op', 'values'].includes(key)) shape(`${path}.${key}`);
      }
      const field = clause.field as ProfileField;
      const op = clause.op as Operator;
      if (!PROFILE_FIELDS.includes(field)) {
        problems.push({
          path: `${path}.field`,
          code: 'growth.condition_unknown_field',
          params: { field: clause.field, known: PROFILE_FIELDS.join(', ') },
        });
      }
      if (!OPERATORS.includes(op)) {
        problems.push({
          path: `${path}.op`,
          code: 'growth.condition_unknown_operator',
          params: { op: clause.op, known: OPERATORS.join(', ') },
        });
      }
      const values = [
        ...new Set(
          (clause.values ?? [])
            .map((value) => normaliseValue(field, value))
            .filter((value) => value !== ''),
        ),
      ];
      if (COMPARING.includes(op) && values.length === 0) {
        problems.push({
          path: `${path}.values`,
          code: 'growth.condition_values_missing',
          params: { op, field },
        });
      }
      if ((op === 'empty' || op === 'not_empty') && values.length > 0) {
        problems.push({
          path: `${path}.values`,
          code: 'growth.condition_values_unexpected',
          params: { op, field },
        });
      }
      const allowed = PROFILE_FIELDS.includes(field) ? ANSWERS[field] : null;
      values.forEach((value, valueIndex) => {
        const knownAnswer = allowed
          ? allowed.includes(value)
          : field !== 'targetMarkets' || /^[A-Z]{2,10}$/.test(value);
        if (!knownAnswer) {
          problems.push({
            path: `${path}.values.${valueIndex}`,
            code: 'growth.condition_value_unknown',
            params: {
              value,
              field,
              known: allowed ? allowed.join(', ') : 'CN, US, EU, SEA, LATAM, MENA, GLOBAL, …',
            },
          });
        }
      });
      return COMPARING.includes(op) ? { field, op, values } : { field, op };
    });
  }
  const tests = (condition.all?.length ?? 0) + (condition.any?.length ?? 0);
  if (condition.profile === 'missing' && tests > 0) {
    problems.push({
      path: 'condition.profile',
      code: 'growth.condition_never_matches',
      params: {},
    });
  }
  if (problems.length > 0) throw refusal(problems, locale);
  return condition;
}

export interface Problem {
  /** Where in the request body, e.g. `condition.all.0.op`. */
  path: string;
  code: keyof typeof growthErrors;
  params: Record<string, unknown>;
}

/** One error for every problem: the code and message of the first, each one in the details. */
export function refusal(problems: Problem[], locale: Locale, params?: Record<string, unknown>) {
  const [first] = problems;
  if (!first) throw new Error('refusal without a problem');
  return new AppError(
    first.code,
    problems.map((problem) => ({
      field: problem.path,
      rule: problem.code,
      message: interpolate(growthErrors[problem.code][locale], problem.params),
    })),
    params ?? first.params,
  );
}
