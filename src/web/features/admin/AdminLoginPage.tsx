import './admin.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Brand } from '../../shell/Brand';
import { usePageTitle } from '../../shell/usePageTitle';
import { CodeInput, isCompleteCode } from '../../ui/CodeInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { PasswordInput } from '../../ui/PasswordInput';
import { useAction } from '../../ui/useAction';
import { Redirect } from '../auth/guards';
import { type Operator, safeConsolePath } from './operator';
import { useOperatorAuth } from './session';

/** Operator sign-in: e-mail, password and the authenticator's current code, in one form. */
export function AdminLoginPage() {
  const t = useT();
  usePageTitle('console.login.title', 'app.console');
  const auth = useOperatorAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const login = useAction();
  const next = safeConsolePath(window.location.search);

  if (auth.status === 'signedIn') return <Redirect to={next ?? '/admin'} />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!email.trim()) problems.email = t('ui.error.required');
    if (!password) problems.password = t('ui.error.required');
    if (!isCompleteCode(totp)) problems.totp = t('console.login.totpFormat');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await login.run(() =>
      api.post<{ operator: Operator }>('/admin/auth/login', {
        email: email.trim(),
        password,
        totp,
      }),
    );
    // The code is spent either way (or was wrong): the next try needs the next one.
    setTotp('');
    if (outcome.ok) auth.signedIn(outcome.value.operator);
  };

  const errorFor = (field: string) => localErrors[field] ?? fieldError(login.error, field);
  return (
    <div className="auth console-login">
      <header className="auth__bar">
        <Brand to="/admin" context={t('app.console')} />
        <LanguageSwitch />
      </header>
      <main className="auth__main">
        <div className="card auth__card console-login__card">
          <h1 className="auth__title">{t('console.login.title')}</h1>
          <p className="auth__subtitle">
            {t(next ? 'console.login.sessionEnded' : 'console.login.subtitle')}
          </p>
          <form className="console-form" onSubmit={submit} noValidate>
            <ErrorNotice error={login.error} fields={['email', 'password', 'totp']} />
            {hasCode(login.error, 'auth.invalid_credentials') && (
              <p className="console-login__help">{t('console.login.invalidHelp')}</p>
            )}
            <Field label={t('console.login.email')} error={errorFor('email')}>
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  name="email"
                  type="email"
                  autoComplete="username"
                  autoCapitalize="off"
                  spellCheck={false}
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              )}
            </Field>
            <Field label={t('console.login.password')} error={errorFor('password')}>
              {(control) => (
                <PasswordInput
                  control={control}
                  value={password}
                  onChange={setPassword}
                  autoComplete="current-password"
                />
              )}
            </Field>
            <Field
              label={t('console.login.totp')}
              hint={t('console.login.totpHint')}
              error={errorFor('totp')}
            >
              {(control) => (
                <CodeInput control={control} value={totp} onChange={setTotp} name="totp" />
              )}
            </Field>
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={login.busy}
            >
              {t('console.login.submit')}
            </button>
          </form>
          <p className="auth__footnote">{t('console.login.footnote')}</p>
        </div>
      </main>
    </div>
  );
}
