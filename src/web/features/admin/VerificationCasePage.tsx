import './admin.css';
import '../verification/verification.css';
import { useState } from 'react';
import { api } from '../../api';
import { type Translate, useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { Link } from '../../router';
import { BackIcon } from '../../shell/icons';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import {
  documentLabels,
  fieldValue,
  formatDateTime,
  isVerificationField,
  kindLabels,
  reasonText,
} from '../verification/display';
import { FieldList } from '../verification/FieldList';
import type { Verification, VerificationDocument, VerificationField } from '../verification/types';
import { StatusBadge } from '../verification/VerifiedBadge';
import type { FieldChange, ReasonCatalogue, Review, VerificationCase } from './caseTypes';
import { DecisionPanel } from './DecisionPanel';
import { RequireRole } from './guards';
import { useOperatorResource } from './hooks';

/** The case id of a case page's path (`/admin/verifications/{uuid}`), else null. */
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
          {previous && <ChangesSinceLastRound changes={verification.changes} review={previous} />}

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
        {isPdf ? (
          <a href={document.url} download>
            {t('console.case.openPdf')}
          </a>
        ) : (
          <a href={document.url} target="_blank" rel="noopener">
            {t('console.case.openImage')}
          </a>
        )}
      </figcaption>
      {isPdf ? (
        // Served as a sandboxed download: a PDF never opens inside the console's origin.
        <a href={document.url} download className="case-document__pdf">
          <span className="case-document__pdf-badge" aria-hidden="true">
            PDF
          </span>
          <span>{t('console.case.pdfNote')}</span>
        </a>
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
                      {reasonText(reason, t)}
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

/**
 * What the merchant changed since the last decision, field by field: the old value struck
 * through beside the new one, a replaced document as links to both files.
 */
function ChangesSinceLastRound({ changes, review }: { changes: FieldChange[]; review: Review }) {
  const { t, language } = useI18n();
  return (
    <section className="card case-card" aria-labelledby="case-changes" data-testid="case-changes">
      <h2 id="case-changes" className="case-card__title">
        {t('console.case.changesTitle')}
      </h2>
      <p className="case-card__summary">
        {t('console.case.changesSince', { date: formatDateTime(review.decidedAt, language) })}
      </p>
      {changes.length === 0 ? (
        <p className="case-card__empty">{t('console.case.noChanges')}</p>
      ) : (
        <dl className="change-diff">
          {changes.map((change) => (
            <div key={change.field} className="change-diff__row" data-field={change.field}>
              <dt>{change.fieldLabel}</dt>
              <dd>
                {change.field.startsWith('documents.') ? (
                  <DocumentChange change={change} />
                ) : (
                  <>
                    <del className="change-diff__old">
                      {shownValue(change.field, change.before, language, t)}
                    </del>
                    <span className="change-diff__arrow" aria-hidden="true">
                      →
                    </span>
                    <ins className="change-diff__new">
                      {shownValue(change.field, change.after, language, t)}
                    </ins>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function DocumentChange({ change }: { change: FieldChange }) {
  const t = useI18n().t;
  const link = (value: unknown, label: string) => {
    const url = (value as { url?: unknown } | null)?.url;
    return typeof url === 'string' ? (
      <a href={url} target="_blank" rel="noopener">
        {label}
      </a>
    ) : (
      <span>—</span>
    );
  };
  return (
    <span className="change-diff__document">
      <span className="tag tag--ok">{t('console.case.replaced')}</span>
      {link(change.before, t('console.case.previousFile'))}
      <span className="change-diff__arrow" aria-hidden="true">
        →
      </span>
      {link(change.after, t('console.case.newFile'))}
    </span>
  );
}

/** A field's raw value from the API, read the way the field list reads it. */
function shownValue(field: string, value: unknown, language: Language, t: Translate): string {
  if (value === undefined || !isVerificationField(field)) return '—';
  const [head = '', tail] = field.split('.');
  // The representative's ID number comes with its type, as the form asks for both.
  const view =
    tail === undefined || field === 'legalRepresentative.idNumber'
      ? { [head]: value }
      : { [head]: { [tail]: value } };
  return fieldValue(view as Partial<Verification>, field, language, t) || '—';
}
