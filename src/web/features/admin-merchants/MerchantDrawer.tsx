import { useEffect, useId, useRef } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { CloseIcon } from '../../shell/icons';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { holdsAny } from '../admin/operator';
import { useOperator } from '../admin/session';
import { DepositStatement } from '../deposit/DepositStatement';
import { operatorStatement } from '../deposit/queries';
import styles from './MerchantDrawer.module.css';
import { AccountSection, StoreSection, VerificationSection } from './MerchantFacts';
import { GrowthSection, ProfileSection } from './MerchantProgress';
import { MerchantStatusBadge, merchantName } from './parts';
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

function Detail({ merchant }: { merchant: MerchantDetail }) {
  const operator = useOperator();
  return (
    <>
      <AccountSection merchant={merchant} />
      <VerificationSection verification={merchant.verification} />
      <StoreSection merchant={merchant} />
      {holdsAny(operator, ['finance', 'admin']) && (
        <DepositStatement pageSize={10} query={operatorStatement(merchant.id)} />
      )}
      <ProfileSection profile={merchant.businessProfile} />
      <GrowthSection growth={merchant.growth} />
    </>
  );
}
