import { Link } from '@tanstack/react-router';
import type { ResponseOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { type Column, DataTable } from '../../ui/list';
import styles from './ProductImport.module.css';

type ImportSummary = ResponseOf<'getMeProductImports'>['items'][number];

/** The merchant's latest imports; one of them opens in the progress panel. */
export function RecentImports({ current }: { current: string | undefined }) {
  const { t, language } = useI18n();
  const query = $api.useQuery('get', '/api/v1/me/product-imports');
  const columns: Column<ImportSummary>[] = [
    { key: 'file', label: t('productImport.recent.file'), cell: (job) => job.fileName },
    {
      key: 'when',
      label: t('productImport.recent.when'),
      cell: (job) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(job.createdAt),
        ),
    },
    {
      key: 'status',
      label: t('productImport.recent.status'),
      cell: (job) => t(`productImport.status.${job.status}`),
    },
    {
      key: 'result',
      label: t('productImport.recent.result'),
      cell: (job) =>
        t('productImport.recent.resultValue', {
          created: job.created,
          updated: job.updated,
          failed: job.failed,
        }),
    },
    {
      key: 'open',
      label: t('productImport.recent.open'),
      unlabelled: true,
      cell: (job) =>
        job.id === current ? null : (
          <Link to="/products/import" search={{ import: job.id }}>
            {t('productImport.recent.open')}
          </Link>
        ),
    },
  ];
  return (
    <section className={styles.recent} aria-labelledby="recent-imports">
      <h2 id="recent-imports">{t('productImport.recent.title')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className={styles.hint}>{t('productImport.recent.empty')}</p>
      ) : (
        <DataTable columns={columns} rows={query.data.items} rowKey={(job) => job.id} />
      )}
    </section>
  );
}
