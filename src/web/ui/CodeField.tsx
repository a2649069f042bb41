import { useT } from '../i18n/i18n';
import { CodeInput } from './CodeInput';
import { Field } from './Field';

/** The labelled 6-digit code field. */
export function CodeField({
  value,
  onChange,
  error,
  autoFocus,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const t = useT();
  return (
    <Field label={t('ui.code.label')} hint={t('ui.code.hint')} error={error}>
      {(control) => (
        <CodeInput control={control} value={value} onChange={onChange} autoFocus={autoFocus} />
      )}
    </Field>
  );
}
