import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import type { RefCallBack, UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { MoneyInput } from '../../ui/MoneyInput';
import { TextField } from '../../ui/TextField';
import styles from './catalogForm.module.css';

// The pieces the store-type and package dialogs share: a code typed once, names in both
// languages, amounts in yuan, checkboxes and the dialog's buttons.

export const catalogLanguages = ['en', 'zh-CN'] as const;
export type CatalogLanguage = (typeof catalogLanguages)[number];

const codePattern = /^[a-z][a-z0-9_]{1,39}$/;

/** A react-hook-form controller's field, for inputs that shape what is typed. */
type ControlledField = {
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  ref: RefCallBack;
};

/** The message for a code that is not one, or true. */
export function useCodeRule() {
  const t = useT();
  return (code: string) => codePattern.test(code) || t('adminStores.codeInvalid');
}

/** The code a new type or package is known by: lower-case as it is typed; never changed later. */
export function CodeField({ field, error }: { field: ControlledField; error: string | undefined }) {
  const t = useT();
  return (
    <Field label={t('adminStores.code')} hint={t('adminStores.codeHint')} error={error}>
      {(control) => (
        <input
          {...control}
          className="field__input mono"
          name={field.name}
          ref={field.ref}
          autoCapitalize="off"
          spellCheck={false}
          maxLength={40}
          value={field.value}
          onBlur={field.onBlur}
          onChange={(event) => field.onChange(event.target.value.trim().toLowerCase())}
        />
      )}
    </Field>
  );
}

/** A pair of fields, English and Chinese, for a name or a description. */
export function BilingualFields({
  label,
  register,
  error,
  multiline = false,
  maxLength,
}: {
  label: string;
  register: (language: CatalogLanguage) => UseFormRegisterReturn;
  error: (language: CatalogLanguage) => string | undefined;
  multiline?: boolean;
  maxLength: number;
}) {
  const t = useT();
  return (
    <div className={styles.pair}>
      {catalogLanguages.map((language) => (
        <TextField
          key={language}
          label={`${label} · ${t(`language.${language}`)}`}
          error={error(language)}
          lang={language}
          maxLength={maxLength}
          {...(multiline ? { type: 'textarea' as const, className: styles.textarea, rows: 2 } : {})}
          registration={register(language)}
        />
      ))}
    </div>
  );
}

/** A checkbox with its label; takes react-hook-form's `register(…)` like an input. */
export function Checkbox({
  children,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  ref?: Ref<HTMLInputElement>;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" {...input} />
      <span>{children}</span>
    </label>
  );
}

/** A row of checkboxes under a legend (FieldGroup). */
export function CheckboxRow({ children }: { children: ReactNode }) {
  return <div className={styles.checkboxRow}>{children}</div>;
}

/** An amount in yuan, typed as text and sent in fen. */
export function MoneyField({
  label,
  field,
  error,
}: {
  label: string;
  field: ControlledField;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <Field label={label} hint={t('adminStores.yuanHint')} error={error}>
      {(control) => (
        <MoneyInput
          control={control}
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          placeholder="0.00"
        />
      )}
    </Field>
  );
}

export function DialogActions({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('adminStores.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('ui.cancel')}
      </button>
    </div>
  );
}
