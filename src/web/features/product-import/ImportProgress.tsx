import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ResponseOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { type Column, DataTable } from '../../ui/list';
import styles from './ProductImport.module.css';

type RowError = ResponseOf<'getMeProductImportsId'>['errors'][number];

const POLL_MS = 1_000;

/** The import in the address: a bar that moves while it runs, then its counts and bad rows. */
export function ImportProgress({ id }: { id: string }) {
  const { t } = useI18n();
  const query = $api.useQuery(
    'get',
    '/api/v1/me/product-imports/{id}',
    { params: { path: { id } } },
    {
      refetchInterval: (current) => {
        const status = current.state.data?.status;
        return status === 'done' || status === 'failed' ? false : POLL_MS;
      },
    },
  );
  const queryClient = useQueryClient();
  const status = query.data?.status;
  useEffect(() => {
    // The list of recent imports shows this one's status and counts too.
    if (status === 'done' || status === 'failed') {
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/product-imports'] });
    }
  }, [status, queryClient]);
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const job = query.data;
  const finished = job.status === 'done' || job.status === 'failed';
  const percent = job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
  const columns: Column<RowError>[] = [
    {
      key: 'row',
      label: t('productImport.errors.row'),
      className: styles.rowCell,
      cell: (row) => row.row,
    },
    { key: 'sku', label: t('productImport.errors.sku'), cell: (row) => row.sku ?? '' },
    { key: 'message', label: t('productImport.errors.message'), cell: (row) => row.message },
  ];
  return (
    <section
      className={`card ${styles.progress}`}
      aria-labelledby="import-progress"
      data-testid="import-progress"
    >
      <div className={styles.progressHead}>
        <h2 id="import-progress">{job.fileName}</h2>
        <span className={styles.status} data-status={job.status}>
          {t(`productImport.status.${job.status}`)}
        </span>
      </div>
      <div
        className={styles.bar}
        role="progressbar"
        aria-label={t('productImport.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={job.totalRows}
        aria-valuenow={job.processedRows}
        aria-valuetext={t('productImport.rows', {
          processed: job.processedRows,
          total: job.totalRows,
        })}
      >
        <span className={styles.barFill} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.hint}>
        {t('productImport.rows', { processed: job.processedRows, total: job.totalRows })}
      </p>
      {job.failure && <ErrorNotice error={new Error(job.failure.message)} />}
      <dl className={styles.counts}>
        {(['created', 'updated', 'unchanged', 'failed'] as const).map((key) => (
          <div key={key} className={styles.count}>
            <dt>{t(`productImport.count.${key}`)}</dt>
            <dd data-testid={`count-${key}`}>{job[key]}</dd>
          </div>
        ))}
      </dl>
      {finished && job.errorCount === 0 && job.status === 'done' && (
        <p>{t('productImport.noErrors')}</p>
      )}
      {job.errorCount > 0 && (
        <div className={styles.errors}>
          <div className={styles.progressHead}>
            <h3>{t('productImport.errors.title')}</h3>
            <a
              className="button button--secondary"
              href={`/api/v1/me/product-imports/${job.id}/errors.csv`}
              download
            >
              {t('productImport.errors.download')}
            </a>
          </div>
          {job.errorCount > job.errors.length && (
            <p className={styles.hint}>
              {t('productImport.errors.more', { shown: job.errors.length, count: job.errorCount })}
            </p>
          )}
          <DataTable
            columns={columns}
            rows={job.errors}
            rowKey={(row) => `${row.row}:${row.code}`}
            testId="import-errors"
          />
        </div>
      )}
    </section>
  );
}
