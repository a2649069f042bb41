import { type KeyboardEvent, useState } from 'react';
import { useT } from '../../i18n/i18n';
import type { ControlProps } from '../../ui/Field';
import styles from './ProductForm.module.css';

/** Values typed one at a time (Enter or comma adds one), shown as removable chips. */
export function ChipInput({
  control,
  values,
  onChange,
  placeholder,
}: {
  control: ControlProps;
  values: readonly string[];
  onChange: (values: string[]) => void;
  placeholder: string;
}) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const add = () => {
    const fresh = draft
      .split(/[,，、]/)
      .map((value) => value.trim())
      .filter((value) => value !== '' && !values.includes(value));
    if (fresh.length > 0) onChange([...values, ...new Set(fresh)]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className={styles.chipInput}>
      {values.map((value) => (
        <span key={value} className={styles.chip}>
          {value}
          <button
            type="button"
            className={styles.chipRemove}
            aria-label={t('product.options.removeValue', { value })}
            onClick={() => onChange(values.filter((other) => other !== value))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        {...control}
        className={styles.chipDraft}
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
    </div>
  );
}
