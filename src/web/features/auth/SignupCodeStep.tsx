import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Address, RichText } from '../../ui/RichText';
import type { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import type { Account } from './account';
import { CodeStepActions } from './CodeStepActions';
import { codeProblem } from './codeErrors';
import { FormCodeField } from './FormCodeField';

/** Sign-up's second step: the code sent to the new address creates the account. */
export function SignupCodeStep({
  channel,
  address,
  shownAddress,
  sender,
  onResend,
  onChangeAddress,
  onSignedUp,
}: {
  channel: 'email' | 'phone';
  address: Omit<RequestOf<'postAuthSignupVerify'>, 'code'>;
  shownAddress: string;
  sender: ReturnType<typeof useCodeSender>;
  onResend: () => void;
  onChangeAddress: () => void;
  onSignedUp: (account: Account) => void;
}) {
  const t = useT();
  const form = useForm({ defaultValues: { code: '' } });
  const verify = $api.useMutation('post', '/api/v1/auth/signup/verify');
  const [failure, setFailure] = useState<unknown>(null);

  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      onSignedUp(await verify.mutateAsync({ body: { ...address, code } }));
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) form.setError('code', { type: 'server', message: problem });
      setFailure(error);
    }
  });

  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={submit} noValidate>
        <h1 className="auth__title">{t('auth.code.title')}</h1>
        <p className="auth__subtitle">
          <RichText
            text={t(channel === 'email' ? 'auth.code.sentToEmail' : 'auth.code.sentToPhone')}
            values={{ address: <Address>{shownAddress}</Address> }}
          />
        </p>
        <ErrorNotice error={codeProblem(failure) ? null : failure} />
        <ErrorNotice error={sender.error} />
        <FormCodeField control={form.control} autoFocus />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={form.formState.isSubmitting}
        >
          {t('auth.code.createAccount')}
        </button>
        <CodeStepActions sender={sender} onChangeAddress={onChangeAddress} onResend={onResend} />
      </form>
    </AuthLayout>
  );
}
