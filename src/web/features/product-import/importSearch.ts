// The import being watched, as a search param of /products/import: a reload keeps showing it.
export type ImportSearch = { import?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  return typeof search.import === 'string' && UUID.test(search.import)
    ? { import: search.import }
    : {};
}
