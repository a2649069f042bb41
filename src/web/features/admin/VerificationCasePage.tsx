import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { $api, inLanguage, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { BackLink } from '../../ui/BackLink';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { formatDateTime, kindLabels } from '../verification/display';
import { FieldList } from '../verification/FieldList';
import type { VerificationField } from '../verification/types';
import { StatusBadge } from '../verification/VerifiedBadge';
import { ChangesSinceLastRound, DocumentView, History } from './CaseParts';
import { DecisionPanel } from './DecisionPanel';
import { RequireRole } from './guards';
import styles from './VerificationCase.module.css';

/** One verification case: the fields beside the documents, the decision, and its history. */
export function VerificationCasePage({ id }: { id: string }) {
  return (
    <RequireRole roles={['reviewer']}>
      <Case id={id} />
    </RequireRole>
  );
}

function Case({ id }: { id: string }) {
  const { t, language } = useI18n();
  usePageTitle('console.case.title', 'app.console');
  const [decided, setDecided] = useState(false);
  // Reason labels come in the language of the request: each language is an answer of its own.
  const detailQuery = $api.queryOptions('get', '/api/v1/admin/verifications/{id}', {
    params: { path: { id } },
    ...inLanguage(language),
  });
  const detail = useQuery(detailQuery);
  const catalogue = $api.useQuery(
    'get',
    '/api/v1/admin/verification-reasons',
    inLanguage(language),
  );

  const back = <BackLink to="/admin/verifications">{t('admin.nav.reviews')}</BackLink>;

  const verification = detail.data;
  if (!verification) {
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

  const subjectName =
    (verification.kind === 'enterprise' ? verification.companyName : verification.legalName) ?? '';
  const merchant = verification.merchant;
  const lastReview = verification.reviews.at(-1);
  // After a resubmission, what changed since the last decision is what needs a look.
  const previous = verification.status === 'pending' && lastReview ? lastReview : null;
  const changedSince = new Set(verification.changes.map((change) => change.field));
  const requestedBefore = new Set(
    previous?.decision === 'request_changes'
      ? previous.reasons.flatMap((reason) => (reason.field ? [reason.field] : []))
      : [],
  );
  const mark = (field: VerificationField) => (
    <>
      {requestedBefore.has(field) && (
        <span className="tag tag--info">{t('console.case.wasRequested')}</span>
      )}
      {changedSince.has(field) && (
        <span className="tag tag--ok" data-testid={`changed-${field}`}>
          {t('console.case.changed')}
        </span>
      )}
    </>
  );

  return (
    <section className={`page console-page ${styles.page}`}>
      {back}
      <header className={`case-header ${styles.header}`}>
        <div className={styles.title}>
          <h1>{subjectName}</h1>
          <StatusBadge status={verification.status} />
        </div>
        <p className={styles.meta}>
          <span>{t(kindLabels[verification.kind])}</span>
          <span>{merchant.email ?? (merchant.phone ? formatPhone(merchant.phone) : '—')}</span>
          <span>
            {t('console.case.submittedAt', {
              date: formatDateTime(verification.submittedAt, language),
            })}
          </span>
          <span className="mono" title={verification.id}>
            #{verification.id.slice(0, 8)}
          </span>
        </p>
      </header>

      {decided && <SuccessNotice>{t('console.case.decided')}</SuccessNotice>}

      <div className={styles.layout}>
        <div className={styles.main}>
          {previous && <ChangesSinceLastRound changes={verification.changes} review={previous} />}

          <section className={`card ${styles.card}`} aria-labelledby="case-fields">
            <h2 id="case-fields" className={styles.cardTitle}>
              {t('console.case.fields')}
            </h2>
            <FieldList verification={verification} mark={mark} className={styles.fields} />
          </section>

          {verification.status === 'pending' ? (
            catalogue.data ? (
              <DecisionPanel
                verification={verification}
                catalogue={catalogue.data}
                onDecided={(next) => {
                  // The answer is the case as decided; the queue (and its counts) changed too.
                  queryClient.setQueryData(detailQuery.queryKey, next);
                  void queryClient.invalidateQueries({
                    queryKey: ['get', '/api/v1/admin/verifications'],
                  });
                  setDecided(true);
                  window.scrollTo(0, 0);
                }}
              />
            ) : catalogue.isPending ? (
              <div className="card">
                <Loading />
              </div>
            ) : (
              <ErrorNotice error={catalogue.error} onRetry={() => void catalogue.refetch()} />
            )
          ) : (
            <p className="notice">{t('console.case.notPending')}</p>
          )}

          <History reviews={verification.reviews} />
        </div>

        <section className={`card ${styles.card} ${styles.documents}`} aria-labelledby="case-docs">
          <h2 id="case-docs" className={styles.cardTitle}>
            {t('console.case.documents')}
          </h2>
          {verification.documents.map((document) => (
            <DocumentView
              key={document.uploadId}
              document={document}
              changed={changedSince.has(`documents.${document.type}` as VerificationField)}
            />
          ))}
        </section>
      </div>
    </section>
  );
}
