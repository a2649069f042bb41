import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { CodeField } from '../../ui/CodeField';
import { isCompleteCode } from '../../ui/CodeInput';

/**
 * The 6-digit code field of a form whose values have a `code`: checked for six digits before
 * sending; a code the server refused shows here (set with `setError('code', …)`).
 */
export function FormCodeField<Values extends FieldValues & { code: string }>({
  control,
  autoFocus,
}: {
  control: Control<Values>;
  autoFocus?: boolean;
}) {
  const t = useT();
  const { field, fieldState } = useController({
    control,
    name: 'code' as Path<Values>,
    rules: { validate: (code: string) => isCompleteCode(code) || t('ui.code.invalidFormat') },
  });
  return (
    <CodeField
      value={field.value as string}
      onChange={field.onChange}
      error={fieldState.error?.message}
      {...(autoFocus ? { autoFocus } : {})}
    />
  );
}
