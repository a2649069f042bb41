import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { type Column, cell } from '../../ui/list';
import { PaymentStatusBadge, TestModeBadge } from '../store/display';
import { formatDateTime, formatMoney } from '../store/format';
import { paymentFailureText } from '../store/paymentFailure';
import type { AdminPayment } from './types';

export type PaymentAction = 'confirm' | 'reject' | 'refund';

/** Who paid: the merchant (by name, else how they signed up) or a guest buyer. */
function Payer({ payment, t }: { payment: AdminPayment; t: Translate }) {
  const { payer, merchant } = payment;
  return (
    <>
      <span className={cell.main} title={payment.merchantId ?? undefined}>
        {payer.kind === 'guest'
          ? (payer.name ?? payer.email)
          : (merchant?.realName ?? merchant?.email ?? merchant?.phone ?? payer.id.slice(0, 8))}
      </span>
      {payer.kind === 'guest' && (
        <span className={cell.sub}>
          {t('adminStores.payments.guest')}
          {payer.name && ` · ${payer.email}`}
        </span>
      )}
      {merchant?.realName && (merchant.email ?? merchant.phone) && (
        <span className={cell.sub}>{merchant.email ?? merchant.phone}</span>
      )}
      <span className={cell.sub}>
        {t(
          payment.subject.type === 'store_purchase'
            ? 'adminStores.payments.forStore'
            : payment.subject.type === 'order'
              ? 'adminStores.payments.forOrder'
              : 'adminStores.payments.forOther',
        )}
      </span>
    </>
  );
}

/** What finance can do with a payment: confirm or reject a transfer, refund what was paid. */
function Actions({
  payment,
  t,
  onAction,
}: {
  payment: AdminPayment;
  t: Translate;
  onAction: (action: PaymentAction, payment: AdminPayment) => void;
}) {
  if (payment.provider === 'offline' && payment.status === 'awaiting_confirmation') {
    return (
      <div className="row-actions">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => onAction('confirm', payment)}
        >
          {t('adminStores.payments.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onAction('reject', payment)}
        >
          {t('adminStores.payments.reject')}
        </button>
      </div>
    );
  }
  if (payment.status === 'succeeded' && payment.refunded.amount < payment.amount.amount) {
    return (
      <div className="row-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onAction('refund', payment)}
        >
          {t('adminStores.payments.refund')}
        </button>
      </div>
    );
  }
  return null;
}

/** The finance queue's columns; the actions only for finance (`canAct`). */
export function paymentColumns({
  t,
  language,
  canAct,
  onAction,
}: {
  t: Translate;
  language: Language;
  canAct: boolean;
  onAction: (action: PaymentAction, payment: AdminPayment) => void;
}): Column<AdminPayment>[] {
  return [
    {
      key: 'reference',
      label: t('adminStores.payments.col.reference'),
      cell: (payment) => (
        <>
          <span className={`${cell.main} mono nowrap`}>{payment.reference ?? '—'}</span>
          <span className={cell.sub}>
            {t(payment.provider === 'offline' ? 'store.method.offline' : 'store.method.sandbox')}
            {payment.testMode && (
              <>
                {' '}
                <TestModeBadge />
              </>
            )}
          </span>
        </>
      ),
    },
    {
      key: 'merchant',
      label: t('adminStores.payments.col.merchant'),
      cell: (payment) => <Payer payment={payment} t={t} />,
    },
    {
      key: 'amount',
      label: t('adminStores.payments.col.amount'),
      className: cell.number,
      cell: (payment) => (
        <>
          <span className={cell.main}>{formatMoney(payment.amount, language)}</span>
          <span className={cell.sub}>
            {t('adminStores.payments.breakdown', {
              fee: formatMoney(payment.fee, language),
              deposit: formatMoney(payment.deposit, language),
            })}
          </span>
          {payment.refunded.amount > 0 && (
            <span className={cell.sub} data-testid="payment-refunded-amount">
              {t('adminStores.payments.refundedPart', {
                amount: formatMoney(payment.refunded, language),
              })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'created',
      label: t('adminStores.payments.col.created'),
      cell: (payment) => <span>{formatDateTime(payment.createdAt, language)}</span>,
    },
    {
      key: 'status',
      label: t('adminStores.payments.col.status'),
      cell: (payment) => {
        const failure = payment.status === 'failed' && paymentFailureText(payment, t);
        return (
          <>
            <PaymentStatusBadge status={payment.status} />
            {payment.bankReference && (
              <span className={`${cell.sub} mono`}>{payment.bankReference}</span>
            )}
            {failure && <span className={cell.sub}>{failure}</span>}
          </>
        );
      },
    },
    {
      key: 'action',
      label: t('adminStores.payments.col.action'),
      header: <span className="visually-hidden">{t('adminStores.payments.col.action')}</span>,
      unlabelled: true,
      className: cell.actions,
      cell: (payment) => (canAct ? <Actions payment={payment} t={t} onAction={onAction} /> : null),
    },
  ];
}
