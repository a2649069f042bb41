import './admin.css';
import '../verification/verification.css';
import { useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { BackIcon } from '../../shell/icons';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { documentLabels, formatDateTime, kindLabels } from '../verification/display';
import { FieldList } from '../verification/FieldList';
import {
  type VerificationDocument,
  type VerificationField,
  verificationFields,
} from '../verification/types';
import { StatusBadge } from '../verification/VerifiedBadge';
import type { ReasonCatalogue, Review, VerificationCase } from './caseTypes';
import { DecisionPanel } from './DecisionPanel';
import { RequireRole } from './guards';
import { useOperatorResource } from './hooks';
import { rawFieldValue, snapshotOf } from './reasons';

/** The case id of a case page's path (`/admin/verifications/{uuid}`), else null. */
export function caseIdOf(path: string): string | null {
  return /^\/admin\/verifications\/([0-9a-f-]{36})$/i.exec(path)?.[1] ?? null;
}

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
  // Reason labels come in the language of the request.
  const detail = useOperatorResource(
    (signal) => api.get<VerificationCase>(`/admin/verifications/${id}`, { signal }),
    { key: `${id}:${language}` },
  );
  const catalogue = useOperatorResource((signal) =>
    api.get<ReasonCatalogue>('/admin/verification-reasons', { signal }),
  );

  const back = (
    <Link to="/admin/verifications" className="back-link">
      <BackIcon />
      {t('admin.nav.reviews')}
    </Link>
  );

  const verification = detail.data;
  if (!verification) {
    return (
      <section className="page console-page">
        {back}
        {detail.loading ? (
          <div className="card">
            <Loading />
          </div>
        ) : (
          <ErrorNotice error={detail.error} onRetry={detail.reload} />
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
  const changedSince = changedFields(verification, previous);
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
    <section className="page console-page case-page">
      {back}
      <header className="case-header">
        <div className="case-header__title">
          <h1>{subjectName}</h1>
          <StatusBadge status={verification.status} />
        </div>
        <p className="case-header__meta">
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

      <div className="case-layout">
        <div className="case-layout__main">
          <section className="card case-card" aria-labelledby="case-fields">
            <h2 id="case-fields" className="case-card__title">
              {t('console.case.fields')}
            </h2>
            <FieldList verification={verification} mark={mark} />
          </section>

          {verification.status === 'pending' ? (
            catalogue.data ? (
              <DecisionPanel
                verification={verification}
                catalogue={catalogue.data}
                onDecided={(next) => {
                  detail.setData(next);
                  setDecided(true);
                  window.scrollTo(0, 0);
                }}
              />
            ) : catalogue.loading ? (
              <div className="card">
                <Loading />
              </div>
            ) : (
              <ErrorNotice error={catalogue.error} onRetry={catalogue.reload} />
            )
          ) : (
            <p className="notice">{t('console.case.notPending')}</p>
          )}

          <History reviews={verification.reviews} />
        </div>

        <section className="case-layout__documents card case-card" aria-labelledby="case-docs">
          <h2 id="case-docs" className="case-card__title">
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

function DocumentView({ document, changed }: { document: VerificationDocument; changed: boolean }) {
  const t = useI18n().t;
  const label = t(documentLabels[document.type]);
  const isPdf = document.contentType === 'application/pdf';
  return (
    <figure className="case-document" data-testid={`document-${document.type}`}>
      <figcaption className="case-document__caption">
        <span className="case-document__label">
          {label}
          {changed && <span className="tag tag--ok">{t('console.case.changed')}</span>}
        </span>
        <a href={document.url} target="_blank" rel="noopener">
          {t(isPdf ? 'console.case.openPdf' : 'console.case.openImage')}
        </a>
      </figcaption>
      {isPdf ? (
        <iframe className="case-document__pdf" src={document.url} title={label} />
      ) : (
        <a href={document.url} target="_blank" rel="noopener" className="case-document__image">
          <img src={document.url} alt={label} />
        </a>
      )}
      {document.width && document.height ? (
        <p className="case-document__meta">
          {document.width} × {document.height} px
        </p>
      ) : null}
    </figure>
  );
}

const decisionLabels = {
  approve: 'console.decision.approved',
  reject: 'console.decision.rejected',
  request_changes: 'console.decision.changesRequested',
} as const;

function History({ reviews }: { reviews: Review[] }) {
  const { t, language } = useI18n();
  return (
    <section className="card case-card case-history" aria-labelledby="case-history">
      <h2 id="case-history" className="case-card__title">
        {t('console.case.history')}
      </h2>
      {reviews.length === 0 ? (
        <p className="case-card__empty">{t('console.case.noHistory')}</p>
      ) : (
        <ol className="history" data-testid="case-history">
          {[...reviews].reverse().map((review) => (
            <li key={review.id} className="history__item" data-decision={review.decision}>
              <p className="history__head">
                <strong>{t(decisionLabels[review.decision])}</strong>
                <span>
                  {review.operator.name} · {formatDateTime(review.decidedAt, language)}
                </span>
              </p>
              {review.reasons.length > 0 && (
                <ul className="history__reasons">
                  {review.reasons.map((reason) => (
                    <li key={`${reason.code}-${reason.field ?? ''}`}>
                      {reason.fieldLabel ? `${reason.fieldLabel}: ` : ''}
                      {reason.label}
                    </li>
                  ))}
                </ul>
              )}
              {review.note && <p className="history__note">{review.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The fields that differ from what the last decision was made on. */
function changedFields(verification: VerificationCase, previous: Review | null) {
  const changed = new Set<VerificationField>();
  const snapshot = previous ? snapshotOf(previous.snapshot) : null;
  if (!snapshot) return changed;
  const current = verification as unknown as Record<string, unknown>;
  const documents = verification.documents.map(({ type, uploadId }) => ({ type, uploadId }));
  const fields = verificationFields[verification.kind] as readonly VerificationField[];
  for (const field of fields) {
    if (
      rawFieldValue(current, documents, field) !==
      rawFieldValue(snapshot.details, snapshot.documents, field)
    ) {
      changed.add(field);
    }
  }
  return changed;
}
