import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';

// A console list is one infinite query (TanStack Query) per set of filters; how many of its pages
// are shown is a search param of the page (`pages`), so a reload, a shared link or back/forward
// shows as much of the list as before, and "load more" is one more step in the history.

/** Paging by offset (`limit` + `offset`), for answers that say their `total`. */
export const offsetPaging = {
  pageParamName: 'offset',
  initialPageParam: 0,
  getNextPageParam: (last: { items: unknown[]; total: number }, all: { items: unknown[] }[]) => {
    const loaded = all.reduce((sum, page) => sum + page.items.length, 0);
    return last.items.length > 0 && loaded < last.total ? loaded : undefined;
  },
};

export type ListPages<Page> = {
  /** The first page under the current filters, or the previous filters' while it loads. */
  first: Page | undefined;
  /** The pages shown, under the current filters. */
  pages: Page[];
  /** Nothing to show yet for these filters. */
  pending: boolean;
  /** The first page failed. */
  error: unknown;
  retry: () => void;
  more: { available: boolean; busy: boolean; error: unknown; load: () => void };
};

/**
 * The pages of `query` to show: the first `shown` (the `pages` search param), fetching the ones
 * missing (after a reload), and "load more" asking `showPages` for one more.
 */
export function useListPages<Page>(
  query: UseInfiniteQueryResult<InfiniteData<Page>, unknown>,
  shown: number,
  showPages: (pages: number) => void,
): ListPages<Page> {
  const current = query.isPlaceholderData ? undefined : query.data;
  const loaded = current?.pages.length ?? 0;
  const missing = current !== undefined && loaded < shown && query.hasNextPage;
  const { fetchNextPage, isFetching, isFetchNextPageError } = query;
  useEffect(() => {
    if (missing && !isFetching && !isFetchNextPageError) void fetchNextPage();
  }, [missing, isFetching, isFetchNextPageError, fetchNextPage]);

  const pages = current?.pages.slice(0, Math.max(1, shown)) ?? [];
  return {
    first: query.data?.pages[0],
    pages,
    pending: current === undefined && !query.isError,
    error: current === undefined ? query.error : null,
    retry: () => void query.refetch(),
    more: {
      available: current !== undefined && (pages.length < loaded || query.hasNextPage),
      busy: query.isFetchingNextPage,
      error: isFetchNextPageError ? query.error : null,
      load: () => {
        if (isFetchNextPageError) void fetchNextPage();
        else showPages(pages.length + 1);
      },
    },
  };
}
