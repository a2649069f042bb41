import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { Loading } from '../Loading';
import styles from './List.module.css';
import type { ListPages } from './paging';

/**
 * A console list's states: loading, its failure (with a retry), then its count, the list or what
 * to say when it is empty, and "load more" while there is more.
 */
export function ListView({
  list,
  count,
  empty,
  children,
}: {
  list: ListPages<unknown>;
  /** "12 cases", announced as it changes. */
  count?: ReactNode;
  /** Shown instead of the list when it is empty (an EmptyState); false or null when it is not. */
  empty: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  if (list.pending) {
    return (
      <div className="card">
        <Loading />
      </div>
    );
  }
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.retry} />;
  return (
    <>
      {count !== undefined && (
        <p className={styles.count} aria-live="polite">
          {count}
        </p>
      )}
      {empty ? empty : children}
      <ErrorNotice error={list.more.error} />
      {list.more.available && (
        <div className={styles.loadMore}>
          <button
            type="button"
            className="button button--secondary"
            disabled={list.more.busy}
            onClick={list.more.load}
          >
            {t('ui.list.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
