import type { ControlProps } from './Field';

export const codeLength = 6;

/** Keeps the digits only, so a pasted "123 456" or "code: 123456" still fills the field. */
export function codeDigits(value: string): string {
  return value.replace(/\D/g, '').slice(0, codeLength);
}

export const isCompleteCode = (value: string) => /^\d{6}$/.test(value);

/**
 * One field for the 6-digit one-time code: a numeric keyboard on phones, filled from the SMS by
 * the browser (autocomplete="one-time-code"), and paste-friendly (anything but digits is dropped).
 */
export function CodeInput({
  value,
  onChange,
  control,
  autoFocus,
  name = 'code',
}: {
  value: string;
  onChange: (value: string) => void;
  control: ControlProps;
  autoFocus?: boolean;
  name?: string;
}) {
  return (
    <input
      {...control}
      className="field__input code-input"
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="\d{6}"
      maxLength={codeLength + 8}
      placeholder="······"
      spellCheck={false}
      // biome-ignore lint/a11y/noAutofocus: the code field is the only thing left to do on this step
      autoFocus={autoFocus}
      value={value}
      onChange={(event) => onChange(codeDigits(event.target.value))}
    />
  );
}
