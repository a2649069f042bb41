import { Link } from '@tanstack/react-router';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { type Column, cell } from '../../ui/list';
import { formatMoney } from '../store/format';
import type { Outcomes } from './BulkBar';
import { ProductStatus } from './ProductStatus';
import styles from './Products.module.css';
import type { ProductRow } from './ProductsPage';

/** The product list's columns: select, thumbnail and title, price, stock, status, score. */
export function productColumns({
  t,
  language,
  selected,
  toggle,
  allSelected,
  toggleAll,
  outcomes,
}: {
  t: Translate;
  language: Language;
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  allSelected: boolean;
  toggleAll: () => void;
  outcomes: Outcomes;
}): Column<ProductRow>[] {
  return [
    {
      key: 'select',
      label: t('products.col.select'),
      unlabelled: true,
      className: styles.selectCell,
      header: (
        <input
          type="checkbox"
          aria-label={t('products.bulk.selectAll')}
          checked={allSelected}
          onChange={toggleAll}
        />
      ),
      cell: (row) => (
        <input
          type="checkbox"
          aria-label={t('products.bulk.selectRow', { title: row.title || t('products.untitled') })}
          checked={selected.has(row.id)}
          onChange={() => toggle(row.id)}
        />
      ),
    },
    {
      key: 'product',
      label: t('products.col.product'),
      className: styles.productColumn,
      cell: (row) => {
        const outcome = outcomes[row.id];
        return (
          <div className={styles.productCell}>
            {row.imageUrl ? (
              <img className={styles.thumb} src={row.imageUrl} alt="" loading="lazy" />
            ) : (
              <span className={styles.thumb} aria-hidden="true" />
            )}
            <span>
              <Link to="/products/$productId" params={{ productId: row.id }} className={cell.main}>
                {row.title || t('products.untitled')}
              </Link>
              {row.statusReason && <span className={cell.sub}>{row.statusReason}</span>}
              {outcome && (
                <span
                  className={outcome.ok ? styles.outcomeOk : styles.outcomeFailed}
                  role="status"
                >
                  {outcome.ok ? t('products.bulk.done') : outcome.message}
                </span>
              )}
            </span>
          </div>
        );
      },
    },
    {
      key: 'price',
      label: t('products.col.price'),
      className: 'nowrap',
      cell: (row) =>
        row.listPrice.amount > 0
          ? t('products.list.fromPrice', { price: formatMoney(row.listPrice, language) })
          : '—',
    },
    {
      key: 'stock',
      label: t('products.col.stock'),
      className: 'nowrap',
      cell: (row) => new Intl.NumberFormat(language).format(row.stock),
    },
    {
      key: 'status',
      label: t('products.col.status'),
      cell: (row) => <ProductStatus status={row.status} />,
    },
    {
      key: 'score',
      label: t('products.col.score'),
      className: 'nowrap',
      cell: (row) => <span data-testid="row-score">{row.qualityScore}</span>,
    },
  ];
}
