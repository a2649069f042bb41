// How menu links mark the page they lead to (`aria-current="page"`, TanStack Router's activeOptions).

/** On its own page only, whatever the filters in the address. */
export const onOwnPage = { exact: true, includeSearch: false } as const;

/** On its pages and the ones under it (a verification case belongs to the review queue). */
export const inSection = { exact: false, includeSearch: false } as const;
