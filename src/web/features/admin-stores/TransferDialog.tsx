import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { RichText } from '../../ui/RichText';
import { formatMoney } from '../store/format';
import styles from './TransferDialogs.module.css';
import type { AdminPayment } from './types';

/** The frame both transfer decisions share: which transfer, how much is due, its reference. */
export function TransferDialog({
  payment,
  title,
  description,
  onClose,
  onSubmit,
  children,
}: {
  payment: AdminPayment;
  title: MessageKey;
  description: MessageKey;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t, language } = useI18n();
  return (
    <Dialog
      title={
        <RichText
          text={t(title)}
          values={{ reference: <span className="nowrap">{payment.reference}</span> }}
        />
      }
      description={t(description)}
      onClose={onClose}
    >
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <dl className={styles.due}>
          <div>
            <dt>{t('adminStores.payments.dialog.due')}</dt>
            <dd data-testid="confirm-due">{formatMoney(payment.amount, language)}</dd>
          </div>
          <div>
            <dt>{t('adminStores.payments.col.reference')}</dt>
            <dd className="mono">{payment.reference}</dd>
          </div>
        </dl>
        {children}
      </form>
    </Dialog>
  );
}

export function DialogActions({
  submit,
  danger = false,
  busy,
  onClose,
}: {
  submit: string;
  danger?: boolean;
  busy: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button
        type="submit"
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        disabled={busy}
      >
        {submit}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('ui.cancel')}
      </button>
    </div>
  );
}
