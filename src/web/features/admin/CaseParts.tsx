import { type Translate, useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import {
  documentLabels,
  fieldValue,
  formatDateTime,
  isVerificationField,
  reasonText,
} from '../verification/display';
import type { Verification, VerificationDocument } from '../verification/types';
import type { FieldChange, Review } from './caseTypes';
import styles from './VerificationCase.module.css';

// The parts of a verification case page: a document, the decisions so far, what changed since.

export function DocumentView({
  document,
  changed,
}: {
  document: VerificationDocument;
  changed: boolean;
}) {
  const t = useI18n().t;
  const label = t(documentLabels[document.type]);
  const isPdf = document.contentType === 'application/pdf';
  return (
    <figure className={styles.document} data-testid={`document-${document.type}`}>
      <figcaption className={styles.caption}>
        <span className={styles.documentLabel}>
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
        <a href={document.url} download className={`case-document__pdf ${styles.pdf}`}>
          <span className={styles.pdfBadge} aria-hidden="true">
            PDF
          </span>
          <span>{t('console.case.pdfNote')}</span>
        </a>
      ) : (
        <a href={document.url} target="_blank" rel="noopener" className={styles.image}>
          <img src={document.url} alt={label} />
        </a>
      )}
      {document.width && document.height ? (
        <p className={styles.documentMeta}>
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

export function History({ reviews }: { reviews: Review[] }) {
  const { t, language } = useI18n();
  return (
    <section className={`card ${styles.card} ${styles.historyCard}`} aria-labelledby="case-history">
      <h2 id="case-history" className={styles.cardTitle}>
        {t('console.case.history')}
      </h2>
      {reviews.length === 0 ? (
        <p className={styles.empty}>{t('console.case.noHistory')}</p>
      ) : (
        <ol className={styles.history} data-testid="case-history">
          {[...reviews].reverse().map((review) => (
            <li key={review.id} className={styles.historyItem} data-decision={review.decision}>
              <p className={styles.historyHead}>
                <strong>{t(decisionLabels[review.decision])}</strong>
                <span>
                  {review.operator.name} · {formatDateTime(review.decidedAt, language)}
                </span>
              </p>
              {review.reasons.length > 0 && (
                <ul className={styles.historyReasons}>
                  {review.reasons.map((reason) => (
                    <li key={`${reason.code}-${reason.field ?? ''}`}>
                      {reason.fieldLabel ? `${reason.fieldLabel}: ` : ''}
                      {reasonText(reason, t)}
                    </li>
                  ))}
                </ul>
              )}
              {review.note && <p className={styles.historyNote}>{review.note}</p>}
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
export function ChangesSinceLastRound({
  changes,
  review,
}: {
  changes: FieldChange[];
  review: Review;
}) {
  const { t, language } = useI18n();
  return (
    <section
      className={`card ${styles.card}`}
      aria-labelledby="case-changes"
      data-testid="case-changes"
    >
      <h2 id="case-changes" className={styles.cardTitle}>
        {t('console.case.changesTitle')}
      </h2>
      <p className={styles.summary}>
        {t('console.case.changesSince', { date: formatDateTime(review.decidedAt, language) })}
      </p>
      {changes.length === 0 ? (
        <p className={styles.empty}>{t('console.case.noChanges')}</p>
      ) : (
        <dl className={styles.diff}>
          {changes.map((change) => (
            <div key={change.field} className={styles.diffRow} data-field={change.field}>
              <dt>{change.fieldLabel}</dt>
              <dd>
                {change.field.startsWith('documents.') ? (
                  <DocumentChange change={change} />
                ) : (
                  <>
                    <del className={styles.old}>
                      {shownValue(change.field, change.before, language, t)}
                    </del>
                    <span className={styles.arrow} aria-hidden="true">
                      →
                    </span>
                    <ins className={styles.new}>
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
    <span className={styles.documentChange}>
      <span className="tag tag--ok">{t('console.case.replaced')}</span>
      {link(change.before, t('console.case.previousFile'))}
      <span className={styles.arrow} aria-hidden="true">
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
