import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { MoneyInput } from '../../ui/MoneyInput';
import { useOperatorAction } from '../admin/hooks';
import { formatMoney, parseMajorUnits } from '../store/format';
import type { AdminPayment, RefundAnswer } from './types';

const reasonMaxLength = 500;

/**
 * Refunding part or all of a succeeded payment. The dialog keeps one idempotency key while it is
 * open, so a second click or a retry after a lost answer is the same refund, never a second one.
 * A bank transfer is refunded by sending the money back first: finance enters that transfer's
 * reference.
 */
export function RefundDialog({
  payment,
  onClose,
  onRefunded,
}: {
  payment: AdminPayment;
  onClose: () => void;
  onRefunded: (answer: RefundAnswer) => void;
}) {
  const { t, language } = useI18n();
  const remaining = {
    amount: payment.amount.amount - payment.refunded.amount,
    currency: payment.amount.currency,
  };
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [bankReference, setBankReference] = useState('');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problems, setProblems] = useState<{
    amount?: string;
    reason?: string;
    bankReference?: string;
  }>({});
  const refund = useOperatorAction();
  const offline = payment.provider === 'offline';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wanted = parseMajorUnits(amount, remaining.currency);
    const local = {
      ...(wanted === null || wanted <= 0
        ? { amount: t('adminStores.payments.amountInvalid') }
        : wanted > remaining.amount
          ? {
              amount: t('adminStores.refund.tooMuch', {
                remaining: formatMoney(remaining, language),
              }),
            }
          : {}),
      ...(reason.trim() === '' ? { reason: t('ui.error.required') } : {}),
      ...(offline && bankReference.trim() === '' ? { bankReference: t('ui.error.required') } : {}),
    };
    setProblems(local);
    if (wanted === null || Object.keys(local).length > 0) return;
    const outcome = await refund.run(() =>
      api.post<RefundAnswer>(`/admin/payments/${payment.id}/refunds`, {
        amount: { amount: wanted, currency: remaining.currency },
        reason: reason.trim(),
        idempotencyKey,
        ...(offline ? { bankReference: bankReference.trim() } : {}),
      }),
    );
    if (outcome.ok) onRefunded(outcome.value);
  };

  const tooMuch = hasCode(refund.error, 'payment.refund_exceeds_paid')
    ? refund.error.message
    : null;
  return (
    <Dialog
      title={t('adminStores.refund.title')}
      description={t(
        offline ? 'adminStores.refund.descriptionOffline' : 'adminStores.refund.description',
      )}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate data-testid="refund-dialog">
        <dl className="confirm-due">
          <div>
            <dt>{t('adminStores.refund.paid')}</dt>
            <dd>{formatMoney(payment.amount, language)}</dd>
          </div>
          <div>
            <dt>{t('adminStores.refund.refunded')}</dt>
            <dd>{formatMoney(payment.refunded, language)}</dd>
          </div>
          <div>
            <dt>{t('adminStores.refund.remaining')}</dt>
            <dd data-testid="refund-remaining">{formatMoney(remaining, language)}</dd>
          </div>
        </dl>
        <Field
          label={t('adminStores.refund.amount')}
          hint={t('adminStores.refund.amountHint')}
          error={problems.amount ?? tooMuch ?? fieldError(refund.error, 'amount')}
        >
          {(control) => (
            <MoneyInput
              control={control}
              name="refundAmount"
              autoFocus
              value={amount}
              onChange={(value) => {
                setAmount(value);
                setProblems(({ amount: _stale, ...others }) => others);
              }}
            />
          )}
        </Field>
        <Field
          label={t('adminStores.refund.reason')}
          hint={t('adminStores.refund.reasonHint')}
          error={problems.reason ?? fieldError(refund.error, 'reason')}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input"
              name="refundReason"
              rows={3}
              maxLength={reasonMaxLength}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
        {offline && (
          <Field
            label={t('adminStores.refund.bankReference')}
            hint={t('adminStores.refund.bankReferenceHint')}
            error={problems.bankReference ?? fieldError(refund.error, 'bankReference')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="refundBankReference"
                autoComplete="off"
                maxLength={100}
                value={bankReference}
                onChange={(event) => setBankReference(event.target.value)}
              />
            )}
          </Field>
        )}
        {!tooMuch && (
          <ErrorNotice error={refund.error} fields={['amount', 'reason', 'bankReference']} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={refund.busy}>
            {t('adminStores.refund.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
