import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n';
import { Icon } from '../../shell/icons';
import { useAuth } from '../auth/session';
import { statusLabels, statusTones } from './display';
import type { VerificationStatus } from './types';
import styles from './VerifiedBadge.module.css';
import { useMerchantVerification } from './verificationState';

function ShieldCheck() {
  return (
    <Icon>
      <path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6z" />
      <path d="m8.5 12 2.5 2.5 4.5-5" />
    </Icon>
  );
}

/** The verified badge (SPEC §3): the merchant's identity was approved by the platform. */
export function VerifiedBadge({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <span
      className={styles.badge}
      data-compact={compact || undefined}
      data-testid="verified-badge"
      title={t('verification.badge.title')}
    >
      <ShieldCheck />
      <span className={styles.text}>{t('verification.badge')}</span>
    </span>
  );
}

/** The seller header's badge: shown once the signed-in merchant is verified, linking to it. */
export function HeaderVerifiedBadge() {
  const auth = useAuth();
  const verification = useMerchantVerification(auth.account?.id ?? null);
  if (!verification?.verified) return null;
  return (
    <Link to="/verification" className={styles.link}>
      <VerifiedBadge compact />
    </Link>
  );
}

export function StatusBadge({ status }: { status: VerificationStatus }) {
  const t = useT();
  return (
    <span className={`status ${statusTones[status]}`} data-status={status}>
      {t(statusLabels[status])}
    </span>
  );
}
