import type { ReactNode } from 'react';

export type Choice<V extends string> = { value: V; label: ReactNode; description?: ReactNode };

/** One answer from a few, as cards with a line of explanation each (native radios underneath). */
export function ChoiceCards<V extends string>({
  name,
  choices,
  value,
  onChange,
  columns = 2,
}: {
  name: string;
  choices: readonly Choice<V>[];
  value: V | '';
  onChange: (value: V) => void;
  columns?: 1 | 2 | 3 | 4;
}) {
  return (
    <div className="choice-cards" data-columns={columns}>
      {choices.map((choice) => (
        <label key={choice.value} className="choice-card">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice-card__body">
            <span className="choice-card__label">{choice.label}</span>
            {choice.description && (
              <span className="choice-card__description">{choice.description}</span>
            )}
          </span>
        </label>
      ))}
    </div>
  );
}

/** Any number of answers, as chips (native checkboxes underneath). */
export function Chips<V extends string>({
  name,
  choices,
  values,
  onToggle,
}: {
  name: string;
  choices: readonly Choice<V>[];
  values: readonly V[];
  onToggle: (value: V) => void;
}) {
  return (
    <div className="chips">
      {choices.map((choice) => (
        <label key={choice.value} className="chip">
          <input
            type="checkbox"
            name={name}
            value={choice.value}
            checked={values.includes(choice.value)}
            onChange={() => onToggle(choice.value)}
          />
          <span className="chip__label">{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
