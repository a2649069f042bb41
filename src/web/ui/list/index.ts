// The console's list kit: one table, one filter bar, status tabs with counts, paging by "load
// more" on an infinite query whose filters and shown pages are the page's search params.
export { type Column, type ColumnHead, cell, DataTable, Table } from './DataTable';
export {
  FilterBar,
  FilterButtons,
  FilterField,
  FilterSelect,
  FilterSubmit,
  SearchField,
  searchDebounceMs,
} from './FilterBar';
export { ListView } from './ListView';
export { type ListPages, offsetPaging, useListPages } from './paging';
export { type StatusTab, StatusTabs } from './StatusTabs';
export { choiceParam, maxShownPages, pagesParam, textParam } from './search';
