import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ChoiceCards } from '../../ui/Choices';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { DialogActions, TransferDialog } from './TransferDialog';
import type { AdminPayment } from './types';

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
      <TextField
        label={t('adminStores.payments.reject.note')}
        hint={t('adminStores.payments.reject.noteHint')}
        optional={reason !== 'other'}
        error={errors.note?.message}
        type="textarea"
        rows={3}
        maxLength={rejectionNoteMaxLength}
        registration={form.register('note', {
          validate: (value, values) =>
            values.reason !== 'other' ||
            value.trim() !== '' ||
            t('adminStores.payments.reject.noteRequired'),
        })}
      />
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
