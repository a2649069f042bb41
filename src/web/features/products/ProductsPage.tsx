import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ResponseOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import {
  DataTable,
  FilterBar,
  FilterSelect,
  ListView,
  SearchField,
  StatusTabs,
  useListPages,
} from '../../ui/list';
import { useAuth } from '../auth/session';
import { BulkBar, type Outcomes } from './BulkBar';
import styles from './Products.module.css';
import { productColumns } from './productColumns';
import { type ProductsSearch, productSorts, productStatuses } from './productsSearch';

const productsRoute = getRouteApi('/seller/merchant/products');
const pageSize = 20;

export type ProductRow = ResponseOf<'getMeProducts'>['items'][number];

/** /products: the store's products by status, searched and sorted, with bulk publish/unpublish. */
export function ProductsPage() {
  const { t } = useI18n();
  usePageTitle('products.list.title', 'app.sellerCenter');
  const noStore = useAuth().hasNo('store');
  return (
    <section className="page">
      <header className={`page__header ${styles.header}`}>
        <div>
          <h1>{t('products.list.title')}</h1>
          <p className="page__summary">{t('products.list.summary')}</p>
        </div>
        {!noStore && (
          <div className={styles.headerActions}>
            <Link to="/products/import" className="button button--secondary">
              {t('products.list.import')}
            </Link>
            <Link to="/products/new" className="button button--primary">
              {t('products.list.add')}
            </Link>
          </div>
        )}
      </header>
      {noStore ? (
        <EmptyState
          testId="open-store-first"
          action={
            <Link to="/store" className="button button--primary">
              {t('products.noStore.action')}
            </Link>
          }
        >
          {t('products.noStore.body')}
        </EmptyState>
      ) : (
        <ProductList />
      )}
    </section>
  );
}

function ProductList() {
  const { t, language } = useI18n();
  const search = productsRoute.useSearch();
  const navigate = productsRoute.useNavigate();
  const filter = (next: Partial<ProductsSearch>, replace = false) =>
    void navigate({ search: (current) => ({ ...current, ...next, pages: undefined }), replace });
  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/me/products',
    {
      params: { query: { status: search.status, q: search.q, sort: search.sort, limit: pageSize } },
    },
    {
      pageParamName: 'cursor',
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    },
  );
  const list = useListPages(query, search.pages ?? 1, (pages) =>
    navigate({ search: { ...search, pages } }),
  );
  const items = list.pages.flatMap((page) => page.items);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Outcomes>({});
  const counts = list.first?.counts ?? {};
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const limit = list.first?.limit;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const toggleAll = () =>
    setSelected(allSelected ? new Set() : new Set(items.map((item) => item.id)));
  const columns = productColumns({
    t,
    language,
    selected,
    toggle,
    allSelected,
    toggleAll,
    outcomes,
  });

  return (
    <>
      {limit && (
        <p className={styles.limit} data-testid="listing-limit">
          {t('products.limit', {
            used: limit.used,
            limit: limit.limit,
            remaining: limit.remaining,
          })}
        </p>
      )}
      <StatusTabs
        label={t('products.list.statusTabs')}
        selected={search.status ?? 'all'}
        onSelect={(status) => filter({ status: status === 'all' ? undefined : status })}
        countTestId="product-count"
        tabs={[
          { key: 'all' as const, label: t('products.tab.all'), count: list.first ? total : null },
          ...productStatuses.map((status) => ({
            key: status,
            label: t(`products.status.${status}`),
            count: list.first ? (counts[status] ?? 0) : null,
          })),
        ]}
      >
        <FilterBar
          onSubmit={(form) => filter({ q: String(form.get('q') ?? '').trim() || undefined })}
        >
          <SearchField
            label={t('products.list.search')}
            name="q"
            value={search.q ?? ''}
            placeholder={t('products.list.searchPlaceholder')}
            maxLength={128}
            onSearch={(q) => filter({ q: q || undefined }, true)}
          />
          <FilterSelect
            label={t('products.list.sort')}
            name="sort"
            value={search.sort ?? 'newest'}
            options={productSorts.map((sort) => ({
              value: sort,
              label: t(`products.sort.${sort}`),
            }))}
            onChange={(sort) =>
              filter({ sort: sort === 'newest' || sort === '' ? undefined : sort })
            }
          />
        </FilterBar>
        <BulkBar
          selected={[...selected].filter((id) => items.some((item) => item.id === id))}
          onDone={(results) => {
            setOutcomes(results);
            setSelected(new Set());
          }}
        />
        <ListView
          list={list}
          count={
            list.first
              ? t('products.list.count', {
                  count: search.status ? (counts[search.status] ?? 0) : total,
                })
              : undefined
          }
          empty={
            items.length === 0 &&
            (total === 0 ? (
              <EmptyState
                testId="products-empty"
                action={
                  <div className={styles.emptyActions}>
                    <Link to="/products/new" className="button button--primary">
                      {t('products.list.add')}
                    </Link>
                    <Link to="/products/import" className="button button--secondary">
                      {t('products.list.import')}
                    </Link>
                  </div>
                }
              >
                {t('products.list.empty')}
              </EmptyState>
            ) : (
              <EmptyState>{t('products.list.emptyFiltered')}</EmptyState>
            ))
          }
        >
          {/* On a phone the table's header (and its checkbox) gives way to cards. */}
          <label className={styles.selectPage}>
            <input type="checkbox" checked={allSelected} onChange={toggleAll} />
            {t('products.bulk.selectAll')}
          </label>
          <DataTable
            columns={columns}
            rows={items}
            rowKey={(item) => item.id}
            rowProps={(item) => ({ 'data-product': item.id })}
            className={styles.table}
            testId="product-list"
          />
        </ListView>
      </StatusTabs>
    </>
  );
}
