import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { CodeField } from '../../ui/CodeField';
import { isCompleteCode } from '../../ui/CodeInput';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { PhoneInput } from '../../ui/PhoneInput';
import {
  defaultCountry,
  displayPhone,
  formatPhone,
  type PhoneValue,
  phoneBody,
} from '../../ui/phone';
import { ResendButton } from '../../ui/ResendButton';
import { Address, RichText } from '../../ui/RichText';
import { useCodeSender } from '../../ui/useCodeSender';
import type { Account, CodeSent } from '../auth/account';
import { codeProblem } from '../auth/codeErrors';
import { useAuth } from '../auth/session';
import { useMerchantAction } from '../auth/useMerchantAction';

type Channel = 'email' | 'phone';
type Step = 'idle' | 'address' | 'code';

/**
 * One contact of the account, with its verified state, and the add/change flow: the new address
 * (after re-authentication, if the server asks for it), then the code sent to it.
 */
export function ContactEditor({
  channel,
  account,
  withReauth,
}: {
  channel: Channel;
  account: Account;
  withReauth: <T>(change: () => Promise<T>) => Promise<T>;
}) {
  const { t, language } = useI18n();
  const auth = useAuth();
  const [step, setStep] = useState<Step>('idle');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState<PhoneValue>(() => ({
    country: defaultCountry(language),
    number: '',
  }));
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [verified, setVerified] = useState(false);
  const sender = useCodeSender();
  const verify = useMerchantAction();

  const current = channel === 'email' ? account.email : account.phone;
  const isVerified = channel === 'email' ? account.emailVerified : account.phoneVerified;
  const label = t(channel === 'email' ? 'account.email' : 'account.phone');
  const body = () => (channel === 'email' ? { email: email.trim() } : phoneBody(phone));
  const requestCode = () =>
    sender.send(() => withReauth(() => api.post<CodeSent>(`/me/contacts/${channel}`, body())));

  const submitAddress = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = channel === 'email' ? !email.trim() : !phone.number.trim();
    setLocalError(missing ? { [channel]: t('ui.error.required') } : {});
    if (missing) return;
    const outcome = await requestCode();
    if (outcome.ok) {
      setCode('');
      setStep('code');
    }
  };

  const submitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isCompleteCode(code)) {
      setLocalError({ code: t('ui.code.invalidFormat') });
      return;
    }
    setLocalError({});
    const outcome = await verify.run(() =>
      api.post<Account>(`/me/contacts/${channel}/verify`, { code }),
    );
    if (outcome.ok) {
      auth.signedIn(outcome.value);
      setVerified(true);
      setStep('idle');
    }
  };

  const start = () => {
    setVerified(false);
    sender.clearError();
    verify.reset();
    setLocalError({});
    setStep('address');
  };
  const cancel = () => {
    setStep('idle');
    sender.clearError();
    verify.reset();
  };

  const shown = current ? (channel === 'phone' ? formatPhone(current) : current) : null;
  return (
    <div className="contact" data-testid={`contact-${channel}`}>
      <div className="contact__row">
        <div className="contact__info">
          <span className="contact__label">{label}</span>
          <span className="contact__value">
            {shown ?? <span className="contact__missing">{t('account.notAdded')}</span>}
          </span>
          {shown && (
            <span className={`status ${isVerified ? 'status--ok' : 'status--warn'}`}>
              {t(isVerified ? 'account.verified' : 'account.unverified')}
            </span>
          )}
        </div>
        {step === 'idle' && (
          <button type="button" className="button button--secondary button--small" onClick={start}>
            {t(current ? 'account.change' : 'account.add')}
          </button>
        )}
      </div>

      {verified && step === 'idle' && (
        <SuccessNotice>
          {t(channel === 'email' ? 'account.emailVerified' : 'account.phoneVerified')}
        </SuccessNotice>
      )}

      {step === 'address' && (
        <form className="contact__form" onSubmit={submitAddress} noValidate>
          <ErrorNotice error={sender.error} fields={[channel]} />
          {channel === 'email' ? (
            <Field
              label={t('account.newEmail')}
              error={localError.email ?? fieldError(sender.error, 'email')}
            >
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  name="newEmail"
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
            <Field
              label={t('account.newPhone')}
              error={localError.phone ?? fieldError(sender.error, 'phone')}
            >
              {(control) => (
                <PhoneInput control={control} name="newPhone" value={phone} onChange={setPhone} />
              )}
            </Field>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={sender.busy}>
              {t('account.sendCode')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}

      {step === 'code' && (
        <form className="contact__form" onSubmit={submitCode} noValidate>
          <p className="contact__note">
            <RichText
              text={t('account.codeSentTo')}
              values={{
                address: (
                  <Address>{channel === 'email' ? email.trim() : displayPhone(phone)}</Address>
                ),
              }}
            />
          </p>
          <ErrorNotice
            error={codeProblem(verify.error) ? sender.error : (verify.error ?? sender.error)}
          />
          <CodeField
            value={code}
            onChange={setCode}
            error={localError.code ?? codeProblem(verify.error)}
            autoFocus
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={verify.busy}>
              {t('account.verify')}
            </button>
            <ResendButton
              sent
              secondsLeft={sender.secondsLeft}
              busy={sender.busy}
              onClick={() => void requestCode()}
            />
            <button type="button" className="link-button" onClick={cancel}>
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
