import { useId, useState } from 'react';
import {
  type Control,
  useController,
  useFieldArray,
  useFormContext,
  useFormState,
  useWatch,
} from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { CloseIcon } from '../../shell/icons';
import { Chips } from '../../ui/Choices';
import styles from './ConditionEditor.module.css';
import { operatorLabel } from './conditionText';
import growth from './growth.module.css';
import {
  answerLabel,
  openFields,
  profileAnswers,
  profileFieldLabels,
  profileFields,
} from './profileAnswers';
import { conditionOf, newClause, type RuleValues } from './ruleForm';
import { comparing, operators } from './types';

/**
 * The structured condition editor: who the rule is for, then tests of the form
 * "answer — test — values", each group a list; values are picked from the answers merchants can
 * give, and open questions take other values too. The JSON it saves is shown underneath. It edits
 * the rule form's `condition` (react-hook-form: the dialog's FormProvider).
 */
export function ConditionEditor() {
  const { t } = useI18n();
  const whoId = useId();
  const { control, register } = useFormContext<RuleValues>();
  const { errors } = useFormState({ control, name: 'condition.who' });
  const who = useWatch({ control, name: 'condition.who' });
  const whoError = errors.condition?.who?.message;

  return (
    <div className={styles.editor} data-testid="condition-editor">
      <div className="field" data-invalid={whoError ? true : undefined}>
        <label className="field__label" htmlFor={whoId}>
          {t('growthAdmin.condition.who')}
        </label>
        <select
          id={whoId}
          className="field__input"
          aria-invalid={whoError ? true : undefined}
          {...register('condition.who')}
        >
          <option value="everyone">{t('growthAdmin.condition.who.everyone')}</option>
          <option value="present">{t('growthAdmin.condition.who.present')}</option>
          <option value="missing">{t('growthAdmin.condition.who.missing')}</option>
        </select>
        {whoError && (
          <p className="field__error" role="alert">
            {whoError}
          </p>
        )}
      </div>
      {who === 'missing' ? (
        <p className="field__hint">{t('growthAdmin.condition.missingNote')}</p>
      ) : (
        <>
          <ClauseGroup control={control} group="all" />
          <ClauseGroup control={control} group="any" />
        </>
      )}
      <ConditionJson control={control} />
    </div>
  );
}

function ClauseGroup({ control, group }: { control: Control<RuleValues>; group: 'all' | 'any' }) {
  const { t } = useI18n();
  const clauses = useFieldArray({ control, name: `condition.${group}` });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupLegend}>
        {t(group === 'all' ? 'growthAdmin.condition.all' : 'growthAdmin.condition.any')}
      </legend>
      {clauses.fields.length === 0 && (
        <p className={styles.groupEmpty}>{t('growthAdmin.condition.noTests')}</p>
      )}
      {clauses.fields.map((clause, index) => (
        <ClauseRow
          key={clause.id}
          control={control}
          group={group}
          index={index}
          onRemove={() => clauses.remove(index)}
        />
      ))}
      <button
        type="button"
        // `condition-group__add`: the journeys' handle on the button (tests/e2e/console-growth).
        className={`button button--secondary button--small condition-group__add ${styles.groupAdd}`}
        onClick={() => clauses.append(newClause())}
      >
        + {t('growthAdmin.condition.addTest')}
      </button>
    </fieldset>
  );
}

function ClauseRow({
  control,
  group,
  index,
  onRemove,
}: {
  control: Control<RuleValues>;
  group: 'all' | 'any';
  index: number;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const path = `condition.${group}.${index}` as const;
  const { setValue, register } = useFormContext<RuleValues>();
  const { errors } = useFormState({ control, name: path });
  const [field, op] = useWatch({ control, name: [`${path}.field`, `${path}.op`] });
  const values = useController({ control, name: `${path}.values` });
  // The "other value" box is a draft of one value to add, not part of what is saved.
  const [other, setOther] = useState('');
  const problem = errors.condition?.[group]?.[index]?.message;
  const known = profileAnswers[field];
  const chosen = values.field.value;
  const choices = [...known, ...chosen.filter((value) => !known.includes(value))].map((value) => ({
    value,
    label: answerLabel(field, value, t, language),
  }));

  const toggle = (value: string) =>
    values.field.onChange(
      chosen.includes(value) ? chosen.filter((current) => current !== value) : [...chosen, value],
    );

  const addOther = () => {
    const trimmed = other.trim();
    if (!trimmed) return;
    const value =
      field === 'targetMarkets'
        ? trimmed.toUpperCase()
        : field === 'platforms'
          ? trimmed.toLowerCase()
          : trimmed;
    if (!chosen.includes(value)) values.field.onChange([...chosen, value]);
    setOther('');
  };

  return (
    // `clause`: the journeys' handle on a test (tests/e2e/console-growth).
    <div
      className={`clause ${styles.clause}`}
      data-invalid={problem ? true : undefined}
      data-testid="clause"
    >
      <div className={styles.clauseHead}>
        <label className={styles.clauseControl}>
          <span className="visually-hidden">{t('growthAdmin.condition.field')}</span>
          <select
            className="field__input"
            {...register(`${path}.field`, {
              // Another question has other answers: the picked ones no longer apply.
              onChange: () => setValue(`${path}.values`, []),
            })}
          >
            {profileFields.map((option) => (
              <option key={option} value={option}>
                {t(profileFieldLabels[option])}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.clauseControl}>
          <span className="visually-hidden">{t('growthAdmin.condition.op')}</span>
          <select className="field__input" {...register(`${path}.op`)}>
            {operators.map((option) => (
              <option key={option} value={option}>
                {operatorLabel(field, option, t)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={`${growth.iconButton} ${styles.clauseRemove}`}
          aria-label={t('growthAdmin.condition.removeTest')}
          title={t('growthAdmin.condition.removeTest')}
          onClick={onRemove}
        >
          <CloseIcon />
        </button>
      </div>
      {comparing.has(op) && (
        <fieldset className={styles.clauseValues}>
          <legend className="visually-hidden">{t('growthAdmin.condition.values')}</legend>
          <Chips name={values.field.name} choices={choices} values={chosen} onToggle={toggle} />
          {openFields.has(field) && (
            <div className={styles.clauseOther}>
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

/** What the condition is saved as, kept up to date while the operator edits. */
function ConditionJson({ control }: { control: Control<RuleValues> }) {
  const { t } = useI18n();
  const condition = useWatch({ control, name: 'condition' });
  return (
    <details className={styles.json}>
      <summary>{t('growthAdmin.condition.json')}</summary>
      <pre className="mono">{JSON.stringify(conditionOf(condition), null, 2)}</pre>
    </details>
  );
}
