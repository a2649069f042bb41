import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useAccount, useAuth } from '../auth/session';
import { documentLabels, formatDateTime, kindLabels, reasonText } from './display';
import { FieldList } from './FieldList';
import type { Verification, VerificationKind } from './types';
import styles from './Verification.module.css';
import { VerificationForm } from './VerificationForm';
import { StatusBadge, VerifiedBadge } from './VerifiedBadge';
import { showVerification, useVerification } from './verificationState';

/** The merchant's real-name verification (SPEC §3): where it stands, and the form. */
export function VerificationPage() {
  const { t, language } = useI18n();
  usePageTitle('verification.title', 'app.sellerCenter');
  const account = useAccount();
  const { hasNo, nowHas } = useAuth();
  // Reason labels come in the language of the request, so a language switch asks again.
  // A new account has nothing to ask for: the form shows straight away.
  const query = useVerification(account.id);
  const [changing, setChanging] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const onSubmitted = (verification: Verification) => {
    showVerification(account.id, language, verification);
    nowHas('verification');
    setChanging(false);
    setSubmitted(true);
    window.scrollTo(0, 0);
  };

  const verification = hasNo('verification') ? null : query.data;
  let body: ReactNode;
  if (verification === undefined) {
    body = query.error ? (
      <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <div className="card">
        <Loading />
      </div>
    );
  } else {
    const status = verification?.status;
    const kind: VerificationKind = verification?.kind ?? account.accountType;
    const correcting = status === 'rejected' || status === 'changes_requested';
    const showForm = !verification || correcting || (status === 'approved' && changing);
    body = (
      <>
        {submitted && status === 'pending' && (
          <SuccessNotice>{t('verification.submitted')}</SuccessNotice>
        )}
        <StatusPanel
          verification={verification}
          kind={kind}
          onChange={status === 'approved' && !changing ? () => setChanging(true) : undefined}
        />
        {showForm ? (
          <div className={`card ${styles.card}`}>
            {status === 'approved' && <p className="notice">{t('verification.changeNotice')}</p>}
            <VerificationForm
              kind={kind}
              previous={verification}
              requested={
                verification?.status === 'changes_requested'
                  ? verification.reasons.filter((reason) => reason.field)
                  : []
              }
              onSubmitted={onSubmitted}
              onCancel={status === 'approved' ? () => setChanging(false) : undefined}
            />
          </div>
        ) : (
          verification && <SubmittedCard verification={verification} />
        )}
      </>
    );
  }

  return (
    <section className="page page--narrow verification-page">
      <header className="page__header">
        <h1>{t('verification.title')}</h1>
        <p className="page__summary">
          {t(
            account.accountType === 'enterprise'
              ? 'verification.summary.enterprise'
              : 'verification.summary.personal',
          )}
        </p>
      </header>
      <div className={styles.stack}>{body}</div>
    </section>
  );
}

/** Where the verification stands, and for a decision what the reviewer said. */
function StatusPanel({
  verification,
  kind,
  onChange,
}: {
  verification: Verification | null;
  kind: VerificationKind;
  onChange: (() => void) | undefined;
}) {
  const { t, language } = useI18n();
  if (!verification) {
    return (
      <div
        className={`card ${styles.statusPanel}`}
        data-testid="verification-status"
        data-status="none"
      >
        <div className={styles.statusHead}>
          <h2 className={styles.statusTitle}>{t('verification.none.title')}</h2>
          <span className="status status--muted">{t('verification.status.none')}</span>
        </div>
        <p className={styles.statusBody}>{t('verification.none.body')}</p>
        <ul className={styles.checklist}>
          {(kind === 'personal'
            ? (['verification.need.personal1', 'verification.need.personal2'] as const)
            : (['verification.need.enterprise1', 'verification.need.enterprise2'] as const)
          ).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
    );
  }

  const { status, verified } = verification;
  const submittedAt = formatDateTime(verification.submittedAt, language);
  const decidedAt = verification.decidedAt ? formatDateTime(verification.decidedAt, language) : '';
  return (
    <div
      className={`card ${styles.statusPanel}`}
      data-testid="verification-status"
      data-status={status}
      data-tone={status}
    >
      <div className={styles.statusHead}>
        <h2 className={styles.statusTitle}>{t(`verification.${statusTitle[status]}.title`)}</h2>
        <StatusBadge status={status} />
      </div>
      {status === 'approved' && verified ? (
        <div className={styles.statusVerified}>
          <VerifiedBadge />
          <p className={styles.statusBody}>
            {t('verification.approved.body', {
              name: verified.name,
              date: formatDateTime(verified.approvedAt, language),
            })}
          </p>
        </div>
      ) : (
        <p className={styles.statusBody}>
          {status === 'pending'
            ? t('verification.pending.body', { date: submittedAt })
            : status === 'rejected'
              ? t('verification.rejected.body', { date: decidedAt })
              : status === 'changes_requested'
                ? t('verification.changes_requested.body', { date: decidedAt })
                : ''}
        </p>
      )}
      {verified && status !== 'approved' && (
        <p className={styles.stillVerified}>
          <VerifiedBadge />
          <span>{t('verification.stillVerified', { name: verified.name })}</span>
        </p>
      )}
      {verification.reasons.length > 0 && (
        <ul className={styles.reasonList} data-testid="verification-reasons">
          {verification.reasons.map((reason) => (
            <li key={`${reason.code}-${reason.field ?? ''}`}>
              {reason.fieldLabel ? (
                <>
                  <strong>{reason.fieldLabel}</strong>
                  {t('verification.reasonSeparator')}
                  {reasonText(reason, t)}
                </>
              ) : (
                reasonText(reason, t)
              )}
            </li>
          ))}
        </ul>
      )}
      {verification.note && (
        <blockquote className={styles.reviewerNote}>
          <span className={styles.reviewerNoteLabel}>{t('verification.reviewerNote')}</span>
          {verification.note}
        </blockquote>
      )}
      {onChange && (
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={onChange}>
            {t('verification.change')}
          </button>
          <p className={styles.statusHint}>{t('verification.changeHint')}</p>
        </div>
      )}
    </div>
  );
}

const statusTitle = {
  draft: 'pending',
  pending: 'pending',
  approved: 'approved',
  rejected: 'rejected',
  changes_requested: 'changes_requested',
} as const;

/** What was submitted, read-only, while it is reviewed or once it is verified. */
function SubmittedCard({ verification }: { verification: Verification }) {
  const { t, language } = useI18n();
  return (
    <section className={`card ${styles.card}`} aria-labelledby="submitted-title">
      <div className={styles.cardHead}>
        <h2 id="submitted-title" className={styles.sectionTitle}>
          {t('verification.submittedDetails')}
        </h2>
        <span className={styles.cardMeta}>
          {t(kindLabels[verification.kind])} · {formatDateTime(verification.submittedAt, language)}
        </span>
      </div>
      <FieldList verification={verification} />
      <div className={styles.thumbs}>
        {verification.documents.map((document) => (
          <a
            key={document.uploadId}
            href={document.url}
            target="_blank"
            rel="noopener"
            className={`document-thumb ${styles.thumb}`}
          >
            {document.contentType === 'application/pdf' ? (
              <span className={styles.thumbPdf} aria-hidden="true">
                PDF
              </span>
            ) : (
              <img src={document.url} alt="" />
            )}
            <span className="document-thumb__label">{t(documentLabels[document.type])}</span>
          </a>
        ))}
      </div>
    </section>
  );
}
