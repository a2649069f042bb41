import type { ReactNode } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { idTypeLabels } from './display';
import type { KycTextField, KycValues } from './formValues';
import { idTypes, type VerificationField } from './types';
import styles from './Verification.module.css';

/** What every field of the verification form needs: its label, error and the reviewer's request. */
export type KycKit = {
  form: UseFormReturn<KycValues>;
  label: (field: VerificationField) => string;
  errorOf: (field: FieldPath<KycValues>) => string | undefined;
  /** What the reviewer asked to change about this field, said above its hint. */
  requestNote: (field: VerificationField) => ReactNode;
  isRequested: (field: VerificationField) => true | undefined;
};

/** "Required": said when a box is left empty (or only spaces). */
export function useFilled() {
  const { t } = useI18n();
  return (value: string) => value.trim() !== '' || t('ui.error.required');
}

/** One text box of the form, with the reviewer's note above its hint. */
export function KycText({
  kit,
  field,
  hint,
  autoComplete = 'off',
  uppercase = false,
  wide = false,
  multiline = false,
}: {
  kit: KycKit;
  field: KycTextField;
  hint?: ReactNode;
  autoComplete?: string;
  uppercase?: boolean;
  wide?: boolean;
  multiline?: boolean;
}) {
  const filled = useFilled();
  const note = kit.requestNote(field);
  const registered = kit.form.register(field, { validate: filled });
  return (
    <div
      className={wide ? `${styles.field} ${styles.wide}` : styles.field}
      data-requested={kit.isRequested(field)}
    >
      <TextField
        label={kit.label(field)}
        hint={
          note || hint ? (
            <>
              {note}
              {hint}
            </>
          ) : undefined
        }
        error={kit.errorOf(field)}
        autoComplete={autoComplete}
        {...(multiline
          ? { type: 'textarea' as const, className: styles.textarea, rows: 2 }
          : { spellCheck: false, autoCapitalize: uppercase ? 'characters' : undefined })}
        registration={registered}
      />
    </div>
  );
}

/** The type of an ID: resident ID, passport or other. */
export function KycIdType({
  kit,
  name,
  label,
  field,
}: {
  kit: KycKit;
  name: 'idType' | 'legalRepresentative.idType';
  label: string;
  /** The field a reviewer may ask about, when it is one. */
  field?: VerificationField;
}) {
  const { t } = useI18n();
  return (
    <div className={styles.field} data-requested={field ? kit.isRequested(field) : undefined}>
      <Field
        label={label}
        hint={field ? kit.requestNote(field) || undefined : undefined}
        error={field ? kit.errorOf(name) : undefined}
      >
        {(control) => (
          <select {...control} className="field__input" {...kit.form.register(name)}>
            {idTypes.map((option) => (
              <option key={option} value={option}>
                {t(idTypeLabels[option])}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
