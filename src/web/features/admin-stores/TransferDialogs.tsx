import { type FormEvent, type ReactNode, useState } from 'react';
import { api } from '../../api';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { ChoiceCards } from '../../ui/Choices';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, hasCode } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { MoneyInput } from '../../ui/MoneyInput';
import { RichText } from '../../ui/RichText';
import { useOperatorAction } from '../admin/hooks';
import { formatMoney, parseMajorUnits } from '../store/format';
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
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
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
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
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
        {children}
      </form>
    </Dialog>
  );
}

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
    <TransferDialog
      payment={payment}
      title="adminStores.payments.dialog.title"
      description="adminStores.payments.dialog.description"
      onClose={onClose}
      onSubmit={submit}
    >
      <Field
        label={t('adminStores.payments.dialog.amount')}
        hint={t('adminStores.payments.dialog.amountHint')}
        error={problems.amount ?? mismatch ?? fieldError(confirm.error, 'amountReceived')}
      >
        {(control) => (
          <MoneyInput
            control={control}
            name="amountReceived"
            autoFocus
            value={amount}
            onChange={setAmount}
          />
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
    <TransferDialog
      payment={payment}
      title="adminStores.payments.reject.title"
      description="adminStores.payments.reject.description"
      onClose={onClose}
      onSubmit={submit}
    >
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
    </TransferDialog>
  );
}
