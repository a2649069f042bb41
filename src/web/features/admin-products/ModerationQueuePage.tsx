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
import { RequireRole } from '../admin/guards';
import { flagLabel } from '../products/reviewFlags';
import { formatMoney } from '../store/format';
import { formatDateTime } from '../verification/display';
import { ProductStatus } from './display';
import styles from './Moderation.module.css';
import {
  flagKinds,
  type ModerationSearch,
  type ModerationStatus,
  moderationStatuses,
} from './moderationSearch';

const queueRoute = getRouteApi('/admin/operator/products');
const pageSize = 50;

type QueueItem = NonNullable<ReturnType<typeof useQueue>['first']>['items'][number];

/** The reviewers' queue of held products (SPEC §9), and every product under "All products". */
export function ModerationQueuePage() {
  return (
    <RequireRole roles={['reviewer']}>
      <Queue />
    </RequireRole>
  );
}

function useQueue(search: ModerationSearch, showPages: (pages: number) => void) {
  const status = search.status === 'all' ? undefined : (search.status ?? 'pending_review');
  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/admin/products',
    {
      params: {
        query: { status, flag: search.flag, q: search.q, limit: pageSize, offset: 0 },
      },
    },
    // The tabs keep the last counts while the next filters load, so they do not flicker.
    { ...offsetPaging, placeholderData: keepPreviousData },
  );
  return useListPages(query, search.pages ?? 1, showPages);
}

function Queue() {
  const { t, language } = useI18n();
  usePageTitle('moderation.nav', 'app.console');
  const search = queueRoute.useSearch();
  const navigate = queueRoute.useNavigate();
  const filter = (next: Partial<ModerationSearch>, replace = false) =>
    void navigate({ search: (current) => ({ ...current, ...next, pages: undefined }), replace });
  const queue = useQueue(search, (pages) => void navigate({ search: { ...search, pages } }));
  const counts = queue.first?.counts;
  const items = queue.pages.flatMap((page) => page.items);
  const selected = search.status ?? 'pending_review';

  const columns: Column<QueueItem>[] = [
    {
      key: 'product',
      label: t('moderation.col.product'),
      cell: (item) => (
        <span className={styles.productCell}>
          {item.imageUrl ? (
            <img className={styles.thumb} src={item.imageUrl} alt="" loading="lazy" />
          ) : (
            <span className={styles.thumb} aria-hidden="true" />
          )}
          <span>
            <Link
              to="/admin/products/$productId"
              params={{ productId: item.id }}
              className={cell.rowLink}
            >
              {item.title}
            </Link>
            <span className={`${cell.sub} mono`}>#{item.id.slice(0, 8)}</span>
          </span>
        </span>
      ),
    },
    {
      key: 'store',
      label: t('moderation.col.store'),
      cell: (item) => item.store?.name ?? item.store?.slug ?? '—',
    },
    {
      key: 'flags',
      label: t('moderation.col.flags'),
      cell: (item) =>
        item.flags.length === 0 ? (
          '—'
        ) : (
          <span className={styles.flagTags}>
            {item.flags.map((flag) => (
              <span key={flag} className="tag tag--info">
                {flagLabel(t, { kind: flag })}
              </span>
            ))}
          </span>
        ),
    },
    {
      key: 'price',
      label: t('moderation.col.price'),
      cell: (item) =>
        item.price.amount === null
          ? '—'
          : formatMoney({ amount: item.price.amount, currency: item.price.currency }, language),
    },
    {
      key: 'submitted',
      label: t('moderation.col.submitted'),
      cell: (item) => (item.submittedAt ? formatDateTime(item.submittedAt, language) : '—'),
    },
    {
      key: 'status',
      label: t('moderation.col.status'),
      cell: (item) => <ProductStatus status={item.status} />,
    },
  ];

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('moderation.nav')}</h1>
        <p className="page__summary">{t('moderation.summary')}</p>
      </header>

      <FilterBar
        onSubmit={(form) => filter({ q: String(form.get('q') ?? '').trim() || undefined })}
      >
        {selected !== 'all' && (
          <FilterSelect
            label={t('moderation.flagFilter')}
            name="flag"
            value={search.flag ?? ''}
            any={t('console.filter.all')}
            options={flagKinds.map((flag) => ({
              value: flag,
              label: flagLabel(t, { kind: flag }),
            }))}
            onChange={(flag) => filter({ flag: flag || undefined })}
          />
        )}
        <SearchField
          label={t('moderation.search')}
          name="q"
          value={search.q ?? ''}
          placeholder={t('moderation.searchPlaceholder')}
          onSearch={(q) => filter({ q: q || undefined }, true)}
        />
        <FilterSubmit>{t('console.filter.search')}</FilterSubmit>
      </FilterBar>

      <StatusTabs
        label={t('moderation.tabs')}
        tabs={[...moderationStatuses, 'all' as const].map((tab) => ({
          key: tab,
          label: t(`moderation.tab.${tab}`),
          count: tab === 'all' ? null : counts?.[tab as ModerationStatus],
        }))}
        selected={selected}
        onSelect={(tab) =>
          filter({ status: tab === 'pending_review' ? undefined : tab, flag: undefined })
        }
        countTitle={(count) => t('moderation.tabCount', { count })}
        countTestId="moderation-count"
      >
        <ListView
          list={queue}
          count={t('moderation.count', { count: queue.first?.total ?? 0 })}
          empty={
            items.length === 0 && (
              <EmptyState>
                {t(selected === 'pending_review' ? 'moderation.emptyPending' : 'moderation.empty')}
              </EmptyState>
            )
          }
        >
          <DataTable
            columns={columns}
            rows={items}
            rowKey={(item) => item.id}
            rowLink
            testId="moderation-queue"
          />
        </ListView>
      </StatusTabs>
    </section>
  );
}
