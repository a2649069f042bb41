import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { fieldLabels, fieldSentence, reasonText } from './display';
import { initialValues, type KycValues, requestBody, serverFieldsOf } from './formValues';
import { EnterpriseFields, PersonalFields } from './KycSections';
import type { KycKit } from './kycKit';
import type { DecisionReason, Verification, VerificationField, VerificationKind } from './types';
import styles from './Verification.module.css';

/**
 * The verification form of the merchant's account type (SPEC §3), filled in with the previous
 * submission when there is one, and the fields a reviewer asked to change marked.
 */
export function VerificationForm({
  kind,
  previous,
  requested,
  onSubmitted,
  onCancel,
}: {
  kind: VerificationKind;
  previous: Verification | null;
  /** The reasons of a request for changes that name a field. */
  requested: DecisionReason[];
  onSubmitted: (verification: Verification) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<KycValues>({
    defaultValues: initialValues(previous),
    // The first marked field is scrolled to the middle of the screen (focusFirstProblem).
    shouldFocusError: false,
  });
  const submit = $api.useMutation('post', '/api/v1/me/verification');
  const [failure, setFailure] = useState<unknown>(null);
  /** Some fields were left empty: said above the form as well as beside each. */
  const [incomplete, setIncomplete] = useState(false);
  const country = form.watch('country');
  const serverFields = serverFieldsOf(kind);

  const label = (field: VerificationField) =>
    field === 'registrationNumber' && country === 'CN'
      ? t('verification.field.creditCode')
      : t(fieldLabels[field]);

  const kit: KycKit = {
    form,
    label,
    errorOf: (field: FieldPath<KycValues>) =>
      form.getFieldState(field, form.formState).error?.message,
    requestNote: (field) => {
      const reasons = requested.filter((reason) => reason.field === field);
      if (reasons.length === 0) return null;
      return (
        <span className={styles.requestedNote} data-testid={`requested-${field}`}>
          {t('verification.requested', {
            reason: reasons.map((reason) => reasonText(reason, t)).join('; '),
          })}
        </span>
      );
    },
    isRequested: (field) => requested.some((reason) => reason.field === field) || undefined,
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setIncomplete(false);
      setFailure(null);
      try {
        onSubmitted(await submit.mutateAsync({ body: requestBody(kind, values) }));
      } catch (error) {
        if (showServerErrors(error, form.setError, serverFields)) {
          // The server's problem reads as a predicate; beside the field it is said with its name.
          for (const field of serverFields) {
            const message = form.getFieldState(field).error?.message;
            if (message) {
              form.setError(field, {
                type: 'server',
                message: fieldSentence(label(field), message, t),
              });
            }
          }
        }
        setFailure(error);
        focusFirstProblem();
      }
    },
    () => {
      setFailure(null);
      setIncomplete(true);
      focusFirstProblem();
    },
  );

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="verification-form">
      <ErrorNotice error={failure} fields={[...serverFields, 'documents']} />
      {incomplete && (
        <div className="alert alert--error" role="alert">
          {t('ui.error.checkFields')}
        </div>
      )}
      {kind === 'personal' ? <PersonalFields kit={kit} /> : <EnterpriseFields kit={kit} />}
      <div className={`form-actions ${styles.actions}`}>
        <button
          type="submit"
          className="button button--primary"
          disabled={form.formState.isSubmitting}
        >
          {t(
            previous && previous.status !== 'approved'
              ? 'verification.resubmit'
              : 'verification.submit',
          )}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
        )}
        <p className={styles.privacy}>{t('verification.privacy')}</p>
      </div>
    </form>
  );
}

/** After a refused submission, the first marked field gets the focus (and scrolls into view). */
function focusFirstProblem() {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(
      '[data-testid=verification-form] [aria-invalid="true"], [data-testid=verification-form] .alert',
    );
    target?.scrollIntoView({ block: 'center' });
    if (target?.matches('input, select, textarea')) target.focus({ preventScroll: true });
  });
}
