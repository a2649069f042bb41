import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import {
  PasswordInput,
  passwordLength,
  passwordMaxLength,
  passwordMinLength,
} from '../../ui/PasswordInput';

/** The length rule checked here before sending; the server checks it again, and the common list. */
export function newPasswordProblem(password: string) {
  const length = passwordLength(password);
  if (length < passwordMinLength) return 'auth.passwordTooShort' as const;
  if (length > passwordMaxLength) return 'auth.passwordTooLong' as const;
  return null;
}

/** A new password with its rules explained and a live character count. */
export function NewPasswordField({
  value,
  onChange,
  error,
  label = 'auth.password',
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  label?: 'auth.password' | 'auth.newPassword';
}) {
  const t = useT();
  const length = passwordLength(value);
  const longEnough = length >= passwordMinLength;
  return (
    <Field
      label={t(label)}
      error={error}
      hint={
        <>
          {t('auth.passwordRules')}{' '}
          <span className="password-count" data-ok={longEnough || undefined}>
            {t(longEnough ? 'auth.passwordLengthOk' : 'auth.passwordLength', { count: length })}
          </span>
        </>
      }
    >
      {(control) => (
        <PasswordInput
          control={control}
          value={value}
          onChange={onChange}
          autoComplete="new-password"
        />
      )}
    </Field>
  );
}
