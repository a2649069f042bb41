import '../admin/admin.css';
import './admin-stores.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ChoiceCards } from '../../ui/Choices';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError, hasCode } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { RichText } from '../../ui/RichText';
import { RequireRole } from '../admin/guards';
import { useOperatorAction, useOperatorResource } from '../admin/hooks';
import { useOperator } from '../admin/session';
import { PaymentStatusBadge, paymentStatusLabels, TestModeBadge } from '../store/display';
import { formatDateTime, formatMoney, parseMajorUnits } from '../store/format';
import { paymentFailureText } from '../store/paymentFailure';
import type { PaymentStatus } from '../store/types';
import type { AdminPayment, PaymentPage } from './types';

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
                        <span className="cell-main" title={payment.merchantId}>
                          {payment.merchant?.realName ??
                            payment.merchant?.email ??
                            payment.merchant?.phone ??
                            payment.merchantId.slice(0, 8)}
                        </span>
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

/**
 * Confirming a transfer: the amount that arrived and the bank's reference. The server accepts
 * only the exact amount due, and says so when it differs.
 */
function ConfirmDialog({
  payment,
  onClose,
  onConfirmed,
}: {
  payment: AdminPayment;
  onClose: () => void;
  onConfirmed: (payment: AdminPayment) => void;
}) {
  const { t, language } = useI18n();
  const [amount, setAmount] = useState('');
  const [bankReference, setBankReference] = useState('');
  const [problems, setProblems] = useState<{ amount?: string; bankReference?: string }>({});
  const confirm = useOperatorAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const received = parseMajorUnits(amount, payment.amount.currency);
    const local = {
      ...(received === null ? { amount: t('adminStores.payments.amountInvalid') } : {}),
      ...(bankReference.trim() === '' ? { bankReference: t('ui.error.required') } : {}),
    };
    setProblems(local);
    if (received === null || local.bankReference) return;
    const outcome = await confirm.run(() =>
      api.post<AdminPayment>(`/admin/payments/${payment.id}/confirm`, {
        amountReceived: { amount: received, currency: payment.amount.currency },
        bankReference: bankReference.trim(),
      }),
    );
    if (outcome.ok) onConfirmed(outcome.value);
  };

  const mismatch = hasCode(confirm.error, 'payment.amount_mismatch') ? confirm.error.message : null;
  return (
    <Dialog
      title={
        <RichText
          text={t('adminStores.payments.dialog.title')}
          values={{ reference: <span className="nowrap">{payment.reference}</span> }}
        />
      }
      description={t('adminStores.payments.dialog.description')}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <dl className="confirm-due">
          <div>
            <dt>{t('adminStores.payments.dialog.due')}</dt>
            <dd data-testid="confirm-due">{formatMoney(payment.amount, language)}</dd>
          </div>
          <div>
            <dt>{t('adminStores.payments.col.reference')}</dt>
            <dd className="mono">{payment.reference}</dd>
          </div>
        </dl>
        <Field
          label={t('adminStores.payments.dialog.amount')}
          hint={t('adminStores.payments.dialog.amountHint')}
          error={problems.amount ?? mismatch ?? fieldError(confirm.error, 'amountReceived')}
        >
          {(control) => (
            <span className="money-input">
              <span className="money-input__symbol" aria-hidden="true">
                ¥
              </span>
              <input
                {...control}
                className="field__input"
                name="amountReceived"
                inputMode="decimal"
                autoComplete="off"
                autoFocus
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
            </span>
          )}
        </Field>
        <Field
          label={t('adminStores.payments.dialog.bankReference')}
          hint={t('adminStores.payments.dialog.bankReferenceHint')}
          error={problems.bankReference ?? fieldError(confirm.error, 'bankReference')}
        >
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="bankReference"
              autoComplete="off"
              maxLength={100}
              value={bankReference}
              onChange={(event) => setBankReference(event.target.value)}
            />
          )}
        </Field>
        {!mismatch && (
          <ErrorNotice error={confirm.error} fields={['amountReceived', 'bankReference']} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={confirm.busy}>
            {t('adminStores.payments.dialog.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const rejectionReasons = ['wrong_payer', 'not_received', 'wrong_amount', 'other'] as const;
type RejectionReason = (typeof rejectionReasons)[number];
const rejectionLabels = {
  wrong_payer: 'adminStores.payments.reject.wrong_payer',
  not_received: 'adminStores.payments.reject.not_received',
  wrong_amount: 'adminStores.payments.reject.wrong_amount',
  other: 'adminStores.payments.reject.other',
} as const;
const rejectionNoteMaxLength = 500;

/**
 * Rejecting a transfer that cannot be confirmed: a reason picked from the usual ones or written
 * in the note. The merchant reads it on their store page and in an e-mail, and can pay again.
 */
function RejectDialog({
  payment,
  onClose,
  onRejected,
}: {
  payment: AdminPayment;
  onClose: () => void;
  onRejected: (payment: AdminPayment) => void;
}) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ reason?: string; note?: string }>({});
  const reject = useOperatorAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = {
      ...(reason === '' ? { reason: t('adminStores.payments.reject.reasonRequired') } : {}),
      ...(reason === 'other' && note.trim() === ''
        ? { note: t('adminStores.payments.reject.noteRequired') }
        : {}),
    };
    setProblems(local);
    if (reason === '' || local.note) return;
    const outcome = await reject.run(() =>
      api.post<AdminPayment>(`/admin/payments/${payment.id}/reject`, {
        reason,
        note: note.trim() || null,
      }),
    );
    if (outcome.ok) onRejected(outcome.value);
  };

  return (
    <Dialog
      title={
        <RichText
          text={t('adminStores.payments.reject.title')}
          values={{ reference: <span className="nowrap">{payment.reference}</span> }}
        />
      }
      description={t('adminStores.payments.reject.description')}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <dl className="confirm-due">
          <div>
            <dt>{t('adminStores.payments.dialog.due')}</dt>
            <dd>{formatMoney(payment.amount, language)}</dd>
          </div>
          <div>
            <dt>{t('adminStores.payments.col.reference')}</dt>
            <dd className="mono">{payment.reference}</dd>
          </div>
        </dl>
        <FieldGroup legend={t('adminStores.payments.reject.reason')} error={problems.reason}>
          <ChoiceCards
            name="rejection-reason"
            columns={1}
            value={reason}
            onChange={setReason}
            choices={rejectionReasons.map((value) => ({ value, label: t(rejectionLabels[value]) }))}
          />
        </FieldGroup>
        <Field
          label={t('adminStores.payments.reject.note')}
          hint={t('adminStores.payments.reject.noteHint')}
          optional={reason !== 'other'}
          error={problems.note ?? fieldError(reject.error, 'note')}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input"
              name="note"
              rows={3}
              maxLength={rejectionNoteMaxLength}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </Field>
        <ErrorNotice error={reject.error} fields={['note', 'reason']} />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={reject.busy}>
            {t('adminStores.payments.reject.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
