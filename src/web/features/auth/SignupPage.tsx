import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api';
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

/** The sign-up a code was last sent for in this page, so going back and forward reuses it. */
type SentFor = { address: string; password: string; accountType: AccountType; expiresAt: number };

/** A code stays valid 10 minutes unless the server says otherwise. */
const DEFAULT_CODE_LIFETIME_S = 600;

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
  const [sentFor, setSentFor] = useState<SentFor | null>(null);

  const sender = useCodeSender();
  const verify = useAction();

  const address = channel === 'email' ? { email: email.trim() } : phoneBody(phone);
  const addressKey = JSON.stringify(
    channel === 'email' ? { email: email.trim().toLowerCase() } : address,
  );
  const signupBody = () => ({ ...address, password, accountType, locale: language });

  const showCodeStep = () => {
    setCode('');
    verify.reset();
    setStep('code');
  };

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

    if (!accountType) return;
    const sentHere = sentFor?.address === addressKey && Date.now() < sentFor.expiresAt;
    // Back and forward with nothing changed: the code already sent is still the one to enter.
    if (sentHere && sentFor.password === password && sentFor.accountType === accountType) {
      showCodeStep();
      return;
    }
    const outcome = await sendCode();
    if (outcome.ok) {
      showCodeStep();
    } else if (
      sentHere &&
      outcome.error instanceof ApiError &&
      outcome.error.code === 'auth.code_resend_too_soon'
    ) {
      // Too soon for a new code, but the server took the new details: the earlier code completes
      // this sign-up, and the countdown shows when another may be sent.
      setSentFor({ ...sentFor, password, accountType });
      sender.clearError();
      showCodeStep();
    }
  };

  /** Ask for a code (the first, or a resend) and remember what it was sent for. */
  const sendCode = async () => {
    const outcome = await sender.send(() => api.post<CodeSent>('/auth/signup', signupBody()));
    if (outcome.ok && accountType) {
      const lifetime = (outcome.value as CodeSent).expiresInSeconds ?? DEFAULT_CODE_LIFETIME_S;
      setSentFor({
        address: addressKey,
        password,
        accountType,
        expiresAt: Date.now() + lifetime * 1000,
      });
    }
    return outcome;
  };

  const resend = () => void sendCode();

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
              sender.clearError();
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
