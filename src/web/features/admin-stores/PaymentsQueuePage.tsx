import '../admin/admin.css';
import './admin-stores.css';
import { useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { RequireRole } from '../admin/guards';
import { useOperatorResource } from '../admin/hooks';
import { useOperator } from '../admin/session';
import { PaymentStatusBadge, paymentStatusLabels, TestModeBadge } from '../store/display';
import { formatDateTime, formatMoney } from '../store/format';
import { paymentFailureText } from '../store/paymentFailure';
import type { PaymentStatus } from '../store/types';
import { RefundDialog } from './RefundDialog';
import { ConfirmDialog, RejectDialog } from './TransferDialogs';
import type { AdminPayment, PaymentPage, RefundAnswer } from './types';

const statuses: readonly PaymentStatus[] = [
  'awaiting_confirmation',
  'succeeded',
  'failed',
  'cancelled',
  'pending',
];
const pageSize = 50;

/** The finance queue (SPEC §4, §9): bank transfers merchants sent, to confirm on receipt. */
export function PaymentsQueuePage() {
  return (
    <RequireRole roles={['finance', 'admin']}>
      <PaymentsQueue />
    </RequireRole>
  );
}

function PaymentsQueue() {
  const { t, language } = useI18n();
  usePageTitle('adminStores.nav.payments', 'app.console');
  const operator = useOperator();
  const canConfirm = operator.roles.includes('finance');
  const [status, setStatus] = useState<PaymentStatus | ''>('awaiting_confirmation');
  const [confirming, setConfirming] = useState<AdminPayment | null>(null);
  const [confirmed, setConfirmed] = useState<AdminPayment | null>(null);
  const [rejecting, setRejecting] = useState<AdminPayment | null>(null);
  const [rejected, setRejected] = useState<AdminPayment | null>(null);
  const [refunding, setRefunding] = useState<AdminPayment | null>(null);
  const [refunded, setRefunded] = useState<RefundAnswer | null>(null);

  const query = () => {
    const params = new URLSearchParams({ limit: String(pageSize) });
    if (status) params.set('status', status);
    return params.toString();
  };
  const payments = useOperatorResource(
    (signal) => api.get<PaymentPage>(`/admin/payments?${query()}`, { signal }),
    { key: status },
  );

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('adminStores.nav.payments')}</h1>
        <p className="page__summary">{t('adminStores.payments.summary')}</p>
      </header>

      <div className="card filters payments-filters">
        <label className="filters__field">
          <span className="filters__label">{t('adminStores.payments.status')}</span>
          <select
            className="field__input"
            name="status"
            value={status}
            onChange={(event) => {
              setConfirmed(null);
              setRejected(null);
              setRefunded(null);
              setStatus(event.target.value as PaymentStatus | '');
            }}
          >
            {statuses.map((option) => (
              <option key={option} value={option}>
                {t(paymentStatusLabels[option])}
              </option>
            ))}
            <option value="">{t('adminStores.filter.all')}</option>
          </select>
        </label>
      </div>

      {confirmed && (
        <SuccessNotice>
          <span data-testid="payment-confirmed">
            {t('adminStores.payments.confirmed', {
              reference: confirmed.reference ?? '',
              amount: formatMoney(confirmed.amount, language),
            })}
          </span>
        </SuccessNotice>
      )}
      {rejected && (
        <SuccessNotice>
          <span data-testid="payment-rejected">
            {t('adminStores.payments.rejected', { reference: rejected.reference ?? '' })}
          </span>
        </SuccessNotice>
      )}
      {refunded && (
        <SuccessNotice>
          <span data-testid="payment-refunded">
            {t('adminStores.refund.done', {
              amount: formatMoney(refunded.refund.amount, language),
              reference: refunded.refund.providerReference ?? '—',
            })}
          </span>
        </SuccessNotice>
      )}
      {!canConfirm && status === 'awaiting_confirmation' && (
        <p className="notice">{t('adminStores.payments.financeOnly')}</p>
      )}

      {payments.data ? (
        <>
          <p className="list-count" aria-live="polite">
            {t('adminStores.payments.count', { count: payments.data.total })}
          </p>
          {payments.data.items.length === 0 ? (
            <div className="card empty-state" data-testid="payments-queue">
              <p>
                {t(
                  status === 'awaiting_confirmation'
                    ? 'adminStores.payments.emptyQueue'
                    : 'adminStores.payments.empty',
                )}
              </p>
            </div>
          ) : (
            <div className="card table-card">
              <table className="data-table" data-testid="payments-queue">
                <thead>
                  <tr>
                    <th scope="col">{t('adminStores.payments.col.reference')}</th>
                    <th scope="col">{t('adminStores.payments.col.merchant')}</th>
                    <th scope="col" className="data-table__number">
                      {t('adminStores.payments.col.amount')}
                    </th>
                    <th scope="col">{t('adminStores.payments.col.created')}</th>
                    <th scope="col">{t('adminStores.payments.col.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">
                        {t('adminStores.payments.col.action')}
                      </span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {payments.data.items.map((payment) => (
                    <tr key={payment.id} data-testid={`payment-${payment.reference ?? payment.id}`}>
                      <td data-label={t('adminStores.payments.col.reference')}>
                        <span className="cell-main mono nowrap">{payment.reference ?? '—'}</span>
                        <span className="cell-sub">
                          {t(
                            payment.provider === 'offline'
                              ? 'store.method.offline'
                              : 'store.method.sandbox',
                          )}
                          {payment.testMode && (
                            <>
                              {' '}
                              <TestModeBadge />
                            </>
                          )}
                        </span>
                      </td>
                      <td data-label={t('adminStores.payments.col.merchant')}>
                        <span className="cell-main" title={payment.merchantId ?? undefined}>
                          {payment.payer.kind === 'guest'
                            ? (payment.payer.name ?? payment.payer.email)
                            : (payment.merchant?.realName ??
                              payment.merchant?.email ??
                              payment.merchant?.phone ??
                              payment.payer.id.slice(0, 8))}
                        </span>
                        {payment.payer.kind === 'guest' && (
                          <span className="cell-sub">
                            {t('adminStores.payments.guest')}
                            {payment.payer.name && ` · ${payment.payer.email}`}
                          </span>
                        )}
                        {payment.merchant?.realName &&
                          (payment.merchant.email ?? payment.merchant.phone) && (
                            <span className="cell-sub">
                              {payment.merchant.email ?? payment.merchant.phone}
                            </span>
                          )}
                        <span className="cell-sub">
                          {t(
                            payment.subject.type === 'store_purchase'
                              ? 'adminStores.payments.forStore'
                              : 'adminStores.payments.forOther',
                          )}
                        </span>
                      </td>
                      <td
                        data-label={t('adminStores.payments.col.amount')}
                        className="data-table__number"
                      >
                        <span className="cell-main">{formatMoney(payment.amount, language)}</span>
                        <span className="cell-sub">
                          {t('adminStores.payments.breakdown', {
                            fee: formatMoney(payment.fee, language),
                            deposit: formatMoney(payment.deposit, language),
                          })}
                        </span>
                        {payment.refunded.amount > 0 && (
                          <span className="cell-sub" data-testid="payment-refunded-amount">
                            {t('adminStores.payments.refundedPart', {
                              amount: formatMoney(payment.refunded, language),
                            })}
                          </span>
                        )}
                      </td>
                      <td data-label={t('adminStores.payments.col.created')}>
                        <span>{formatDateTime(payment.createdAt, language)}</span>
                      </td>
                      <td data-label={t('adminStores.payments.col.status')}>
                        <PaymentStatusBadge status={payment.status} />
                        {payment.bankReference && (
                          <span className="cell-sub mono">{payment.bankReference}</span>
                        )}
                        {payment.status === 'failed' && paymentFailureText(payment, t) && (
                          <span className="cell-sub">{paymentFailureText(payment, t)}</span>
                        )}
                      </td>
                      <td className="data-table__actions">
                        {canConfirm &&
                          payment.provider === 'offline' &&
                          payment.status === 'awaiting_confirmation' && (
                            <div className="row-actions">
                              <button
                                type="button"
                                className="button button--primary button--small"
                                onClick={() => setConfirming(payment)}
                              >
                                {t('adminStores.payments.confirm')}
                              </button>
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                onClick={() => setRejecting(payment)}
                              >
                                {t('adminStores.payments.reject')}
                              </button>
                            </div>
                          )}
                        {canConfirm &&
                          payment.status === 'succeeded' &&
                          payment.refunded.amount < payment.amount.amount && (
                            <div className="row-actions">
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                onClick={() => {
                                  setRefunded(null);
                                  setRefunding(payment);
                                }}
                              >
                                {t('adminStores.payments.refund')}
                              </button>
                            </div>
                          )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : payments.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={payments.error} onRetry={payments.reload} />
      )}

      {confirming && (
        <ConfirmDialog
          payment={confirming}
          onClose={() => setConfirming(null)}
          onConfirmed={(payment) => {
            setConfirming(null);
            setRejected(null);
            setConfirmed(payment);
            payments.reload();
          }}
        />
      )}
      {refunding && (
        <RefundDialog
          payment={refunding}
          onClose={() => setRefunding(null)}
          onRefunded={(answer) => {
            setRefunding(null);
            setConfirmed(null);
            setRejected(null);
            setRefunded(answer);
            payments.reload();
          }}
        />
      )}
      {rejecting && (
        <RejectDialog
          payment={rejecting}
          onClose={() => setRejecting(null)}
          onRejected={(payment) => {
            setRejecting(null);
            setConfirmed(null);
            setRejected(payment);
            payments.reload();
          }}
        />
      )}
    </section>
  );
}
