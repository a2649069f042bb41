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
import { PasswordInput } from '../../ui/PasswordInput';
import { PhoneInput } from '../../ui/PhoneInput';
import { defaultCountry, displayPhone, type PhoneValue, phoneBody } from '../../ui/phone';
import { ResendButton } from '../../ui/ResendButton';
import { Address, RichText } from '../../ui/RichText';
import { Tabs } from '../../ui/Tabs';
import { useAction } from '../../ui/useAction';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import { type Account, type CodeSent, safeNextPath } from './account';
import { codeProblem } from './codeErrors';
import { useAuth } from './session';

type Method = 'password' | 'code';

/** Sign-in by e-mail or phone and password, or by phone and an SMS code. */
export function LoginPage() {
  const { t } = useI18n();
  usePageTitle('nav.signIn', 'app.sellerCenter');
  const [method, setMethod] = useState<Method>('password');
  // Someone sent here from a page that needs an account is told why.
  const cameForPage = safeNextPath(window.location.search) !== null;

  return (
    <AuthLayout>
      <div className="card auth__card">
        <h1 className="auth__title">{t('auth.login.title')}</h1>
        <p className="auth__subtitle">
          {t(cameForPage ? 'auth.login.sessionEnded' : 'auth.login.subtitle')}
        </p>
        <Tabs
          label={t('auth.login.tabs')}
          tabs={[
            { key: 'password', label: t('auth.login.tabPassword') },
            { key: 'code', label: t('auth.login.tabCode') },
          ]}
          selected={method}
          onSelect={setMethod}
        >
          {method === 'password' ? <PasswordLogin /> : <CodeLogin />}
        </Tabs>
        <p className="auth__footnote">
          {t('auth.login.noAccount')} <Link to="/signup">{t('auth.login.createAccount')}</Link>
        </p>
      </div>
    </AuthLayout>
  );
}

function PasswordLogin() {
  const { t } = useI18n();
  const auth = useAuth();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const login = useAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!identifier.trim()) problems.identifier = t('ui.error.required');
    if (!password) problems.password = t('ui.error.required');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await login.run(() =>
      api.post<Account>('/auth/login', { identifier: identifier.trim(), password }),
    );
    // The page's guard moves a signed-in merchant on.
    if (outcome.ok) auth.signedIn(outcome.value);
  };

  const errorFor = (field: string) => localErrors[field] ?? fieldError(login.error, field);
  return (
    <form className="auth__form" onSubmit={submit} noValidate>
      <ErrorNotice error={login.error} fields={['identifier', 'password']} />
      <Field
        label={t('auth.login.identifier')}
        hint={t('auth.login.identifierHint')}
        error={errorFor('identifier')}
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
      <Field
        label={t('auth.password')}
        error={errorFor('password')}
        action={
          <Link to="/forgot-password" className="field__action">
            {t('auth.login.forgot')}
          </Link>
        }
      >
        {(control) => (
          <PasswordInput
            control={control}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
          />
        )}
      </Field>
      <button type="submit" className="button button--primary button--block" disabled={login.busy}>
        {t('auth.login.submit')}
      </button>
    </form>
  );
}

function CodeLogin() {
  const { t, language } = useI18n();
  const auth = useAuth();
  const [phone, setPhone] = useState<PhoneValue>(() => ({
    country: defaultCountry(language),
    number: '',
  }));
  const [code, setCode] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sender = useCodeSender();
  const login = useAction();

  const sendCode = async () => {
    if (!phone.number.trim()) {
      setLocalErrors({ phone: t('ui.error.required') });
      return;
    }
    setLocalErrors({});
    const outcome = await sender.send(() =>
      api.post<CodeSent>('/auth/login/code/request', phoneBody(phone)),
    );
    if (outcome.ok) setSentTo(displayPhone(phone));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!phone.number.trim()) problems.phone = t('ui.error.required');
    if (!isCompleteCode(code)) problems.code = t('ui.code.invalidFormat');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await login.run(() =>
      api.post<Account>('/auth/login/code', { ...phoneBody(phone), code }),
    );
    if (outcome.ok) auth.signedIn(outcome.value);
  };

  const error = login.error ?? sender.error;
  const codeError = localErrors.code ?? codeProblem(login.error);
  return (
    <form className="auth__form" onSubmit={submit} noValidate>
      <ErrorNotice error={codeProblem(login.error) ? null : error} fields={['phone', 'code']} />
      <Field label={t('ui.phone.number')} error={localErrors.phone ?? fieldError(error, 'phone')}>
        {(control) => (
          <div className="inline-action">
            <PhoneInput control={control} value={phone} onChange={setPhone} />
            <ResendButton
              sent={sender.sent}
              secondsLeft={sender.secondsLeft}
              busy={sender.busy}
              onClick={() => void sendCode()}
            />
          </div>
        )}
      </Field>
      {sentTo && (
        <SuccessNotice>
          <RichText
            text={t('auth.login.codeSent')}
            values={{ phone: <Address>{sentTo}</Address> }}
          />
        </SuccessNotice>
      )}
      <CodeField value={code} onChange={setCode} error={codeError} />
      <button type="submit" className="button button--primary button--block" disabled={login.busy}>
        {t('auth.login.submit')}
      </button>
    </form>
  );
}
