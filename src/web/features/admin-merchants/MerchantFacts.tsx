import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DetailEmpty, DetailList, DetailRow } from '../../ui/DetailList';
import { formatPhone } from '../../ui/phone';
import { holdsAny } from '../admin/operator';
import { useOperator } from '../admin/session';
import { formatDate, formatDateTime, formatMoney } from '../store/format';
import styles from './MerchantDrawer.module.css';
import { StoreCell, VerificationBadges } from './parts';
import type { MerchantDetail } from './types';

// The facts of one merchant the drawer shows: the account, its verification and its store.

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.sectionTitle}>{title}</h3>
      {children}
    </section>
  );
}

/** A section's facts, as label and value. */
export function Facts({ children }: { children: ReactNode }) {
  return <DetailList className={styles.facts}>{children}</DetailList>;
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return <DetailRow label={label}>{children}</DetailRow>;
}

/** "None", greyed, for a fact the merchant has not given. */
export function useNone() {
  const { t } = useI18n();
  return <DetailEmpty>{t('merchants.detail.none')}</DetailEmpty>;
}

export function AccountSection({ merchant }: { merchant: MerchantDetail }) {
  const { t, language } = useI18n();
  const none = useNone();
  const verifiedTag = (verified: boolean) => (
    <span className={`tag ${verified ? 'tag--ok' : 'tag--muted'}`}>
      {t(verified ? 'merchants.detail.verified' : 'merchants.detail.unverified')}
    </span>
  );
  return (
    <Section title={t('merchants.detail.account')}>
      <Facts>
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
      </Facts>
    </Section>
  );
}

export function VerificationSection({
  verification,
}: {
  verification: MerchantDetail['verification'];
}) {
  const { t, language } = useI18n();
  const operator = useOperator();
  return (
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
        <Facts>
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
        </Facts>
      )}
    </Section>
  );
}

export function StoreSection({ merchant }: { merchant: MerchantDetail }) {
  const { t, language } = useI18n();
  const none = useNone();
  const { store } = merchant;
  const localName = (names: { nameEn: string; nameZh: string }) =>
    language === 'zh-CN' ? names.nameZh : names.nameEn;
  const depositShort = store !== null && merchant.deposit.amount < store.depositRequired.amount;
  return (
    <Section title={t('merchants.detail.store')}>
      {store ? (
        <Facts>
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
              <DetailEmpty>{t('merchants.detail.notPublished')}</DetailEmpty>
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
        </Facts>
      ) : (
        <>
          <p className={styles.note}>{t('merchants.detail.noStore')}</p>
          {merchant.deposit.amount !== 0 && (
            <Facts>
              <Row label={t('merchants.detail.deposit')}>
                {formatMoney(merchant.deposit, language)}
              </Row>
            </Facts>
          )}
        </>
      )}
    </Section>
  );
}
