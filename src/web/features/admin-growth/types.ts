import type { Language } from '../../i18n/language';
import type { ProfileField } from './profileAnswers';

// The growth plan's configuration as GET/POST/PUT /api/v1/admin/growth/* show it (SPEC §2, §9).

export type GrowthTask = {
  key: string;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** The milestone that ticks the task off by itself; null for a lesson the merchant ticks. */
  milestone: string | null;
  /** Where in the seller center the task is done. */
  actionPath: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type TaskInput = Omit<GrowthTask, 'createdAt' | 'updatedAt'>;

export const operators = ['in', 'not_in', 'has_other_than', 'empty', 'not_empty'] as const;
export type Operator = (typeof operators)[number];
/** Operators that compare the answer with values. */
export const comparing: ReadonlySet<Operator> = new Set(['in', 'not_in', 'has_other_than']);

export type Clause = { field: ProfileField; op: Operator; values?: string[] };

export type Condition = {
  profile?: 'missing' | 'present';
  all?: Clause[];
  any?: Clause[];
};

export type GrowthRule = {
  id: string;
  key: string;
  /** In the request's language; the console picks from nameEn / nameZh itself. */
  name: string;
  nameEn: string;
  nameZh: string;
  condition: Condition;
  taskKeys: string[];
  priority: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type RuleInput = Omit<GrowthRule, 'id' | 'name' | 'createdAt' | 'updatedAt'>;

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

export type RuleRef = { id: string; key: string; name: string };

export type Preview = {
  locale: 'en' | 'zh-CN';
  tasks: {
    key: string;
    title: string;
    description: string;
    milestone: string | null;
    action: string | null;
    rule: RuleRef | null;
  }[];
  rules: RuleRef[];
};
