import { Controller, type UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { fieldValue, isVerificationField } from '../verification/display';
import type { ReasonCatalogue, VerificationCase } from './caseTypes';
import type { DecisionValues } from './DecisionPanel';
import styles from './VerificationCase.module.css';

type FieldOption = ReasonCatalogue['fields'][VerificationCase['kind']][number];

/** One field the reviewer may tick; ticked, the reason for it and a note on it. */
export function ChangeRow({
  option,
  index,
  form,
  catalogue,
  verification,
  onToggle,
}: {
  option: FieldOption;
  /** Its place among the ticked fields; -1 when not ticked. */
  index: number;
  form: UseFormReturn<DecisionValues>;
  catalogue: ReasonCatalogue;
  verification: VerificationCase;
  onToggle: () => void;
}) {
  const { t, language } = useI18n();
  const { field, label, reasons } = option;
  const ticked = index >= 0;
  const code = form.watch(`changes.${index}.code`);
  const errors = ticked ? form.formState.errors.changes?.[index] : undefined;
  const value = isVerificationField(field) ? fieldValue(verification, field, language, t) : '';
  const reasonLabel = (reason: string) =>
    reason === 'other'
      ? t('console.decision.ownReason')
      : (catalogue.reasons.find((known) => known.code === reason)?.label[language] ?? reason);

  return (
    <div className={styles.changeRow} data-ticked={ticked || undefined}>
      <label className="checkbox">
        <input type="checkbox" name="field" value={field} checked={ticked} onChange={onToggle} />
        <span className={styles.changeText}>
          <span className={styles.changeLabel}>{label[language]}</span>
          {value && <span className={styles.changeValue}>{value}</span>}
        </span>
      </label>
      {ticked && (
        <div className={styles.changeReason}>
          <Field
            label={t('console.decision.reasonFor', { field: label[language] })}
            error={errors?.code?.message}
          >
            {(control) => (
              <Controller
                control={form.control}
                name={`changes.${index}.code`}
                render={({ field: reason }) => (
                  <select
                    {...control}
                    className="field__input"
                    name={`reason-${field}`}
                    ref={reason.ref}
                    value={reason.value}
                    onChange={reason.onChange}
                    onBlur={reason.onBlur}
                  >
                    <option value="" disabled>
                      {t('console.decision.chooseReason')}
                    </option>
                    {reasons.map((code) => (
                      <option key={code} value={code}>
                        {reasonLabel(code)}
                      </option>
                    ))}
                  </select>
                )}
              />
            )}
          </Field>
          <Field
            label={t('console.decision.noteFor', { field: label[language] })}
            optional={code !== 'other'}
            hint={t(
              code === 'other'
                ? 'console.decision.ownReasonHint'
                : 'console.decision.fieldNoteHint',
            )}
            error={errors?.note?.message}
          >
            {(control) => (
              <Controller
                control={form.control}
                name={`changes.${index}.note`}
                render={({ field: note }) => (
                  <textarea
                    {...control}
                    className={`field__input ${styles.changeNote}`}
                    name={`note-${field}`}
                    rows={2}
                    maxLength={catalogue.noteMaxLength}
                    ref={note.ref}
                    value={note.value}
                    onChange={note.onChange}
                    onBlur={note.onBlur}
                  />
                )}
              />
            )}
          </Field>
        </div>
      )}
    </div>
  );
}
