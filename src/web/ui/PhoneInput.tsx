import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import type { ControlProps } from './Field';
import { type CountryCode, countryOfInternational, countryOptions, type PhoneValue } from './phone';

/**
 * A mobile number with its country: the country picker shows the dialling code compactly, and
 * the number field takes the national number (or a full "+…" number, which wins).
 */
export function PhoneInput({
  value,
  onChange,
  control,
  name = 'phone',
  autoFocus,
}: {
  value: PhoneValue;
  onChange: (value: PhoneValue) => void;
  control: ControlProps;
  name?: string;
  autoFocus?: boolean;
}) {
  const { language, t } = useI18n();
  const { common, all } = useMemo(() => countryOptions(language, t), [language, t]);
  const selected = common.find((option) => option.code === value.country) ??
    all.find((option) => option.code === value.country) ?? { dialCode: '', name: '' };

  return (
    <div className="phone-input" data-invalid={control['aria-invalid'] ? true : undefined}>
      <span className="phone-input__country">
        <span className="phone-input__dial" aria-hidden="true">
          {selected.dialCode}
        </span>
        <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <select
          className="phone-input__select"
          name={`${name}Country`}
          aria-label={t('ui.phone.country')}
          title={selected.name}
          value={value.country}
          onChange={(event) => onChange({ ...value, country: event.target.value as CountryCode })}
        >
          <optgroup label={t('ui.phone.common')}>
            {common.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name} {option.dialCode}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('ui.phone.all')}>
            {all.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name} {option.dialCode}
              </option>
            ))}
          </optgroup>
        </select>
      </span>
      <input
        {...control}
        className="phone-input__number"
        name={name}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        // biome-ignore lint/a11y/noAutofocus: used only where the number is the first thing to fill in
        autoFocus={autoFocus}
        value={value.number}
        // A number typed with its "+" code moves the picker to its country.
        onChange={(event) =>
          onChange({
            country: countryOfInternational(event.target.value) ?? value.country,
            number: event.target.value,
          })
        }
      />
    </div>
  );
}
