import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { CodeField } from '../../ui/CodeField';
import { isCompleteCode } from '../../ui/CodeInput';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { Address, RichText } from '../../ui/RichText';
import { useAction } from '../../ui/useAction';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import type { CodeSent } from './account';
import { CodeStepActions } from './CodeStepActions';
import { codeProblem } from './codeErrors';
import { NewPasswordField, newPasswordProblem } from './NewPasswordField';

type Step = 'identifier' | 'reset' | 'done';

/**
 * Password reset: the account's e-mail or phone gets a code; the code and a new password set it.
 * There is no sign-in at the end, by design: the merchant signs in with the new password.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle('auth.forgot.title', 'app.sellerCenter');
  const [step, setStep] = useState<Step>('identifier');
  const [identifier, setIdentifier] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const sender = useCodeSender();
  const reset = useAction();

  const sendCode = () =>
    sender.send(() =>
      api.post<CodeSent>('/auth/password-reset/request', { identifier: identifier.trim() }),
    );

  const requestCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!identifier.trim()) {
      setLocalErrors({ identifier: t('ui.error.required') });
      return;
    }
    setLocalErrors({});
    const outcome = await sendCode();
    if (outcome.ok) setStep('reset');
  };

  const submitReset = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!isCompleteCode(code)) problems.code = t('ui.code.invalidFormat');
    const passwordProblem = newPasswordProblem(password);
    if (passwordProblem) problems.password = t(passwordProblem);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await reset.run(() =>
      api.post<void>('/auth/password-reset', {
        identifier: identifier.trim(),
        code,
        password,
        signOutOtherSessions: signOutOthers,
      }),
    );
    if (outcome.ok) setStep('done');
  };

  if (step === 'done') {
    return (
      <AuthLayout>
        <div className="card auth__card auth__card--center">
          <span className="success-mark" aria-hidden="true">
            ✓
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
    const codeError = localErrors.code ?? codeProblem(reset.error);
    return (
      <AuthLayout>
        <form className="card auth__card" onSubmit={submitReset} noValidate>
          <h1 className="auth__title">{t('auth.forgot.title')}</h1>
          <SuccessNotice>
            <RichText
              text={t('auth.forgot.codeSent')}
              values={{ identifier: <Address>{identifier.trim()}</Address> }}
            />
          </SuccessNotice>
          <ErrorNotice
            error={codeProblem(reset.error) ? null : (reset.error ?? sender.error)}
            fields={['password', 'code']}
          />
          <CodeField value={code} onChange={setCode} error={codeError} autoFocus />
          <NewPasswordField
            label="auth.newPassword"
            value={password}
            onChange={setPassword}
            error={localErrors.password ?? fieldError(reset.error, 'password')}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              name="signOutOtherSessions"
              checked={signOutOthers}
              onChange={(event) => setSignOutOthers(event.target.checked)}
            />
            <span>{t('auth.forgot.signOutOthers')}</span>
          </label>
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={reset.busy}
          >
            {t('auth.forgot.submit')}
          </button>
          <CodeStepActions
            sender={sender}
            onChangeAddress={() => {
              setStep('identifier');
              reset.reset();
            }}
            onResend={() => void sendCode()}
          />
        </form>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={requestCode} noValidate>
        <h1 className="auth__title">{t('auth.forgot.title')}</h1>
        <p className="auth__subtitle">{t('auth.forgot.subtitle')}</p>
        <ErrorNotice error={sender.error} fields={['identifier']} />
        <Field
          label={t('auth.login.identifier')}
          hint={t('auth.login.identifierHint')}
          error={localErrors.identifier ?? fieldError(sender.error, 'identifier')}
        >
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="identifier"
              type="text"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              placeholder={t('auth.login.identifierPlaceholder')}
              value={identifier}
              onChange={(event) => setIdentifier(event.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={sender.busy}
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
