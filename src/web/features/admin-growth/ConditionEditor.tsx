import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Chips } from '../../ui/Choices';
import { fieldError } from '../../ui/errors';
import { operatorLabel } from './conditionText';
import {
  answerLabel,
  openFields,
  type ProfileField,
  profileAnswers,
  profileFieldLabels,
  profileFields,
} from './profileAnswers';
import { type Clause, type Condition, comparing, type Operator, operators } from './types';

/** A condition as the form edits it: who, and the two groups of tests (values always a list). */
export type ConditionDraft = {
  who: 'everyone' | 'present' | 'missing';
  all: Required<Clause>[];
  any: Required<Clause>[];
};

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
  const clauses = (list: Required<Clause>[]) =>
    list.map(({ field, op, values }) =>
      comparing.has(op) ? { field, op, values } : { field, op },
    );
  return {
    ...(draft.who === 'present' ? { profile: 'present' as const } : {}),
    ...(draft.all.length > 0 ? { all: clauses(draft.all) } : {}),
    ...(draft.any.length > 0 ? { any: clauses(draft.any) } : {}),
  };
}

/**
 * The structured condition editor: who the rule is for, then tests of the form
 * "answer — test — values", each group a list; values are picked from the answers merchants can
 * give, and open questions take other values too. The JSON it saves is shown underneath.
 */
export function ConditionEditor({
  draft,
  onChange,
  error,
}: {
  draft: ConditionDraft;
  onChange: (draft: ConditionDraft) => void;
  /** The failed save, whose problems name parts of the condition (condition.all.0.op, …). */
  error: unknown;
}) {
  const { t } = useI18n();
  const whoId = useId();
  const groupError = fieldError(error, 'condition.profile');

  const setGroup = (group: 'all' | 'any', clauses: Required<Clause>[]) =>
    onChange({ ...draft, [group]: clauses });

  return (
    <div className="condition-editor" data-testid="condition-editor">
      <div className="field">
        <label className="field__label" htmlFor={whoId}>
          {t('growthAdmin.condition.who')}
        </label>
        <select
          id={whoId}
          className="field__input"
          name="who"
          value={draft.who}
          onChange={(event) =>
            onChange({ ...draft, who: event.target.value as ConditionDraft['who'] })
          }
        >
          <option value="everyone">{t('growthAdmin.condition.who.everyone')}</option>
          <option value="present">{t('growthAdmin.condition.who.present')}</option>
          <option value="missing">{t('growthAdmin.condition.who.missing')}</option>
        </select>
        {groupError && (
          <p className="field__error" role="alert">
            {groupError}
          </p>
        )}
      </div>
      {draft.who === 'missing' ? (
        <p className="field__hint">{t('growthAdmin.condition.missingNote')}</p>
      ) : (
        (['all', 'any'] as const).map((group) => (
          <fieldset key={group} className="condition-group">
            <legend className="condition-group__legend">
              {t(group === 'all' ? 'growthAdmin.condition.all' : 'growthAdmin.condition.any')}
            </legend>
            {draft[group].length === 0 && (
              <p className="condition-group__empty">{t('growthAdmin.condition.noTests')}</p>
            )}
            {draft[group].map((clause, index) => (
              <ClauseRow
                // Clauses have no identity of their own; their place is what the server names.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                path={`condition.${group}.${index}`}
                clause={clause}
                error={error}
                onChange={(next) =>
                  setGroup(
                    group,
                    draft[group].map((current, at) => (at === index ? next : current)),
                  )
                }
                onRemove={() =>
                  setGroup(
                    group,
                    draft[group].filter((_, at) => at !== index),
                  )
                }
              />
            ))}
            <button
              type="button"
              className="button button--secondary button--small condition-group__add"
              onClick={() =>
                setGroup(group, [...draft[group], { field: 'experience', op: 'in', values: [] }])
              }
            >
              + {t('growthAdmin.condition.addTest')}
            </button>
          </fieldset>
        ))
      )}
      <details className="condition-json">
        <summary>{t('growthAdmin.condition.json')}</summary>
        <pre className="mono">{JSON.stringify(conditionOf(draft), null, 2)}</pre>
      </details>
    </div>
  );
}

function ClauseRow({
  path,
  clause,
  error,
  onChange,
  onRemove,
}: {
  path: string;
  clause: Required<Clause>;
  error: unknown;
  onChange: (clause: Required<Clause>) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [other, setOther] = useState('');
  const problem = fieldError(error, path);
  const known = profileAnswers[clause.field];
  const choices = [...known, ...clause.values.filter((value) => !known.includes(value))].map(
    (value) => ({ value, label: answerLabel(clause.field, value, t, language) }),
  );

  const toggle = (value: string) =>
    onChange({
      ...clause,
      values: clause.values.includes(value)
        ? clause.values.filter((current) => current !== value)
        : [...clause.values, value],
    });

  const addOther = () => {
    const trimmed = other.trim();
    if (!trimmed) return;
    const value =
      clause.field === 'targetMarkets'
        ? trimmed.toUpperCase()
        : clause.field === 'platforms'
          ? trimmed.toLowerCase()
          : trimmed;
    if (!clause.values.includes(value)) onChange({ ...clause, values: [...clause.values, value] });
    setOther('');
  };

  return (
    <div className="clause" data-invalid={problem ? true : undefined} data-testid="clause">
      <div className="clause__head">
        <label className="clause__control">
          <span className="visually-hidden">{t('growthAdmin.condition.field')}</span>
          <select
            className="field__input"
            name={`${path}.field`}
            value={clause.field}
            onChange={(event) =>
              onChange({ ...clause, field: event.target.value as ProfileField, values: [] })
            }
          >
            {profileFields.map((field) => (
              <option key={field} value={field}>
                {t(profileFieldLabels[field])}
              </option>
            ))}
          </select>
        </label>
        <label className="clause__control">
          <span className="visually-hidden">{t('growthAdmin.condition.op')}</span>
          <select
            className="field__input"
            name={`${path}.op`}
            value={clause.op}
            onChange={(event) => onChange({ ...clause, op: event.target.value as Operator })}
          >
            {operators.map((op) => (
              <option key={op} value={op}>
                {operatorLabel(clause.field, op, t)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="clause__remove"
          aria-label={t('growthAdmin.condition.removeTest')}
          title={t('growthAdmin.condition.removeTest')}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {comparing.has(clause.op) && (
        <fieldset className="clause__values">
          <legend className="visually-hidden">{t('growthAdmin.condition.values')}</legend>
          <Chips
            name={`${path}.values`}
            choices={choices}
            values={clause.values}
            onToggle={toggle}
          />
          {openFields.has(clause.field) && (
            <div className="clause__other">
              <label className="visually-hidden" htmlFor={`${id}-other`}>
                {t('growthAdmin.condition.otherValue')}
              </label>
              <input
                id={`${id}-other`}
                className="field__input"
                placeholder={t('growthAdmin.condition.otherValue')}
                maxLength={100}
                value={other}
                onChange={(event) => setOther(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addOther();
                  }
                }}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={addOther}
              >
                {t('growthAdmin.condition.addValue')}
              </button>
            </div>
          )}
        </fieldset>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
