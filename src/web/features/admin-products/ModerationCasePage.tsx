import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { $api, inLanguage, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { BackLink } from '../../ui/BackLink';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { RequireRole } from '../admin/guards';
import { formatDateTime } from '../verification/display';
import { ChangesPanel } from './ChangesPanel';
import { DecisionForm } from './DecisionForm';
import { ProductStatus } from './display';
import styles from './Moderation.module.css';
import { FlagList, ProductPreview } from './ProductPreview';

/** One product under review: the preview with its flags, what changed, the decision, the history. */
export function ModerationCasePage({ id }: { id: string }) {
  return (
    <RequireRole roles={['reviewer']}>
      <Case id={id} />
    </RequireRole>
  );
}

function Case({ id }: { id: string }) {
  const { t, language } = useI18n();
  usePageTitle('moderation.case.title', 'app.console');
  const [decided, setDecided] = useState(false);
  // Category and attribute names come in the request's language: each language is its own answer.
  const caseQuery = $api.queryOptions('get', '/api/v1/admin/products/{id}', {
    params: { path: { id } },
    ...inLanguage(language),
  });
  const detail = useQuery(caseQuery);

  const back = <BackLink to="/admin/products">{t('moderation.case.back')}</BackLink>;
  const product = detail.data;
  if (!product) {
    return (
      <section className="page console-page">
        {back}
        {detail.isPending ? (
          <div className="card">
            <Loading />
          </div>
        ) : (
          <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
        )}
      </section>
    );
  }

  const { merchant, store } = product;
  return (
    <section className={`page console-page ${styles.page}`}>
      {back}
      <header className={styles.header}>
        <div className={styles.headline}>
          <h1>{product.current.title}</h1>
          <ProductStatus status={product.status} />
        </div>
        <p className={styles.meta}>
          <span>
            {store?.name || store?.slug
              ? t('moderation.case.store', { name: store.name ?? store.slug ?? '' })
              : t('moderation.case.noStore')}
          </span>
          <span>{merchant.email ?? (merchant.phone ? formatPhone(merchant.phone) : '—')}</span>
          {product.submittedAt && (
            <span>
              {t('moderation.case.submittedAt', {
                date: formatDateTime(product.submittedAt, language),
              })}
            </span>
          )}
          <span className="mono" title={product.id}>
            #{product.id.slice(0, 8)}
          </span>
        </p>
        {product.statusReason && ['rejected', 'taken_down'].includes(product.status) && (
          <p className={styles.reason} data-testid="status-reason">
            {t('moderation.case.statusReason', { reason: product.statusReason })}
          </p>
        )}
      </header>

      {decided && <SuccessNotice>{t('moderation.case.decided')}</SuccessNotice>}

      <div className={styles.layout}>
        <div className={styles.main}>
          <section className={`card ${styles.card}`} aria-labelledby="flags-title">
            <h2 id="flags-title" className={styles.cardTitle}>
              {t('moderation.case.flags')}
            </h2>
            <FlagList content={product.current} />
          </section>
          <ChangesPanel product={product} />
          <ProductPreview content={product.current} />
        </div>
        <aside className={styles.side}>
          <DecisionForm
            key={product.status}
            product={product}
            onDecided={(next) => {
              queryClient.setQueryData(caseQuery.queryKey, next);
              setDecided(true);
            }}
          />
          <section className={`card ${styles.card}`} aria-labelledby="history-title">
            <h2 id="history-title" className={styles.cardTitle}>
              {t('moderation.case.history')}
            </h2>
            {product.decisions.length === 0 ? (
              <p className={styles.explain}>{t('moderation.case.noHistory')}</p>
            ) : (
              <ol className={styles.history}>
                {[...product.decisions].reverse().map((decision) => (
                  <li key={decision.id}>
                    <span>
                      {t('moderation.case.historyEntry', {
                        decision: t(`moderation.decision.${decision.decision}`),
                        operator: decision.operator.name ?? decision.operator.email,
                        date: formatDateTime(decision.decidedAt, language),
                      })}
                    </span>
                    {decision.reason && <q className={styles.quote}>{decision.reason}</q>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </section>
  );
}
