import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { FilterBar, FilterButtons, FilterField } from '../../ui/list';
import { knownActions, knownTargetTypes } from './auditActions';
import type { AuditSearch } from './auditSearch';

type Values = Required<Omit<AuditSearch, 'pages'>>;
const fields = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

const valuesOf = (search: AuditSearch): Values => ({
  actor: search.actor ?? '',
  action: search.action ?? '',
  targetType: search.targetType ?? '',
  targetId: search.targetId ?? '',
  from: search.from ?? '',
  to: search.to ?? '',
});

/** The filters applied together ("Apply filters"); the form follows the address (back/forward). */
export function AuditFilters({
  search,
  onApply,
}: {
  search: AuditSearch;
  onApply: (filters: Omit<AuditSearch, 'pages'>) => void;
}) {
  const { t } = useI18n();
  const operators = $api.useQuery('get', '/api/v1/admin/operators');
  const form = useForm<Values>({ defaultValues: valuesOf(search) });
  const { reset } = form;
  const applied = valuesOf(search);
  const { actor, action, targetType, targetId, from: fromDay, to: toDay } = applied;
  useEffect(
    () => reset({ actor, action, targetType, targetId, from: fromDay, to: toDay }),
    [reset, actor, action, targetType, targetId, fromDay, toDay],
  );
  const filtered = fields.some((field) => applied[field] !== '');
  const [from, to] = form.watch(['from', 'to']);

  const apply = form.handleSubmit((values) =>
    onApply(
      Object.fromEntries(fields.map((field) => [field, values[field].trim() || undefined])) as Omit<
        AuditSearch,
        'pages'
      >,
    ),
  );
  const mono = { autoComplete: 'off', spellCheck: false, className: 'field__input mono' };

  return (
    <FilterBar grid onSubmit={() => void apply()}>
      <FilterField label={t('console.audit.actor')}>
        <select className="field__input" {...form.register('actor')}>
          <option value="">{t('console.filter.anyone')}</option>
          {operators.data?.operators.map((operator) => (
            <option key={operator.id} value={operator.id}>
              {operator.name} ({operator.email})
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label={t('console.audit.action')}>
        <input
          {...mono}
          list="audit-actions"
          placeholder="verification.approved"
          {...form.register('action')}
        />
        <datalist id="audit-actions">
          {Object.entries(knownActions).map(([action, label]) => (
            <option key={action} value={action}>
              {t(label)}
            </option>
          ))}
        </datalist>
      </FilterField>
      <FilterField label={t('console.audit.targetType')}>
        <input {...mono} list="audit-target-types" {...form.register('targetType')} />
        <datalist id="audit-target-types">
          {knownTargetTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
      </FilterField>
      <FilterField label={t('console.audit.targetId')}>
        <input {...mono} {...form.register('targetId')} />
      </FilterField>
      <FilterField label={t('console.audit.from')}>
        <input
          className="field__input"
          type="date"
          max={to || undefined}
          {...form.register('from')}
        />
      </FilterField>
      <FilterField label={t('console.audit.to')}>
        <input
          className="field__input"
          type="date"
          min={from || undefined}
          {...form.register('to')}
        />
      </FilterField>
      <FilterButtons>
        <button type="submit" className="button button--primary">
          {t('console.filter.apply')}
        </button>
        {filtered && (
          <button type="button" className="button button--secondary" onClick={() => onApply({})}>
            {t('console.filter.clear')}
          </button>
        )}
      </FilterButtons>
    </FilterBar>
  );
}
