import { useI18n } from '../../i18n/i18n';
import { CheckIcon, CrossIcon, DotIcon } from '../../shell/icons';
import { type ControlProps, Field } from '../../ui/Field';
import styles from './NameField.module.css';
import { nameMaxLength, nameRules } from './storeName';

/** The name with its rules ticked off as the merchant types (the server has the last word). */
export function NameField({
  value,
  flagship,
  taken,
  error,
  input,
}: {
  value: string;
  flagship: boolean;
  /** The server found another store with this name at the last save. */
  taken: boolean;
  error: string | undefined;
  /** The input itself, registered with the form. */
  input: (control: ControlProps) => React.ReactNode;
}) {
  const { t } = useI18n();
  const rules = nameRules(value, flagship);
  const typed = value.trim() !== '';
  const state = (ok: boolean) => (!typed ? 'idle' : ok ? 'ok' : 'bad');
  const hints: { key: string; state: string; text: string }[] = [
    {
      key: 'length',
      state: state(rules.lengthOk),
      text: t('store.design.name.rule.length', { count: rules.length, max: nameMaxLength }),
    },
    {
      key: 'contact',
      state: state(rules.noContact && rules.printable),
      text: t('store.design.name.rule.contact'),
    },
    {
      key: 'reserved',
      state: state(!rules.reservedWord),
      text: rules.reservedWord
        ? t('store.design.name.rule.reservedWord', { word: rules.reservedWord })
        : t(
            flagship
              ? 'store.design.name.rule.reservedFlagship'
              : 'store.design.name.rule.reserved',
          ),
    },
    { key: 'unique', state: taken ? 'bad' : 'idle', text: t('store.design.name.rule.unique') },
  ];
  return (
    <Field label={t('store.design.name')} error={error}>
      {(control) => (
        <>
          {input(control)}
          <ul className={styles.rules} data-testid="name-rules">
            {hints.map((hint) => (
              <li key={hint.key} className={styles.rule} data-state={hint.state}>
                <span className={styles.mark}>
                  {hint.state === 'ok' ? (
                    <CheckIcon label={t('store.design.name.rule.ok')} />
                  ) : hint.state === 'bad' ? (
                    <CrossIcon label={t('store.design.name.rule.bad')} />
                  ) : (
                    <DotIcon />
                  )}
                </span>
                {hint.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </Field>
  );
}
