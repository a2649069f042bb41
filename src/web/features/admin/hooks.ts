import { useState } from 'react';
import { isSignedOutError } from '../../ui/errors';
import { useAction } from '../../ui/useAction';
import { useResource } from '../../ui/useResource';
import { useOperatorAuth } from './session';

/** useResource for console pages: an ended operator session sends them to sign in again. */
export function useOperatorResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: { key?: string } = {},
) {
  const { refresh } = useOperatorAuth();
  return useResource(load, {
    ...options,
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}

/** useAction for console pages, likewise. */
export function useOperatorAction() {
  const { refresh } = useOperatorAuth();
  return useAction({
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}

/**
 * A console list paged by offset: the first page follows `key` (the filters), "load more" appends
 * further pages. Extra pages belong to the filters they were loaded under, so a change of filters
 * shows only the new first page. `first.data` is the whole first page (its totals, counts, …).
 */
export function useOffsetPages<Page extends { items: unknown[]; total: number }>(
  key: string,
  loadPage: (offset: number, signal?: AbortSignal) => Promise<Page>,
) {
  type T = Page['items'][number];
  const first = useOperatorResource((signal) => loadPage(0, signal), { key });
  const loadMore = useOperatorAction();
  const [more, setMore] = useState<{ key: string; items: T[] }>({ key, items: [] });
  const firstItems: T[] = first.data?.items ?? [];
  const items = [...firstItems, ...(more.key === key ? more.items : [])];

  const fetchMore = async () => {
    const outcome = await loadMore.run(() => loadPage(items.length));
    if (outcome.ok) {
      setMore((current) => ({
        key,
        items: [...(current.key === key ? current.items : []), ...outcome.value.items],
      }));
    }
  };

  return { first, items, total: first.data?.total ?? 0, loadMore, fetchMore };
}
