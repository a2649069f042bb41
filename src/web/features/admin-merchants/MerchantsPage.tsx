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
  useListPages,
} from '../../ui/list';
import { formatPhone } from '../../ui/phone';
import { formatDate, formatMoney } from '../store/format';
import { MerchantDrawer } from './MerchantDrawer';
import styles from './merchants.module.css';
import type { MerchantsSearch } from './merchantsSearch';
import { MerchantStatusBadge, merchantName, StoreCell, VerificationBadges } from './parts';
import { type DirectoryEntry, merchantStatuses, verificationFilters } from './types';

const merchantsRoute = getRouteApi('/admin/operator/merchants');
const pageSize = 50;

/** The merchant directory (SPEC §9), for every operator: search, filters, and a detail drawer. */
export function MerchantsPage() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.merchants', 'app.console');
  const search = merchantsRoute.useSearch();
  const navigate = merchantsRoute.useNavigate();
  // A new filter shows its first page; typing in the search replaces the address as it goes.
  const filter = (next: Omit<MerchantsSearch, 'merchant' | 'pages'>, replace = false) =>
    void navigate({ search: (current) => ({ ...current, ...next, pages: undefined }), replace });
  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/admin/merchants',
    {
      params: {
        query: {
          q: search.q,
          status: search.status,
          verification: search.verification,
          limit: pageSize,
          offset: 0,
        },
      },
    },
    offsetPaging,
  );
  const directory = useListPages(query, search.pages ?? 1, (pages) =>
    navigate({ search: { ...search, pages } }),
  );
  const items = directory.pages.flatMap((page) => page.items);

  const columns: Column<DirectoryEntry>[] = [
    {
      key: 'merchant',
      label: t('merchants.col.merchant'),
      cell: (merchant) => (
        <>
          <Link
            to="/admin/merchants"
            search={{ ...search, merchant: merchant.id }}
            className={`${cell.rowLink} ${cell.main}`}
            aria-label={t('merchants.open', { name: merchantName(merchant) })}
          >
            {merchantName(merchant)}
          </Link>
          {merchant.realName && merchant.email && (
            <span className={cell.sub}>{merchant.email}</span>
          )}
          {merchant.phone && (merchant.realName || merchant.email) && (
            <span className={cell.sub}>{formatPhone(merchant.phone)}</span>
          )}
          <span className={styles.tags}>
            <span className="tag tag--muted">
              {t(`merchants.accountType.${merchant.accountType}`)}
            </span>
            {merchant.status !== 'active' && <MerchantStatusBadge status={merchant.status} />}
          </span>
        </>
      ),
    },
    {
      key: 'verification',
      label: t('merchants.col.verification'),
      cell: (merchant) => <VerificationBadges verification={merchant.verification} />,
    },
    {
      key: 'store',
      label: t('merchants.col.store'),
      cell: (merchant) => <StoreCell store={merchant.store} />,
    },
    {
      key: 'deposit',
      label: t('merchants.col.deposit'),
      className: styles.money,
      cell: (merchant) => (
        <span data-testid="deposit">{formatMoney(merchant.deposit, language)}</span>
      ),
    },
    {
      key: 'joined',
      label: t('merchants.col.joined'),
      className: 'nowrap',
      cell: (merchant) => formatDate(merchant.createdAt, language),
    },
  ];

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('admin.nav.merchants')}</h1>
        <p className="page__summary">{t('merchants.summary')}</p>
      </header>

      <FilterBar
        onSubmit={(form) => filter({ q: String(form.get('q') ?? '').trim() || undefined })}
      >
        <SearchField
          label={t('merchants.search')}
          name="q"
          value={search.q ?? ''}
          placeholder={t('merchants.searchPlaceholder')}
          onSearch={(q) => filter({ q: q || undefined }, true)}
        />
        <FilterSelect
          label={t('merchants.filter.status')}
          name="status"
          value={search.status ?? ''}
          any={t('console.filter.all')}
          options={merchantStatuses.map((status) => ({
            value: status,
            label: t(`merchants.status.${status}`),
          }))}
          onChange={(status) => filter({ status: status || undefined })}
        />
        <FilterSelect
          label={t('merchants.filter.verification')}
          name="verification"
          value={search.verification ?? ''}
          any={t('console.filter.all')}
          options={verificationFilters.map((verification) => ({
            value: verification,
            label: t(`merchants.verification.${verification}`),
          }))}
          onChange={(verification) => filter({ verification: verification || undefined })}
        />
        <FilterSubmit>{t('console.filter.search')}</FilterSubmit>
      </FilterBar>

      <ListView
        list={directory}
        count={t('merchants.count', { count: directory.first?.total ?? 0 })}
        empty={items.length === 0 && <EmptyState>{t('merchants.empty')}</EmptyState>}
      >
        <DataTable
          columns={columns}
          rows={items}
          rowKey={(merchant) => merchant.id}
          rowProps={(merchant) => ({ 'data-merchant': merchant.id })}
          rowLink
          testId="merchant-directory"
        />
      </ListView>

      {search.merchant && (
        <MerchantDrawer
          key={search.merchant}
          id={search.merchant}
          onClose={() => void navigate({ search: { ...search, merchant: undefined } })}
        />
      )}
    </section>
  );
}
