import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';

/**
 * "E-mail or phone number": what signing in and resetting a password ask for. A plain text box
 * (a phone number is no e-mail), but with the e-mail keyboard and no capitals.
 */
export function IdentifierField({
  registration,
  error,
}: {
  /** `form.register('identifier', rules)`. */
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <TextField
      label={t('auth.login.identifier')}
      hint={t('auth.login.identifierHint')}
      error={error}
      type="text"
      inputMode="email"
      autoComplete="username"
      autoCapitalize="off"
      spellCheck={false}
      placeholder={t('auth.login.identifierPlaceholder')}
      registration={registration}
    />
  );
}
