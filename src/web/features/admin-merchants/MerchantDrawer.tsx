import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { CloseIcon } from '../../shell/icons';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { holdsAny } from '../admin/operator';
import { useOperator } from '../admin/session';
import {
  answerLabel,
  answersText,
  profileFieldLabels,
  profileFields,
} from '../admin-growth/profileAnswers';
import { DepositStatement } from '../deposit/DepositStatement';
import { operatorStatement } from '../deposit/queries';
import { formatDate, formatDateTime, formatMoney } from '../store/format';
import styles from './MerchantDrawer.module.css';
import { MerchantStatusBadge, merchantName, StoreCell, VerificationBadges } from './parts';
import type { MerchantDetail } from './types';

/**
 * One merchant, in a panel over the directory: account, verification, store and deposit,
 * business profile and growth progress. Opening it is recorded in the audit log.
 */
export function MerchantDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const detail = $api.useQuery('get', '/api/v1/admin/merchants/{id}', {
    params: { path: { id } },
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const merchant = detail.data;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard closes it with Escape (onCancel)
    <dialog
      ref={ref}
      className={styles.drawer}
      aria-labelledby={titleId}
      data-testid="merchant-detail"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (outside the panel) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className={styles.panel}>
        <header className={styles.header}>
          <div className={styles.heading}>
            <p className={styles.eyebrow}>{t('merchants.detail.title')}</p>
            <h2 className={styles.title} id={titleId}>
              {merchant ? merchantName(merchant) : t('merchants.detail.title')}
            </h2>
            {merchant && (
              <p className={styles.tags}>
                <span className="tag tag--muted">
                  {t(`merchants.accountType.${merchant.accountType}`)}
                </span>
                <MerchantStatusBadge status={merchant.status} />
              </p>
            )}
          </div>
          <button
            type="button"
            className="dialog__close"
            aria-label={t('ui.close')}
            onClick={onClose}
          >
            <CloseIcon />
          </button>
        </header>
        <div className={styles.body}>
          {merchant ? (
            <Detail merchant={merchant} />
          ) : detail.isPending ? (
            <Loading />
          ) : (
            <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
          )}
        </div>
      </div>
    </dialog>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.sectionTitle}>{title}</h3>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Detail({ merchant }: { merchant: MerchantDetail }) {
  const { t, language } = useI18n();
  const operator = useOperator();
  const none = <span className="field-list__empty">{t('merchants.detail.none')}</span>;
  const verifiedTag = (verified: boolean) => (
    <span className={`tag ${verified ? 'tag--ok' : 'tag--muted'}`}>
      {t(verified ? 'merchants.detail.verified' : 'merchants.detail.unverified')}
    </span>
  );
  const { verification, store, businessProfile: profile, growth } = merchant;
  const localName = (names: { nameEn: string; nameZh: string }) =>
    language === 'zh-CN' ? names.nameZh : names.nameEn;
  const depositShort = store !== null && merchant.deposit.amount < store.depositRequired.amount;

  return (
    <>
      <Section title={t('merchants.detail.account')}>
        <dl className="field-list">
          <Row label={t('merchants.detail.email')}>
            {merchant.email ? (
              <>
                {merchant.email} {verifiedTag(merchant.emailVerified)}
              </>
            ) : (
              none
            )}
          </Row>
          <Row label={t('merchants.detail.phone')}>
            {merchant.phone ? (
              <>
                {formatPhone(merchant.phone)} {verifiedTag(merchant.phoneVerified)}
              </>
            ) : (
              none
            )}
          </Row>
          <Row label={t('merchants.detail.language')}>
            {merchant.locale === 'zh-CN' ? t('language.name.zh-CN') : t('language.name.en')}
          </Row>
          <Row label={t('merchants.detail.joined')}>
            {formatDateTime(merchant.createdAt, language)}
          </Row>
        </dl>
      </Section>

      <Section title={t('merchants.detail.verification')}>
        <div className={styles.line}>
          <VerificationBadges verification={verification} />
          {verification.caseId && holdsAny(operator, ['reviewer']) && (
            <Link
              to="/admin/verifications/$caseId"
              params={{ caseId: verification.caseId }}
              className={styles.link}
            >
              {t('merchants.detail.openCase')}
            </Link>
          )}
        </div>
        {verification.status === 'none' ? (
          <p className={styles.note}>{t('merchants.detail.noCase')}</p>
        ) : (
          <dl className="field-list">
            {verification.verifiedName && (
              <Row label={t('merchants.detail.verifiedName')}>{verification.verifiedName}</Row>
            )}
            {verification.verifiedAt && (
              <Row label={t('merchants.detail.verifiedAt')}>
                {formatDate(verification.verifiedAt, language)}
              </Row>
            )}
            {verification.submittedAt && (
              <Row label={t('merchants.detail.submittedAt')}>
                {formatDateTime(verification.submittedAt, language)}
              </Row>
            )}
          </dl>
        )}
      </Section>

      <Section title={t('merchants.detail.store')}>
        {store ? (
          <dl className="field-list">
            <Row label={t('merchants.detail.storeName')}>
              <StoreCell store={store} showSlug={false} />
            </Row>
            <Row label={t('merchants.detail.storeType')}>
              {localName(store.storeType)} · {localName(store.package)}
            </Row>
            <Row label={t('merchants.detail.storefront')}>
              {store.live && store.slug ? (
                <a href={`/s/${store.slug}`} target="_blank" rel="noreferrer" className="mono">
                  /s/{store.slug}
                </a>
              ) : (
                <span className="field-list__empty">{t('merchants.detail.notPublished')}</span>
              )}
            </Row>
            <Row label={t('merchants.detail.serviceEnds')}>
              {store.serviceEndsAt ? formatDate(store.serviceEndsAt, language) : none}
            </Row>
            <Row label={t('merchants.detail.deposit')}>
              <span data-testid="detail-deposit">{formatMoney(merchant.deposit, language)}</span>
              {depositShort && (
                <span className={`status status--warn ${styles.short}`}>
                  {t('merchants.detail.depositShort')}
                </span>
              )}
            </Row>
            <Row label={t('merchants.detail.depositRequired')}>
              {formatMoney(store.depositRequired, language)}
            </Row>
          </dl>
        ) : (
          <>
            <p className={styles.note}>{t('merchants.detail.noStore')}</p>
            {merchant.deposit.amount !== 0 && (
              <dl className="field-list">
                <Row label={t('merchants.detail.deposit')}>
                  {formatMoney(merchant.deposit, language)}
                </Row>
              </dl>
            )}
          </>
        )}
      </Section>

      {holdsAny(operator, ['finance', 'admin']) && (
        <DepositStatement pageSize={10} query={operatorStatement(merchant.id)} />
      )}

      <Section title={t('merchants.detail.profile')}>
        {profile ? (
          <dl className="field-list">
            {profileFields.map((field) => {
              const value = profile[field];
              return (
                <Row key={field} label={t(profileFieldLabels[field])}>
                  {typeof value === 'string'
                    ? answerLabel(field, value, t, language)
                    : value.length > 0
                      ? answersText(field, value, t, language)
                      : none}
                </Row>
              );
            })}
          </dl>
        ) : (
          <p className={styles.note}>{t('merchants.detail.noProfile')}</p>
        )}
      </Section>

      <Section title={t('merchants.detail.growth')}>
        <div className={styles.progress}>
          <div
            className={styles.progressBar}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={growth.progress}
            aria-label={t('merchants.detail.growth')}
          >
            <span style={{ width: `${growth.progress}%` }} />
          </div>
          <span className={styles.progressValue}>{growth.progress}%</span>
        </div>
        <p className={styles.note}>
          {t('merchants.detail.progress', { completed: growth.completed, total: growth.total })}
          {' · '}
          {growth.next
            ? t('merchants.detail.next', { title: growth.next.title })
            : t('merchants.detail.allDone')}
        </p>
        <ol className={styles.tasks} data-testid="growth-tasks">
          {growth.tasks.map((task) => (
            <li key={task.key} className={styles.task} data-done={task.done || undefined}>
              <span className={styles.mark} aria-hidden="true">
                {task.done ? '✓' : ''}
              </span>
              <span className={styles.taskTitle}>{task.title}</span>
              <span className="visually-hidden">
                {t(task.done ? 'merchants.detail.done' : 'merchants.detail.notDone')}
              </span>
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
