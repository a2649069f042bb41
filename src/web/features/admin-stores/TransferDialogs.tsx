import { type ReactNode, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { ChoiceCards } from '../../ui/Choices';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { MoneyInput } from '../../ui/MoneyInput';
import { RichText } from '../../ui/RichText';
import { formatMoney, parseMajorUnits } from '../store/format';
import styles from './TransferDialogs.module.css';
import type { AdminPayment } from './types';

/** The frame both transfer decisions share: which transfer, how much is due, its reference. */
function TransferDialog({
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

function DialogActions({
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

type ConfirmValues = { amountReceived: string; bankReference: string };

/**
 * Confirming a transfer: the amount that arrived and the bank's reference. The server accepts
 * only the exact amount due, and says so when it differs.
 */
export function ConfirmDialog({
  payment,
  onClose,
  onConfirmed,
}: {
  payment: AdminPayment;
  onClose: () => void;
  onConfirmed: (payment: AdminPayment) => void;
}) {
  const { t } = useI18n();
  const currency = payment.amount.currency;
  const form = useForm<ConfirmValues>({ defaultValues: { amountReceived: '', bankReference: '' } });
  const confirm = $api.useMutation('post', '/api/v1/admin/payments/{id}/confirm');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const confirmed = await confirm.mutateAsync({
        params: { path: { id: payment.id } },
        body: {
          amountReceived: {
            amount: parseMajorUnits(values.amountReceived, currency) ?? 0,
            currency,
          },
          bankReference: values.bankReference.trim(),
        },
      });
      onConfirmed(confirmed);
    } catch (error) {
      if (hasCode(error, 'payment.amount_mismatch')) {
        form.setError('amountReceived', { type: 'server', message: error.message });
      } else if (!showServerErrors(error, form.setError, ['amountReceived', 'bankReference'])) {
        setFailure(error);
      }
    }
  });

  return (
    <TransferDialog
      payment={payment}
      title="adminStores.payments.dialog.title"
      description="adminStores.payments.dialog.description"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Field
        label={t('adminStores.payments.dialog.amount')}
        hint={t('adminStores.payments.dialog.amountHint')}
        error={errors.amountReceived?.message}
      >
        {(control) => (
          <Controller
            control={form.control}
            name="amountReceived"
            rules={{
              validate: (value) =>
                parseMajorUnits(value, currency) !== null ||
                t('adminStores.payments.amountInvalid'),
            }}
            render={({ field }) => (
              <MoneyInput
                control={control}
                name="amountReceived"
                autoFocus
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        )}
      </Field>
      <Field
        label={t('adminStores.payments.dialog.bankReference')}
        hint={t('adminStores.payments.dialog.bankReferenceHint')}
        error={errors.bankReference?.message}
      >
        {(control) => (
          <input
            {...control}
            className="field__input"
            autoComplete="off"
            maxLength={100}
            {...form.register('bankReference', {
              validate: (value) => value.trim() !== '' || t('ui.error.required'),
            })}
          />
        )}
      </Field>
      <ErrorNotice error={failure} />
      <DialogActions
        submit={t('adminStores.payments.dialog.submit')}
        busy={isSubmitting}
        onClose={onClose}
      />
    </TransferDialog>
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

type RejectValues = { reason: RejectionReason | ''; note: string };

/**
 * Rejecting a transfer that cannot be confirmed: a reason picked from the usual ones or written
 * in the note. The merchant reads it on their store page and in an e-mail, and can pay again.
 */
export function RejectDialog({
  payment,
  onClose,
  onRejected,
}: {
  payment: AdminPayment;
  onClose: () => void;
  onRejected: (payment: AdminPayment) => void;
}) {
  const { t } = useI18n();
  const form = useForm<RejectValues>({ defaultValues: { reason: '', note: '' } });
  const reject = $api.useMutation('post', '/api/v1/admin/payments/{id}/reject');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;
  const reason = form.watch('reason');

  const submit = form.handleSubmit(async (values) => {
    if (values.reason === '') return;
    setFailure(null);
    try {
      const rejected = await reject.mutateAsync({
        params: { path: { id: payment.id } },
        body: { reason: values.reason, note: values.note.trim() || null },
      });
      onRejected(rejected);
    } catch (error) {
      if (!showServerErrors(error, form.setError, ['reason', 'note'])) setFailure(error);
    }
  });

  return (
    <TransferDialog
      payment={payment}
      title="adminStores.payments.reject.title"
      description="adminStores.payments.reject.description"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Controller
        control={form.control}
        name="reason"
        rules={{
          validate: (value) => value !== '' || t('adminStores.payments.reject.reasonRequired'),
        }}
        render={({ field }) => (
          <FieldGroup
            legend={t('adminStores.payments.reject.reason')}
            error={errors.reason?.message}
          >
            <ChoiceCards
              name="rejection-reason"
              columns={1}
              value={field.value}
              onChange={field.onChange}
              choices={rejectionReasons.map((value) => ({
                value,
                label: t(rejectionLabels[value]),
              }))}
            />
          </FieldGroup>
        )}
      />
      <Field
        label={t('adminStores.payments.reject.note')}
        hint={t('adminStores.payments.reject.noteHint')}
        optional={reason !== 'other'}
        error={errors.note?.message}
      >
        {(control) => (
          <textarea
            {...control}
            className="field__input"
            rows={3}
            maxLength={rejectionNoteMaxLength}
            {...form.register('note', {
              validate: (value, values) =>
                values.reason !== 'other' ||
                value.trim() !== '' ||
                t('adminStores.payments.reject.noteRequired'),
            })}
          />
        )}
      </Field>
      <ErrorNotice error={failure} />
      <DialogActions
        submit={t('adminStores.payments.reject.submit')}
        danger
        busy={isSubmitting}
        onClose={onClose}
      />
    </TransferDialog>
  );
}
