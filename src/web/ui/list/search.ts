// Search params of console lists (validateSearch of their routes): what a link or the address bar
// holds is read leniently, so a mistyped address shows the list unfiltered, never an error.
// TanStack Router parses `?q=123` as a number: text params take numbers and booleans as text.

/** The most pages a link may ask to show at once. */
export const maxShownPages = 20;

/** The `pages` search param: a whole number above 1 (one page is the default, left out). */
export function pagesParam(value: unknown): number | undefined {
  const pages = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(pages) && pages > 1 ? Math.min(pages, maxShownPages) : undefined;
}

/** Text search params: trimmed, empty ones left out. */
export function textParam(value: unknown, maxLength = 200): string | undefined {
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value).trim().slice(0, maxLength)
      : '';
  return text === '' ? undefined : text;
}

/** One of `allowed`, or undefined. */
export function choiceParam<V extends string>(
  value: unknown,
  allowed: readonly V[],
): V | undefined {
  return allowed.find((choice) => choice === value);
}
