import type { Ref } from 'react';
import type { ControlProps } from './Field';
import styles from './MoneyInput.module.css';

/** An amount in yuan, typed as text (parsed by the form) behind a ¥ sign. */
export function MoneyInput({
  control,
  name,
  value,
  onChange,
  autoFocus = false,
  placeholder,
  inputRef,
  onBlur,
}: {
  control: ControlProps;
  name: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  placeholder?: string;
  /** react-hook-form's `field.ref`, so a refused amount gets the focus. */
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}) {
  return (
    <span className={styles.moneyInput}>
      <span className={styles.symbol} aria-hidden="true">
        ¥
      </span>
      <input
        {...control}
        className="field__input"
        name={name}
        inputMode="decimal"
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: a dialog that opens to enter this amount focuses it
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={value}
        ref={inputRef}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value)}
      />
    </span>
  );
}
