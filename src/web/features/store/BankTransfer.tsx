import { useEffect, useState } from 'react';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatMoney, formatTime } from './format';
import styles from './PaymentPanel.module.css';
import card from './StoreCard.module.css';
import { isOpenPayment, type Payment } from './types';

/**
 * Offline: the reference code, amount and the platform's bank account; then the payment is
 * asked about every few seconds (and whenever the tab comes back) until finance confirms it.
 */
export function BankTransfer({
  payment,
  purpose,
  checkedAt,
  pollError,
}: {
  payment: Payment;
  purpose: 'open' | 'renewal';
  /** When the payment was last heard of (ms). */
  checkedAt: number;
  pollError: unknown;
}) {
  const { t, language } = useI18n();
  const open = isOpenPayment(payment);

  const instructions = payment.instructions;
  const account = instructions?.bankAccount;
  const accountMissing = !account?.accountNumber;
  return (
    <div className={styles.transfer}>
      <p className={card.summary}>
        {t('store.payment.transfer.intro', { amount: formatMoney(payment.amount, language) })}
      </p>
      {instructions && (
        <div className={styles.box}>
          <div className={styles.reference}>
            <span className={styles.referenceLabel}>{t('store.payment.transfer.reference')}</span>
            <span className={styles.code} data-testid="payment-reference">
              {instructions.reference}
            </span>
            <CopyButton text={instructions.reference} />
          </div>
          <dl className={styles.details}>
            <div>
              <dt>{t('store.payment.transfer.amount')}</dt>
              <dd>
                <strong>{formatMoney(instructions.amount, language)}</strong>
              </dd>
            </div>
            {account && !accountMissing && (
              <>
                <div>
                  <dt>{t('store.payment.transfer.accountName')}</dt>
                  <dd>{account.accountName}</dd>
                </div>
                <div>
                  <dt>{t('store.payment.transfer.bankName')}</dt>
                  <dd>{account.bankName}</dd>
                </div>
                <div>
                  <dt>{t('store.payment.transfer.accountNumber')}</dt>
                  <dd className={styles.number}>
                    <span>{account.accountNumber}</span>
                    <CopyButton text={account.accountNumber} />
                  </dd>
                </div>
                {account.swift && (
                  <div>
                    <dt>{t('store.payment.transfer.swift')}</dt>
                    <dd>{account.swift}</dd>
                  </div>
                )}
              </>
            )}
          </dl>
          {accountMissing && <p className="notice">{t('store.payment.transfer.noAccount')}</p>}
        </div>
      )}
      {open && (
        <div className={styles.waiting} role="status" data-testid="payment-waiting">
          <span className="spinner" aria-hidden="true" />
          <div>
            <p className={styles.waitingTitle}>{t('store.payment.transfer.waiting')}</p>
            <p className={styles.waitingBody}>
              {t(
                purpose === 'renewal'
                  ? 'store.payment.transfer.waitingRenewal'
                  : 'store.payment.transfer.waitingBody',
                {
                  time: formatTime(new Date(checkedAt).toISOString(), language),
                },
              )}
            </p>
          </div>
        </div>
      )}
      {pollError ? <ErrorNotice error={pollError} /> : null}
    </div>
  );
}

/** Copies a code or number; hidden where the browser offers no clipboard (plain http). */
export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className={styles.copy}
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => undefined,
        )
      }
    >
      {t(copied ? 'store.copied' : 'store.copy')}
    </button>
  );
}
