import '../admin/admin.css';
import './merchants.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { useOffsetPages } from '../admin/hooks';
import { formatDate, formatMoney } from '../store/format';
import { MerchantDrawer } from './MerchantDrawer';
import { MerchantStatusBadge, merchantName, StoreCell, VerificationBadges } from './parts';
import {
  type Directory,
  type MerchantStatus,
  merchantStatuses,
  type VerificationFilter,
  verificationFilters,
} from './types';

type Filters = { q: string; status: MerchantStatus | ''; verification: VerificationFilter | '' };

const pageSize = 50;

/** Filters and the open merchant live in the address: a reload or a shared link shows the same. */
function fromAddress() {
  const params = new URLSearchParams(window.location.search);
  const status = params.get('status') as MerchantStatus | null;
  const verification = params.get('verification') as VerificationFilter | null;
  return {
    filters: {
      q: params.get('q') ?? '',
      status: status && merchantStatuses.includes(status) ? status : '',
      verification: verification && verificationFilters.includes(verification) ? verification : '',
    } satisfies Filters,
    open: params.get('merchant'),
  };
}

function addressOf(filters: Filters, open: string | null) {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.verification) params.set('verification', filters.verification);
  if (open) params.set('merchant', open);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

function queryOf(filters: Filters, offset: number) {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.verification) params.set('verification', filters.verification);
  params.set('limit', String(pageSize));
  params.set('offset', String(offset));
  return params.toString();
}

/** The merchant directory (SPEC §9), for every operator: search, filters, and a detail drawer. */
export function MerchantsPage() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.merchants', 'app.console');
  const { path } = useRouter();
  const [initial] = useState(fromAddress);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [search, setSearch] = useState(initial.filters.q);
  const [open, setOpen] = useState<string | null>(initial.open);
  const {
    first: directory,
    items,
    total,
    loadMore,
    fetchMore,
  } = useOffsetPages(JSON.stringify(filters), (offset, signal) =>
    api.get<Directory>(`/admin/merchants?${queryOf(filters, offset)}`, { signal }),
  );

  const show = (next: Filters, merchant: string | null) => {
    window.history.replaceState(null, '', addressOf(next, merchant));
  };
  const apply = (next: Filters) => {
    setFilters(next);
    show(next, open);
  };
  const openMerchant = (id: string | null) => {
    setOpen(id);
    show(filters, id);
  };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ ...filters, q: search });
  };

  return (
    <section className="page console-page merchants-page">
      <header className="page__header">
        <h1>{t('admin.nav.merchants')}</h1>
        <p className="page__summary">{t('merchants.summary')}</p>
      </header>

      <form className="card filters" onSubmit={onSearch}>
        <label className="filters__field filters__field--grow">
          <span className="filters__label">{t('merchants.search')}</span>
          <input
            className="field__input"
            type="search"
            name="q"
            maxLength={100}
            placeholder={t('merchants.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('merchants.filter.status')}</span>
          <select
            className="field__input"
            name="status"
            value={filters.status}
            onChange={(event) =>
              apply({ ...filters, status: event.target.value as Filters['status'] })
            }
          >
            <option value="">{t('console.filter.all')}</option>
            {merchantStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`merchants.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('merchants.filter.verification')}</span>
          <select
            className="field__input"
            name="verification"
            value={filters.verification}
            onChange={(event) =>
              apply({ ...filters, verification: event.target.value as Filters['verification'] })
            }
          >
            <option value="">{t('console.filter.all')}</option>
            {verificationFilters.map((filter) => (
              <option key={filter} value={filter}>
                {t(`merchants.verification.${filter}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--secondary filters__submit">
          {t('console.filter.search')}
        </button>
      </form>

      {directory.data ? (
        <>
          <p className="list-count" aria-live="polite">
            {t('merchants.count', { count: total })}
          </p>
          {items.length === 0 ? (
            <div className="card empty-state">
              <p>{t('merchants.empty')}</p>
            </div>
          ) : (
            <div className="card table-card">
              <table className="data-table merchants-table" data-testid="merchant-directory">
                <thead>
                  <tr>
                    <th scope="col">{t('merchants.col.merchant')}</th>
                    <th scope="col">{t('merchants.col.verification')}</th>
                    <th scope="col">{t('merchants.col.store')}</th>
                    <th scope="col" className="merchants-table__money">
                      {t('merchants.col.deposit')}
                    </th>
                    <th scope="col">{t('merchants.col.joined')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((merchant) => (
                    <tr
                      key={merchant.id}
                      className="data-table__row--link"
                      data-merchant={merchant.id}
                    >
                      <td data-label={t('merchants.col.merchant')}>
                        <a
                          href={addressOf(filters, merchant.id)}
                          className="row-link cell-main"
                          aria-label={t('merchants.open', { name: merchantName(merchant) })}
                          onClick={(event) => {
                            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                            event.preventDefault();
                            openMerchant(merchant.id);
                          }}
                        >
                          {merchantName(merchant)}
                        </a>
                        {merchant.realName && merchant.email && (
                          <span className="cell-sub">{merchant.email}</span>
                        )}
                        {merchant.phone && (merchant.realName || merchant.email) && (
                          <span className="cell-sub">{formatPhone(merchant.phone)}</span>
                        )}
                        <span className="merchants-table__tags">
                          <span className="tag tag--muted">
                            {t(`merchants.accountType.${merchant.accountType}`)}
                          </span>
                          {merchant.status !== 'active' && (
                            <MerchantStatusBadge status={merchant.status} />
                          )}
                        </span>
                      </td>
                      <td data-label={t('merchants.col.verification')}>
                        <VerificationBadges verification={merchant.verification} />
                      </td>
                      <td data-label={t('merchants.col.store')}>
                        <StoreCell store={merchant.store} />
                      </td>
                      <td
                        data-label={t('merchants.col.deposit')}
                        className="merchants-table__money"
                        data-testid="deposit"
                      >
                        {formatMoney(merchant.deposit, language)}
                      </td>
                      <td data-label={t('merchants.col.joined')} className="nowrap">
                        {formatDate(merchant.createdAt, language)}
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
      ) : directory.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={directory.error} onRetry={directory.reload} />
      )}

      {open && path === '/admin/merchants' && (
        <MerchantDrawer key={open} id={open} onClose={() => openMerchant(null)} />
      )}
    </section>
  );
}
