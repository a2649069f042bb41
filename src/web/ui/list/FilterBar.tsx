import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { classes } from '../classes';
import styles from './FilterBar.module.css';

/**
 * The filters above a list, in one card: selects apply at once, a search as the person stops
 * typing (or on Enter / the search button), so the list follows without a page of its own.
 */
export function FilterBar({
  onSubmit,
  grid = false,
  className,
  children,
}: {
  /** The form's submit (Enter in a field, or its submit button), with the fields' values. */
  onSubmit?: (values: FormData) => void;
  /** Fields in a grid of columns (many filters) instead of one wrapping row. */
  grid?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit?.(new FormData(event.currentTarget));
  };
  return (
    <form className={classes('card', styles.bar, grid && styles.grid, className)} onSubmit={submit}>
      {children}
    </form>
  );
}

/** One labelled filter of a FilterBar; `grow` takes the row's free width (a search). */
export function FilterField({
  label,
  grow = false,
  children,
}: {
  label: ReactNode;
  grow?: boolean;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label
    <label className={classes(styles.field, grow && styles.grow)}>
      <span className={styles.label}>{label}</span>
      {children}
    </label>
  );
}

/** The bar's search button (Enter in the search does the same): full width on a phone. */
export function FilterSubmit({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className={`button button--secondary ${styles.submit}`}>
      {children}
    </button>
  );
}

/** Buttons side by side at the end of a FilterBar (apply, clear). */
export function FilterButtons({ children }: { children: ReactNode }) {
  return <div className={styles.buttons}>{children}</div>;
}

/** A select filter: `options` by value, the empty value first when `any` names it. */
export function FilterSelect<V extends string>({
  label,
  name,
  value,
  options,
  any,
  onChange,
}: {
  label: ReactNode;
  name: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** The label of "no filter" (value ''), listed first; omit when the filter is always set. */
  any?: string;
  onChange: (value: V | '') => void;
}) {
  return (
    <FilterField label={label}>
      <select
        className="field__input"
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value as V | '')}
      >
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** How long typing must pause before a search runs. */
export const searchDebounceMs = 400;

/**
 * A search box whose words apply once the person pauses typing (`onSearch`, debounced); the
 * value follows `value` when that changes from outside (back/forward, a link).
 */
export function SearchField({
  label,
  name,
  value,
  placeholder,
  maxLength = 100,
  onSearch,
}: {
  label: ReactNode;
  name: string;
  value: string;
  placeholder?: string;
  maxLength?: number;
  onSearch: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const search = useRef(onSearch);
  search.current = onSearch;
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft.trim() === value.trim()) return;
    const timer = setTimeout(() => search.current(draft.trim()), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return (
    <FilterField label={label} grow>
      <input
        className="field__input"
        type="search"
        name={name}
        maxLength={maxLength}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
    </FilterField>
  );
}
