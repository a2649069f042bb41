import type { ControlProps } from './Field';

/** An amount in yuan, typed as text (parsed by the form) behind a ¥ sign. */
export function MoneyInput({
  control,
  name,
  value,
  onChange,
  autoFocus = false,
  placeholder,
}: {
  control: ControlProps;
  name: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  return (
    <span className="money-input">
      <span className="money-input__symbol" aria-hidden="true">
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
        onChange={(event) => onChange(event.target.value)}
      />
    </span>
  );
}
