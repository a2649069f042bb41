import { useT } from '../../i18n/i18n';
import { cell } from '../../ui/list';
import { formatPhone } from '../../ui/phone';
import { StoreStatusBadge, TestModeBadge } from '../store/display';
import { StatusBadge, VerifiedBadge } from '../verification/VerifiedBadge';
import styles from './merchants.module.css';
import type { DirectoryEntry, MerchantStatus } from './types';

/** Someone to call the merchant by: the real name, else how they signed up. */
export function merchantName(merchant: Pick<DirectoryEntry, 'realName' | 'email' | 'phone'>) {
  return merchant.realName ?? merchant.email ?? (merchant.phone ? formatPhone(merchant.phone) : '');
}

const merchantStatusTones: Record<MerchantStatus, string> = {
  active: 'status--ok',
  suspended: 'status--danger',
  closed: 'status--muted',
};

export function MerchantStatusBadge({ status }: { status: MerchantStatus }) {
  const t = useT();
  return (
    <span className={`status ${merchantStatusTones[status]}`} data-status={status}>
      {t(`merchants.status.${status}`)}
    </span>
  );
}

/**
 * The verified badge when an approved identity stands; beside it (or alone) the newest case's
 * state when that says more: a change under review, a rejection, nothing submitted.
 */
export function VerificationBadges({
  verification,
}: {
  verification: DirectoryEntry['verification'];
}) {
  const t = useT();
  const { status, verified } = verification;
  return (
    <span className={styles.badges} data-testid="verification" data-status={status}>
      {verified && <VerifiedBadge />}
      {status === 'none' ? (
        <span className="status status--muted">{t('merchants.verification.none')}</span>
      ) : (
        !(verified && status === 'approved') && <StatusBadge status={status} />
      )}
    </span>
  );
}

/** The store's name, status and address, or that there is none. */
export function StoreCell({
  store,
  showSlug = true,
}: {
  store: DirectoryEntry['store'];
  showSlug?: boolean;
}) {
  const t = useT();
  if (!store) return <span className={cell.sub}>{t('merchants.noStore')}</span>;
  return (
    <span className={styles.storeCell} data-testid="store">
      <span className={cell.main}>
        {store.name ?? <span className={styles.unnamed}>{t('merchants.unnamedStore')}</span>}
      </span>
      {showSlug && store.slug && <span className={`${cell.sub} mono`}>/s/{store.slug}</span>}
      <span className={styles.badges}>
        <StoreStatusBadge status={store.status} />
        {store.testMode && <TestModeBadge />}
      </span>
    </span>
  );
}
