import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { MoneyInput } from '../../ui/MoneyInput';
import { TextField } from '../../ui/TextField';
import { parseMajorUnits } from '../store/format';
import { DialogActions, TransferDialog } from './TransferDialog';
import type { AdminPayment } from './types';

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
      <TextField
        label={t('adminStores.payments.dialog.bankReference')}
        hint={t('adminStores.payments.dialog.bankReferenceHint')}
        error={errors.bankReference?.message}
        autoComplete="off"
        maxLength={100}
        registration={form.register('bankReference', {
          validate: (value) => value.trim() !== '' || t('ui.error.required'),
        })}
      />
      <ErrorNotice error={failure} />
      <DialogActions
        submit={t('adminStores.payments.dialog.submit')}
        busy={isSubmitting}
        onClose={onClose}
      />
    </TransferDialog>
  );
}
