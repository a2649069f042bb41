import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import {
  PasswordInput,
  passwordLength,
  passwordMaxLength,
  passwordMinLength,
} from '../../ui/PasswordInput';
import styles from './auth.module.css';

/** The length rule checked here before sending; the server checks it again, and the common list. */
export function newPasswordProblem(password: string) {
  const length = passwordLength(password);
  if (length < passwordMinLength) return 'auth.passwordTooShort' as const;
  if (length > passwordMaxLength) return 'auth.passwordTooLong' as const;
  return null;
}

/** A form's new password (field `name`), with its rules explained and a live character count. */
export function NewPasswordField<Values extends FieldValues>({
  control,
  name,
  label = 'auth.password',
}: {
  control: Control<Values>;
  name: Path<Values>;
  label?: 'auth.password' | 'auth.newPassword';
}) {
  const t = useT();
  const { field, fieldState } = useController({
    control,
    name,
    rules: {
      validate: (password: string) => {
        const problem = newPasswordProblem(password);
        return problem ? t(problem) : true;
      },
    },
  });
  const value = field.value as string;
  const length = passwordLength(value);
  const longEnough = length >= passwordMinLength;
  return (
    <Field
      label={t(label)}
      error={fieldState.error?.message}
      hint={
        <>
          {t('auth.passwordRules')}{' '}
          <span className={styles.passwordCount} data-ok={longEnough || undefined}>
            {t(longEnough ? 'auth.passwordLengthOk' : 'auth.passwordLength', { count: length })}
          </span>
        </>
      }
    >
      {(control) => (
        <PasswordInput
          control={control}
          value={value}
          onChange={field.onChange}
          autoComplete="new-password"
        />
      )}
    </Field>
  );
}
