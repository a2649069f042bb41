import { keepPreviousData } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import {
  type Column,
  cell,
  DataTable,
  FilterBar,
  FilterSelect,
  FilterSubmit,
  ListView,
  offsetPaging,
  SearchField,
  StatusTabs,
  useListPages,
} from '../../ui/list';
import { formatPhone } from '../../ui/phone';
import { formatDateTime, kindLabels, statusLabels } from '../verification/display';
import { StatusBadge } from '../verification/VerifiedBadge';
import { RequireRole } from './guards';
import { type QueueSearch, type QueueStatus, queueStatuses } from './queueSearch';

const queueRoute = getRouteApi('/admin/operator/verifications');
const pageSize = 50;

type QueueItem = NonNullable<ReturnType<typeof useQueue>['first']>['items'][number];

/** The reviewers' queue of identities (SPEC §9): pending cases oldest first, filterable. */
export function VerificationQueuePage() {
  return (
    <RequireRole roles={['reviewer']}>
      <Queue />
    </RequireRole>
  );
}

/** The queue under the address's filters, as many pages as it shows. */
function useQueue(search: QueueSearch, showPages: (pages: number) => void) {
  const status = search.status === 'all' ? undefined : (search.status ?? 'pending');
  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/admin/verifications',
    {
      params: {
        query: { status, kind: search.kind, q: search.q, limit: pageSize, offset: 0 },
      },
    },
    // The tabs keep the last counts while the next filters load, so they do not flicker.
    { ...offsetPaging, placeholderData: keepPreviousData },
  );
  return useListPages(query, search.pages ?? 1, showPages);
}

function Queue() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.reviews', 'app.console');
  const search = queueRoute.useSearch();
  const navigate = queueRoute.useNavigate();
  // A new filter shows its first page; typing in the search replaces the address as it goes.
  const filter = (next: Partial<QueueSearch>, replace = false) =>
    void navigate({ search: (current) => ({ ...current, ...next, pages: undefined }), replace });
  const queue = useQueue(search, (pages) => void navigate({ search: { ...search, pages } }));
  const counts = queue.first?.counts;
  const items = queue.pages.flatMap((page) => page.items);
  const selected = search.status ?? 'pending';

  const columns: Column<QueueItem>[] = [
    {
      key: 'merchant',
      label: t('console.queue.col.merchant'),
      cell: (item) => (
        <span className={cell.main}>
          {item.merchant.email ?? (item.merchant.phone ? formatPhone(item.merchant.phone) : '—')}
        </span>
      ),
    },
    { key: 'kind', label: t('console.queue.col.kind'), cell: (item) => t(kindLabels[item.kind]) },
    {
      key: 'name',
      label: t('console.queue.col.name'),
      cell: (item) => (
        <>
          <Link
            to="/admin/verifications/$caseId"
            params={{ caseId: item.id }}
            className={cell.rowLink}
          >
            {item.subjectName}
          </Link>
          <span className={`${cell.sub} mono`}>{item.documentNumber}</span>
        </>
      ),
    },
    {
      key: 'submitted',
      label: t('console.queue.col.submitted'),
      cell: (item) => formatDateTime(item.submittedAt, language),
    },
    {
      key: 'status',
      label: t('console.queue.col.status'),
      cell: (item) => <StatusBadge status={item.status} />,
    },
  ];

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('admin.nav.reviews')}</h1>
        <p className="page__summary">{t('console.queue.summary')}</p>
      </header>

      <FilterBar
        onSubmit={(form) => filter({ q: String(form.get('q') ?? '').trim() || undefined })}
      >
        <FilterSelect
          label={t('console.queue.kind')}
          name="kind"
          value={search.kind ?? ''}
          any={t('console.filter.all')}
          options={(['personal', 'enterprise'] as const).map((kind) => ({
            value: kind,
            label: t(kindLabels[kind]),
          }))}
          onChange={(kind) => filter({ kind: kind || undefined })}
        />
        <SearchField
          label={t('console.queue.search')}
          name="q"
          value={search.q ?? ''}
          placeholder={t('console.queue.searchPlaceholder')}
          onSearch={(q) => filter({ q: q || undefined }, true)}
        />
        <FilterSubmit>{t('console.filter.search')}</FilterSubmit>
      </FilterBar>

      <StatusTabs
        label={t('console.queue.status')}
        tabs={[...queueStatuses, 'all' as const].map((tab) => ({
          key: tab,
          label: tab === 'all' ? t('console.filter.all') : t(statusLabels[tab]),
          count: counts && (tab === 'all' ? totalOf(counts) : counts[tab]),
        }))}
        selected={selected}
        onSelect={(tab) => filter({ status: tab === 'pending' ? undefined : tab })}
        countTitle={(count) => t('console.queue.statusCount', { count })}
        countTestId="queue-count"
      >
        <ListView
          list={queue}
          count={t('console.queue.count', { count: queue.first?.total ?? 0 })}
          empty={
            items.length === 0 && (
              <EmptyState>
                {t(selected === 'pending' ? 'console.queue.emptyPending' : 'console.queue.empty')}
              </EmptyState>
            )
          }
        >
          <DataTable
            columns={columns}
            rows={items}
            rowKey={(item) => item.id}
            rowLink
            testId="verification-queue"
          />
        </ListView>
      </StatusTabs>
    </section>
  );
}

const totalOf = (counts: Record<QueueStatus, number>) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);
