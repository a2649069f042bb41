import './verification.css';
import { type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useAccount, useAuth } from '../auth/session';
import { useMerchantResource } from '../auth/useMerchantResource';
import { documentLabels, formatDateTime, kindLabels, reasonText } from './display';
import { FieldList } from './FieldList';
import type { Verification, VerificationKind } from './types';
import { VerificationForm } from './VerificationForm';
import { StatusBadge, VerifiedBadge } from './VerifiedBadge';
import { fetchVerification, publishVerification } from './verificationState';

/** The merchant's real-name verification (SPEC §3): where it stands, and the form. */
export function VerificationPage() {
  const { t, language } = useI18n();
  usePageTitle('verification.title', 'app.sellerCenter');
  const account = useAccount();
  const { hasNo, nowHas } = useAuth();
  // Reason labels come in the language of the request, so a language switch loads them again.
  // A new account has nothing to ask for: the form shows straight away.
  const resource = useMerchantResource(
    async (signal) => (hasNo('verification') ? null : fetchVerification(signal)),
    { key: language },
  );
  const [changing, setChanging] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    if (resource.data !== undefined) publishVerification(account.id, resource.data);
  }, [account.id, resource.data]);

  const onSubmitted = (verification: Verification) => {
    nowHas('verification');
    resource.setData(verification);
    setChanging(false);
    setSubmitted(true);
    window.scrollTo(0, 0);
  };

  const verification = resource.data;
  let body: ReactNode;
  if (verification === undefined) {
    body = resource.loading ? (
      <div className="card">
        <Loading />
      </div>
    ) : (
      <ErrorNotice error={resource.error} onRetry={resource.reload} />
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
          <div className="card kyc-card">
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
      <div className="verification-stack">{body}</div>
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
      <div className="card status-panel" data-testid="verification-status" data-status="none">
        <div className="status-panel__head">
          <h2 className="status-panel__title">{t('verification.none.title')}</h2>
          <span className="status status--muted">{t('verification.status.none')}</span>
        </div>
        <p className="status-panel__body">{t('verification.none.body')}</p>
        <ul className="checklist">
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
      className="card status-panel"
      data-testid="verification-status"
      data-status={status}
      data-tone={status}
    >
      <div className="status-panel__head">
        <h2 className="status-panel__title">{t(`verification.${statusTitle[status]}.title`)}</h2>
        <StatusBadge status={status} />
      </div>
      {status === 'approved' && verified ? (
        <div className="status-panel__verified">
          <VerifiedBadge />
          <p className="status-panel__body">
            {t('verification.approved.body', {
              name: verified.name,
              date: formatDateTime(verified.approvedAt, language),
            })}
          </p>
        </div>
      ) : (
        <p className="status-panel__body">
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
        <p className="status-panel__still-verified">
          <VerifiedBadge />
          <span>{t('verification.stillVerified', { name: verified.name })}</span>
        </p>
      )}
      {verification.reasons.length > 0 && (
        <ul className="reason-list" data-testid="verification-reasons">
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
        <blockquote className="reviewer-note">
          <span className="reviewer-note__label">{t('verification.reviewerNote')}</span>
          {verification.note}
        </blockquote>
      )}
      {onChange && (
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={onChange}>
            {t('verification.change')}
          </button>
          <p className="status-panel__hint">{t('verification.changeHint')}</p>
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
    <section className="card kyc-card" aria-labelledby="submitted-title">
      <div className="kyc-card__head">
        <h2 id="submitted-title" className="kyc-section__title">
          {t('verification.submittedDetails')}
        </h2>
        <span className="kyc-card__meta">
          {t(kindLabels[verification.kind])} · {formatDateTime(verification.submittedAt, language)}
        </span>
      </div>
      <FieldList verification={verification} />
      <div className="document-thumbs">
        {verification.documents.map((document) => (
          <a
            key={document.uploadId}
            href={document.url}
            target="_blank"
            rel="noopener"
            className="document-thumb"
          >
            {document.contentType === 'application/pdf' ? (
              <span className="document-thumb__pdf" aria-hidden="true">
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
