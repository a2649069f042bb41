import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Brand } from '../../shell/Brand';
import { usePageTitle } from '../../shell/usePageTitle';
import { CodeInput, isCompleteCode } from '../../ui/CodeInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { PasswordInput } from '../../ui/PasswordInput';
import { TextField } from '../../ui/TextField';
import { Redirect } from '../auth/guards';
import styles from './AdminLoginPage.module.css';
import { useOperatorAuth } from './session';

const loginRoute = getRouteApi('/admin/login');
const fields = ['email', 'password', 'totp'] as const;
type Values = { email: string; password: string; totp: string };

/** Operator sign-in: e-mail, password and the authenticator's current code, in one form. */
export function AdminLoginPage() {
  const t = useT();
  usePageTitle('console.login.title', 'app.console');
  const auth = useOperatorAuth();
  const { next } = loginRoute.useSearch();
  const form = useForm<Values>({ defaultValues: { email: '', password: '', totp: '' } });
  const login = $api.useMutation('post', '/api/v1/admin/auth/login');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;

  if (auth.status === 'signedIn') return <Redirect to={next ?? '/admin'} />;

  const submit = form.handleSubmit(async ({ email, password, totp }) => {
    setFailure(null);
    try {
      const { operator } = await login.mutateAsync({
        body: { email: email.trim(), password, totp },
      });
      auth.signedIn(operator);
    } catch (error) {
      showServerErrors(error, form.setError, fields);
      setFailure(error);
    } finally {
      // The code is spent either way (or was wrong): the next try needs the next one.
      form.setValue('totp', '');
    }
  });

  const required = t('ui.error.required');
  return (
    <div className={`auth ${styles.page}`}>
      <header className="auth__bar">
        <Brand to="/admin" context={t('app.console')} />
        <LanguageSwitch />
      </header>
      <main className="auth__main">
        <div className={`card auth__card ${styles.card}`}>
          <h1 className="auth__title">{t('console.login.title')}</h1>
          <p className="auth__subtitle">
            {t(next ? 'console.login.sessionEnded' : 'console.login.subtitle')}
          </p>
          <form className="form-stack" onSubmit={submit} noValidate>
            <ErrorNotice error={failure} fields={fields} />
            {hasCode(failure, 'auth.invalid_credentials') && (
              <p className={styles.help}>{t('console.login.invalidHelp')}</p>
            )}
            <TextField
              label={t('console.login.email')}
              error={errors.email?.message}
              type="email"
              autoComplete="username"
              registration={form.register('email', {
                validate: (value) => value.trim() !== '' || required,
              })}
            />
            <Field label={t('console.login.password')} error={errors.password?.message}>
              {(control) => (
                <Controller
                  control={form.control}
                  name="password"
                  rules={{ required }}
                  render={({ field }) => (
                    <PasswordInput
                      control={control}
                      value={field.value}
                      onChange={field.onChange}
                      autoComplete="current-password"
                    />
                  )}
                />
              )}
            </Field>
            <Field
              label={t('console.login.totp')}
              hint={t('console.login.totpHint')}
              error={errors.totp?.message}
            >
              {(control) => (
                <Controller
                  control={form.control}
                  name="totp"
                  rules={{
                    validate: (value) => isCompleteCode(value) || t('console.login.totpFormat'),
                  }}
                  render={({ field }) => (
                    <CodeInput
                      control={control}
                      value={field.value}
                      onChange={field.onChange}
                      name="totp"
                    />
                  )}
                />
              )}
            </Field>
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={isSubmitting}
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
