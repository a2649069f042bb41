import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ChoiceCards } from '../../ui/Choices';
import { CodeField } from '../../ui/CodeField';
import { isCompleteCode } from '../../ui/CodeInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { PhoneInput } from '../../ui/PhoneInput';
import { defaultCountry, displayPhone, type PhoneValue, phoneBody } from '../../ui/phone';
import { Address, RichText } from '../../ui/RichText';
import { Tabs } from '../../ui/Tabs';
import { useAction } from '../../ui/useAction';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import type { Account, CodeSent } from './account';
import { CodeStepActions } from './CodeStepActions';
import { codeProblem } from './codeErrors';
import { NewPasswordField, newPasswordProblem } from './NewPasswordField';
import { useAuth } from './session';

type Channel = 'email' | 'phone';
type AccountType = 'personal' | 'enterprise';

/** Sign-up in two steps: address, password and account type; then the code sent there. */
export function SignupPage() {
  const { t, language } = useI18n();
  usePageTitle('auth.signUp', 'app.sellerCenter');
  const auth = useAuth();

  const [channel, setChannel] = useState<Channel>('email');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState<PhoneValue>(() => ({
    country: defaultCountry(language),
    number: '',
  }));
  const [password, setPassword] = useState('');
  const [accountType, setAccountType] = useState<AccountType | ''>('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState<'details' | 'code'>('details');
  const [code, setCode] = useState('');
  const [codeLocalError, setCodeLocalError] = useState<string>();

  const sender = useCodeSender();
  const verify = useAction();

  const address = channel === 'email' ? { email: email.trim() } : phoneBody(phone);
  const signupBody = () => ({ ...address, password, accountType, locale: language });

  const requestCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (channel === 'email' && !email.trim()) problems.email = t('ui.error.required');
    if (channel === 'phone' && !phone.number.trim()) problems.phone = t('ui.error.required');
    const passwordProblem = newPasswordProblem(password);
    if (passwordProblem) problems.password = t(passwordProblem);
    if (!accountType) problems.accountType = t('auth.signup.chooseType');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const outcome = await sender.send(() => api.post<CodeSent>('/auth/signup', signupBody()));
    if (outcome.ok) {
      setCode('');
      setStep('code');
    }
  };

  const resend = () => void sender.send(() => api.post<CodeSent>('/auth/signup', signupBody()));

  const submitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isCompleteCode(code)) {
      setCodeLocalError(t('ui.code.invalidFormat'));
      return;
    }
    setCodeLocalError(undefined);
    const outcome = await verify.run(() =>
      api.post<Account>('/auth/signup/verify', { ...address, code }),
    );
    // The guard on this page takes the new merchant on to the dashboard (or where they were going).
    if (outcome.ok) auth.signedIn(outcome.value);
  };

  const serverError = step === 'details' ? sender.error : null;
  const errorFor = (field: string) => localErrors[field] ?? fieldError(serverError, field);

  if (step === 'code') {
    const inlineCodeError = codeLocalError ?? codeProblem(verify.error);
    const shownAddress = channel === 'email' ? email.trim() : displayPhone(phone);
    return (
      <AuthLayout>
        <form className="card auth__card" onSubmit={submitCode} noValidate>
          <h1 className="auth__title">{t('auth.code.title')}</h1>
          <p className="auth__subtitle">
            <RichText
              text={t(channel === 'email' ? 'auth.code.sentToEmail' : 'auth.code.sentToPhone')}
              values={{ address: <Address>{shownAddress}</Address> }}
            />
          </p>
          <ErrorNotice error={codeProblem(verify.error) ? null : verify.error} />
          <ErrorNotice error={sender.error} />
          <CodeField value={code} onChange={setCode} error={inlineCodeError} autoFocus />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={verify.busy}
          >
            {t('auth.code.createAccount')}
          </button>
          <CodeStepActions
            sender={sender}
            onChangeAddress={() => {
              setStep('details');
              verify.reset();
            }}
            onResend={resend}
          />
        </form>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={requestCode} noValidate>
        <h1 className="auth__title">{t('auth.signup.title')}</h1>
        <p className="auth__subtitle">{t('auth.signup.subtitle')}</p>
        <ErrorNotice error={serverError} fields={['email', 'phone', 'password', 'accountType']} />
        <Tabs
          label={t('auth.channel.label')}
          tabs={[
            { key: 'email', label: t('auth.channel.email') },
            { key: 'phone', label: t('auth.channel.phone') },
          ]}
          selected={channel}
          onSelect={(next) => {
            setChannel(next);
            setLocalErrors({});
            sender.clearError();
          }}
        >
          {channel === 'email' ? (
            <Field label={t('auth.email')} error={errorFor('email')}>
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  name="email"
                  type="email"
                  inputMode="email"
                  autoComplete="email"
                  autoCapitalize="off"
                  spellCheck={false}
                  placeholder={t('auth.emailPlaceholder')}
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              )}
            </Field>
          ) : (
            <Field label={t('ui.phone.number')} error={errorFor('phone')}>
              {(control) => <PhoneInput control={control} value={phone} onChange={setPhone} />}
            </Field>
          )}
        </Tabs>
        <NewPasswordField value={password} onChange={setPassword} error={errorFor('password')} />
        <FieldGroup legend={t('auth.signup.accountType')} error={errorFor('accountType')}>
          <ChoiceCards
            name="accountType"
            columns={1}
            value={accountType}
            onChange={setAccountType}
            choices={[
              {
                value: 'personal',
                label: t('auth.signup.personal'),
                description: t('auth.signup.personalHint'),
              },
              {
                value: 'enterprise',
                label: t('auth.signup.enterprise'),
                description: t('auth.signup.enterpriseHint'),
              },
            ]}
          />
        </FieldGroup>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={sender.busy}
        >
          {t('auth.signup.submit')}
        </button>
        <p className="auth__footnote">
          {t('auth.signup.haveAccount')} <Link to="/login">{t('auth.login.submit')}</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
