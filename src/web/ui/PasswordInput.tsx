import { useState } from 'react';
import { useT } from '../i18n/i18n';
import type { ControlProps } from './Field';

/** A password field with a show/hide toggle, so a long phrase can be checked before sending. */
export function PasswordInput({
  value,
  onChange,
  control,
  autoComplete,
  name = 'password',
}: {
  value: string;
  onChange: (value: string) => void;
  control: ControlProps;
  autoComplete: 'current-password' | 'new-password';
  name?: string;
}) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-input">
      <input
        {...control}
        className="field__input"
        name={name}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className="password-input__toggle"
        aria-label={t(visible ? 'ui.password.hide' : 'ui.password.show')}
        aria-pressed={visible}
        onClick={() => setVisible(!visible)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
          {visible && <path d="M4 4l16 16" stroke="currentColor" strokeWidth="1.8" />}
        </svg>
      </button>
    </div>
  );
}

/** The server's rule, counted the same way: code points after NFKC. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

export const passwordMinLength = 8;
export const passwordMaxLength = 128;
