import { en, type MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { answersText, listFields, type ProfileField, profileFieldLabels } from './profileAnswers';
import { type Clause, type Condition, comparing, type Operator } from './types';

const isMessageKey = (key: string): key is MessageKey => key in en;

/** "is one of", or for a list answer "includes any of". */
export function operatorLabel(field: ProfileField, op: Operator, t: Translate): string {
  const listKey = `growthAdmin.op.list.${op}`;
  if (listFields.has(field) && isMessageKey(listKey)) return t(listKey);
  return t(`growthAdmin.op.${op}`);
}

/** A milestone as operators read it ("Identity verified"); an unknown one by its code. */
export function milestoneLabel(milestone: string, t: Translate): string {
  const key = `growthAdmin.milestone.${milestone}`;
  return isMessageKey(key) ? t(key) : milestone;
}

export function clauseText(clause: Clause, t: Translate, language: Language): string {
  const field = t(profileFieldLabels[clause.field]);
  const op = operatorLabel(clause.field, clause.op, t);
  if (!comparing.has(clause.op)) return `${field} ${op}`;
  return `${field} ${op} ${answersText(clause.field, clause.values ?? [], t, language)}`;
}

/** Who a rule applies to, in words, and its tests grouped as "all of" / "at least one of". */
export function describeCondition(condition: Condition, t: Translate, language: Language) {
  const all = condition.all ?? [];
  const any = condition.any ?? [];
  const who =
    condition.profile === 'missing'
      ? t('growthAdmin.describe.missing')
      : condition.profile === 'present' || all.length + any.length > 0
        ? t('growthAdmin.describe.present')
        : t('growthAdmin.describe.everyone');
  const groups = [
    { key: 'all' as const, label: t('growthAdmin.describe.all'), clauses: all },
    { key: 'any' as const, label: t('growthAdmin.describe.any'), clauses: any },
  ]
    .filter((group) => group.clauses.length > 0)
    .map((group) => ({
      ...group,
      lines: group.clauses.map((clause) => clauseText(clause, t, language)),
    }));
  return { who, groups };
}
