import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { MoneyInput } from '../../ui/MoneyInput';
import { TextField } from '../../ui/TextField';
import { formatMoney, parseMajorUnits } from '../store/format';
import styles from './TransferDialogs.module.css';
import type { AdminPayment, RefundAnswer } from './types';

const reasonMaxLength = 500;

type Values = { refundAmount: string; refundReason: string; refundBankReference: string };

/** The form's field for each field the server may name. */
const serverFields: Record<string, keyof Values> = {
  amount: 'refundAmount',
  reason: 'refundReason',
  bankReference: 'refundBankReference',
};

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
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values>({
    defaultValues: { refundAmount: '', refundReason: '', refundBankReference: '' },
  });
  const refund = $api.useMutation('post', '/api/v1/admin/payments/{id}/refunds');
  const { errors, isSubmitting } = form.formState;
  const offline = payment.provider === 'offline';
  const required = (value: string) => value.trim() !== '' || t('ui.error.required');

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const answer = await refund.mutateAsync({
        params: { path: { id: payment.id } },
        body: {
          amount: {
            amount: parseMajorUnits(values.refundAmount, remaining.currency) ?? 0,
            currency: remaining.currency,
          },
          reason: values.refundReason.trim(),
          idempotencyKey,
          ...(offline ? { bankReference: values.refundBankReference.trim() } : {}),
        },
      });
      onRefunded(answer);
    } catch (error) {
      if (hasCode(error, 'payment.refund_exceeds_paid')) {
        form.setError('refundAmount', { type: 'server', message: error.message });
      } else if (!showServerErrors(error, form.setError, (field) => serverFields[field])) {
        setFailure(error);
      }
    }
  });

  return (
    <Dialog
      title={t('adminStores.refund.title')}
      description={t(
        offline ? 'adminStores.refund.descriptionOffline' : 'adminStores.refund.description',
      )}
      onClose={onClose}
    >
      <form
        className="dialog__form"
        onSubmit={(event) => void submit(event)}
        noValidate
        data-testid="refund-dialog"
      >
        <dl className={styles.due}>
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
          error={errors.refundAmount?.message}
        >
          {(control) => (
            <Controller
              control={form.control}
              name="refundAmount"
              rules={{
                validate: (value) => {
                  const wanted = parseMajorUnits(value, remaining.currency);
                  if (wanted === null || wanted <= 0)
                    return t('adminStores.payments.amountInvalid');
                  if (wanted > remaining.amount) {
                    return t('adminStores.refund.tooMuch', {
                      remaining: formatMoney(remaining, language),
                    });
                  }
                  return true;
                },
              }}
              render={({ field }) => (
                <MoneyInput
                  control={control}
                  name="refundAmount"
                  autoFocus
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          )}
        </Field>
        <TextField
          label={t('adminStores.refund.reason')}
          hint={t('adminStores.refund.reasonHint')}
          error={errors.refundReason?.message}
          type="textarea"
          rows={3}
          maxLength={reasonMaxLength}
          registration={form.register('refundReason', { validate: required })}
        />
        {offline && (
          <TextField
            label={t('adminStores.refund.bankReference')}
            hint={t('adminStores.refund.bankReferenceHint')}
            error={errors.refundBankReference?.message}
            autoComplete="off"
            maxLength={100}
            registration={form.register('refundBankReference', { validate: required })}
          />
        )}
        <ErrorNotice error={failure} />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={isSubmitting}>
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
