import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { CheckIcon } from '../../shell/icons';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { Address, RichText } from '../../ui/RichText';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import styles from './auth.module.css';
import { CodeStepActions } from './CodeStepActions';
import { codeProblem } from './codeErrors';
import { FormCodeField } from './FormCodeField';
import { IdentifierField } from './IdentifierField';
import { NewPasswordField } from './NewPasswordField';

type Step = 'identifier' | 'reset' | 'done';

/**
 * Password reset: the account's e-mail or phone gets a code; the code and a new password set it.
 * There is no sign-in at the end, by design: the merchant signs in with the new password.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle('auth.forgot.title', 'app.sellerCenter');
  const [step, setStep] = useState<Step>('identifier');
  const form = useForm({ defaultValues: { identifier: '' } });
  const sender = useCodeSender();
  const request = $api.useMutation('post', '/api/v1/auth/password-reset/request');
  const identifier = () => form.getValues('identifier').trim();

  const sendCode = async () => {
    const outcome = await sender.send(() =>
      request.mutateAsync({ body: { identifier: identifier() } }),
    );
    if (!outcome.ok) showServerErrors(outcome.error, form.setError, ['identifier']);
    return outcome;
  };

  const requestCode = form.handleSubmit(async () => {
    const outcome = await sendCode();
    if (outcome.ok) setStep('reset');
  });

  if (step === 'done') {
    return (
      <AuthLayout>
        <div className={`card auth__card ${styles.cardCenter}`}>
          <span className={styles.successMark}>
            <CheckIcon />
          </span>
          <h1 className="auth__title">{t('auth.forgot.doneTitle')}</h1>
          <p className="auth__subtitle">{t('auth.forgot.doneBody')}</p>
          <Link to="/login" className="button button--primary button--block">
            {t('auth.forgot.toLogin')}
          </Link>
        </div>
      </AuthLayout>
    );
  }

  if (step === 'reset') {
    return (
      <ResetStep
        identifier={identifier()}
        sender={sender}
        onResend={() => void sendCode()}
        onChangeAddress={() => setStep('identifier')}
        onDone={() => setStep('done')}
      />
    );
  }

  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={requestCode} noValidate>
        <h1 className="auth__title">{t('auth.forgot.title')}</h1>
        <p className="auth__subtitle">{t('auth.forgot.subtitle')}</p>
        <ErrorNotice error={sender.error} fields={['identifier']} />
        <IdentifierField
          error={form.formState.errors.identifier?.message}
          registration={form.register('identifier', {
            validate: (value) => value.trim() !== '' || t('ui.error.required'),
          })}
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={sender.busy || form.formState.isSubmitting}
        >
          {t('auth.forgot.send')}
        </button>
        <p className="auth__footnote">
          <Link to="/login">{t('auth.forgot.back')}</Link>
        </p>
      </form>
    </AuthLayout>
  );
}

/** The code sent to the account and the new password. */
function ResetStep({
  identifier,
  sender,
  onResend,
  onChangeAddress,
  onDone,
}: {
  identifier: string;
  sender: ReturnType<typeof useCodeSender>;
  onResend: () => void;
  onChangeAddress: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const form = useForm({ defaultValues: { code: '', password: '', signOutOtherSessions: true } });
  const reset = $api.useMutation('post', '/api/v1/auth/password-reset');
  const [failure, setFailure] = useState<unknown>(null);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await reset.mutateAsync({ body: { identifier, ...values } });
      onDone();
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) form.setError('code', { type: 'server', message: problem });
      showServerErrors(error, form.setError, ['password']);
      setFailure(error);
    }
  });

  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={submit} noValidate>
        <h1 className="auth__title">{t('auth.forgot.title')}</h1>
        <SuccessNotice>
          <RichText
            text={t('auth.forgot.codeSent')}
            values={{ identifier: <Address>{identifier}</Address> }}
          />
        </SuccessNotice>
        <ErrorNotice
          error={codeProblem(failure) ? null : (failure ?? sender.error)}
          fields={['password', 'code']}
        />
        <FormCodeField control={form.control} autoFocus />
        <NewPasswordField control={form.control} name="password" label="auth.newPassword" />
        <label className="checkbox">
          <input type="checkbox" {...form.register('signOutOtherSessions')} />
          <span>{t('auth.forgot.signOutOthers')}</span>
        </label>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={form.formState.isSubmitting}
        >
          {t('auth.forgot.submit')}
        </button>
        <CodeStepActions sender={sender} onChangeAddress={onChangeAddress} onResend={onResend} />
      </form>
    </AuthLayout>
  );
}
