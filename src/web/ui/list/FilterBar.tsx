import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';

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
    <form
      className={['card filters', grid && 'filters--grid', className].filter(Boolean).join(' ')}
      onSubmit={submit}
    >
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
    <label className={grow ? 'filters__field filters__field--grow' : 'filters__field'}>
      <span className="filters__label">{label}</span>
      {children}
    </label>
  );
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
