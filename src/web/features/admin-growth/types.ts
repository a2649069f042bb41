import type { ResponseOf } from '../../api/contract';
import type { Language } from '../../i18n/language';

// The growth plan's configuration as GET/POST/PUT /api/v1/admin/growth/* show it (SPEC §2, §9):
// the server's own shapes (api/contract.ts).

export type GrowthTask = ResponseOf<'getAdminGrowthTasks'>['items'][number];

export type GrowthRule = ResponseOf<'getAdminGrowthRules'>['items'][number];
export type Condition = GrowthRule['condition'];
export type Clause = NonNullable<Condition['all']>[number];
export type Operator = Clause['op'];

export const operators = [
  'in',
  'not_in',
  'has_other_than',
  'empty',
  'not_empty',
] as const satisfies readonly Operator[];
/** Operators that compare the answer with values. */
export const comparing: ReadonlySet<Operator> = new Set(['in', 'not_in', 'has_other_than']);

/**
 * A rule's name in the reader's language first, then the other one (empty on rules from before
 * both were required) when it differs.
 */
export function ruleNames(
  rule: Pick<GrowthRule, 'nameEn' | 'nameZh'>,
  language: Language,
): { name: string; other: string | null } {
  const [wanted, other] =
    language === 'zh-CN' ? [rule.nameZh, rule.nameEn] : [rule.nameEn, rule.nameZh];
  const name = wanted.trim() === '' ? other : wanted;
  return { name, other: other.trim() !== '' && other !== name ? other : null };
}
