import './admin.css';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { Tabs } from '../../ui/Tabs';
import { formatDateTime, kindLabels, statusLabels } from '../verification/display';
import type { VerificationKind, VerificationStatus } from '../verification/types';
import { StatusBadge } from '../verification/VerifiedBadge';
import { RequireRole } from './guards';
import { useOffsetPages } from './hooks';

/** One row of GET /api/v1/admin/verifications. */
type QueueItem = {
  id: string;
  kind: VerificationKind;
  status: VerificationStatus;
  subjectName: string;
  documentNumber: string;
  merchant: {
    id: string;
    accountType: VerificationKind;
    email: string | null;
    phone: string | null;
  };
  submittedAt: string;
  decidedAt: string | null;
};

type QueueStatus = Exclude<VerificationStatus, 'draft'>;
/** Cases in each status, under the same kind and search. */
type QueueCounts = Record<QueueStatus, number>;
type Queue = { items: QueueItem[]; total: number; counts: QueueCounts };
type Filters = { status: QueueStatus | ''; kind: VerificationKind | ''; q: string };

const pageSize = 50;
const statusFilters: readonly QueueStatus[] = [
  'pending',
  'changes_requested',
  'rejected',
  'approved',
];

/** Filters live in the address, so a reload or a shared link shows the same list. */
function filtersFromAddress(): Filters {
  const params = new URLSearchParams(window.location.search);
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    // The queue opens on what is waiting; `status=all` lists every case.
    status:
      status === 'all'
        ? ''
        : statusFilters.includes(status as QueueStatus)
          ? (status as QueueStatus)
          : 'pending',
    kind: kind === 'personal' || kind === 'enterprise' ? kind : '',
    q: params.get('q') ?? '',
  };
}

function queryOf(filters: Filters, offset: number) {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  params.set('limit', String(pageSize));
  params.set('offset', String(offset));
  return params.toString();
}

/** The reviewers' queue of identities (SPEC §9): pending cases oldest first, filterable. */
export function VerificationQueuePage() {
  return (
    <RequireRole roles={['reviewer']}>
      <Queue />
    </RequireRole>
  );
}

function Queue() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.reviews', 'app.console');
  const [filters, setFilters] = useState<Filters>(filtersFromAddress);
  const [search, setSearch] = useState(filters.q);
  const {
    first: queue,
    items,
    total,
    loadMore,
    fetchMore,
  } = useOffsetPages(JSON.stringify(filters), (offset, signal) =>
    api.get<Queue>(`/admin/verifications?${queryOf(filters, offset)}`, { signal }),
  );
  // The tabs keep the last counts while the next page loads, so they do not flicker.
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  useEffect(() => {
    if (queue.data) setCounts(queue.data.counts);
  }, [queue.data]);
  const tabLabel = (tab: QueueStatus | 'all') => {
    const count =
      counts &&
      (tab === 'all' ? Object.values(counts).reduce((sum, n) => sum + n, 0) : counts[tab]);
    return (
      <>
        {tab === 'all' ? t('console.filter.all') : t(statusLabels[tab])}
        {count !== null && (
          <span
            className="tab-count"
            data-testid={`queue-count-${tab}`}
            title={t('console.queue.statusCount', { count })}
          >
            {count}
          </span>
        )}
      </>
    );
  };

  const apply = (next: Filters) => {
    setFilters(next);
    const params = new URLSearchParams();
    params.set('status', next.status || 'all');
    if (next.kind) params.set('kind', next.kind);
    if (next.q.trim()) params.set('q', next.q.trim());
    window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
  };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ ...filters, q: search });
  };

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('admin.nav.reviews')}</h1>
        <p className="page__summary">{t('console.queue.summary')}</p>
      </header>

      <form className="card filters" onSubmit={onSearch}>
        <label className="filters__field">
          <span className="filters__label">{t('console.queue.kind')}</span>
          <select
            className="field__input"
            name="kind"
            value={filters.kind}
            onChange={(event) => apply({ ...filters, kind: event.target.value as Filters['kind'] })}
          >
            <option value="">{t('console.filter.all')}</option>
            <option value="personal">{t(kindLabels.personal)}</option>
            <option value="enterprise">{t(kindLabels.enterprise)}</option>
          </select>
        </label>
        <label className="filters__field filters__field--grow">
          <span className="filters__label">{t('console.queue.search')}</span>
          <input
            className="field__input"
            type="search"
            name="q"
            maxLength={100}
            placeholder={t('console.queue.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--secondary filters__submit">
          {t('console.filter.search')}
        </button>
      </form>

      <div className="queue-tabs">
        <Tabs
          label={t('console.queue.status')}
          tabs={[...statusFilters, 'all' as const].map((tab) => ({
            key: tab,
            label: tabLabel(tab),
          }))}
          selected={filters.status || 'all'}
          onSelect={(tab) => apply({ ...filters, status: tab === 'all' ? '' : tab })}
        >
          {queue.data ? (
            <>
              <p className="list-count" aria-live="polite">
                {t('console.queue.count', { count: total })}
              </p>
              {items.length === 0 ? (
                <div className="card empty-state">
                  <p>
                    {t(
                      filters.status === 'pending'
                        ? 'console.queue.emptyPending'
                        : 'console.queue.empty',
                    )}
                  </p>
                </div>
              ) : (
                <div className="card table-card">
                  <table className="data-table" data-testid="verification-queue">
                    <thead>
                      <tr>
                        <th scope="col">{t('console.queue.col.merchant')}</th>
                        <th scope="col">{t('console.queue.col.kind')}</th>
                        <th scope="col">{t('console.queue.col.name')}</th>
                        <th scope="col">{t('console.queue.col.submitted')}</th>
                        <th scope="col">{t('console.queue.col.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((item) => (
                        <tr key={item.id} className="data-table__row--link">
                          <td data-label={t('console.queue.col.merchant')}>
                            <span className="cell-main">
                              {item.merchant.email ??
                                (item.merchant.phone ? formatPhone(item.merchant.phone) : '—')}
                            </span>
                          </td>
                          <td data-label={t('console.queue.col.kind')}>
                            {t(kindLabels[item.kind])}
                          </td>
                          <td data-label={t('console.queue.col.name')}>
                            <Link to={`/admin/verifications/${item.id}`} className="row-link">
                              {item.subjectName}
                            </Link>
                            <span className="cell-sub mono">{item.documentNumber}</span>
                          </td>
                          <td data-label={t('console.queue.col.submitted')}>
                            {formatDateTime(item.submittedAt, language)}
                          </td>
                          <td data-label={t('console.queue.col.status')}>
                            <StatusBadge status={item.status} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <ErrorNotice error={loadMore.error} />
              {items.length < total && (
                <div className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={loadMore.busy}
                    onClick={() => void fetchMore()}
                  >
                    {t('console.loadMore')}
                  </button>
                </div>
              )}
            </>
          ) : queue.loading ? (
            <div className="card">
              <Loading />
            </div>
          ) : (
            <ErrorNotice error={queue.error} onRetry={queue.reload} />
          )}
        </Tabs>
      </div>
    </section>
  );
}
