import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { PasswordInput } from '../../ui/PasswordInput';
import { PhoneInput } from '../../ui/PhoneInput';
import { defaultCountry, displayPhone, type PhoneValue, phoneBody } from '../../ui/phone';
import { ResendButton } from '../../ui/ResendButton';
import { Address, RichText } from '../../ui/RichText';
import { Tabs } from '../../ui/Tabs';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import styles from './auth.module.css';
import { codeProblem } from './codeErrors';
import { FormCodeField } from './FormCodeField';
import { IdentifierField } from './IdentifierField';
import { useAuth } from './session';

type Method = 'password' | 'code';

const loginRoute = getRouteApi('/login');

/** Sign-in by e-mail or phone and password, or by phone and an SMS code. */
export function LoginPage() {
  const { t } = useI18n();
  usePageTitle('nav.signIn', 'app.sellerCenter');
  const [method, setMethod] = useState<Method>('password');
  // Someone sent here from a page that needs an account is told why.
  const cameForPage = loginRoute.useSearch({ select: (search) => search.next !== undefined });

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

const passwordFields = ['identifier', 'password'] as const;

function PasswordLogin() {
  const { t } = useI18n();
  const auth = useAuth();
  const form = useForm({ defaultValues: { identifier: '', password: '' } });
  const login = $api.useMutation('post', '/api/v1/auth/login');
  const [failure, setFailure] = useState<unknown>(null);
  const required = t('ui.error.required');

  const submit = form.handleSubmit(async ({ identifier, password }) => {
    setFailure(null);
    try {
      const account = await login.mutateAsync({
        body: { identifier: identifier.trim(), password },
      });
      // The page's guard moves a signed-in merchant on.
      auth.signedIn(account);
    } catch (error) {
      showServerErrors(error, form.setError, passwordFields);
      setFailure(error);
    }
  });

  const { errors } = form.formState;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <ErrorNotice error={failure} fields={passwordFields} />
      <IdentifierField
        error={errors.identifier?.message}
        registration={form.register('identifier', {
          validate: (value) => value.trim() !== '' || required,
        })}
      />
      <Field
        label={t('auth.password')}
        error={errors.password?.message}
        action={
          <Link to="/forgot-password" className="field__action">
            {t('auth.login.forgot')}
          </Link>
        }
      >
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
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={form.formState.isSubmitting}
      >
        {t('auth.login.submit')}
      </button>
    </form>
  );
}

const codeFields = ['phone', 'code'] as const;

function CodeLogin() {
  const { t, language } = useI18n();
  const auth = useAuth();
  const form = useForm<{ phone: PhoneValue; code: string }>({
    defaultValues: { phone: { country: defaultCountry(language), number: '' }, code: '' },
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const sender = useCodeSender();
  const requestCode = $api.useMutation('post', '/api/v1/auth/login/code/request');
  const login = $api.useMutation('post', '/api/v1/auth/login/code');

  const sendCode = async () => {
    if (!(await form.trigger('phone'))) return;
    const phone = form.getValues('phone');
    const outcome = await sender.send(() => requestCode.mutateAsync({ body: phoneBody(phone) }));
    if (outcome.ok) setSentTo(displayPhone(phone));
    else showServerErrors(outcome.error, form.setError, ['phone']);
  };

  const submit = form.handleSubmit(async ({ phone, code }) => {
    setFailure(null);
    try {
      auth.signedIn(await login.mutateAsync({ body: { ...phoneBody(phone), code } }));
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) form.setError('code', { type: 'server', message: problem });
      showServerErrors(error, form.setError, ['phone']);
      setFailure(error);
    }
  });

  const { errors } = form.formState;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <ErrorNotice
        error={codeProblem(failure) ? null : (failure ?? sender.error)}
        fields={codeFields}
      />
      <Field label={t('ui.phone.number')} error={errors.phone?.message}>
        {(control) => (
          <div className="inline-action">
            <Controller
              control={form.control}
              name="phone"
              rules={{
                validate: (phone) => phone.number.trim() !== '' || t('ui.error.required'),
              }}
              render={({ field }) => (
                <PhoneInput control={control} value={field.value} onChange={field.onChange} />
              )}
            />
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
      <FormCodeField control={form.control} />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={form.formState.isSubmitting}
      >
        {t('auth.login.submit')}
      </button>
    </form>
  );
}
