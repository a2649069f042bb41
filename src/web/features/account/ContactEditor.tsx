import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
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
import { TextField } from '../../ui/TextField';
import { useCodeSender } from '../../ui/useCodeSender';
import type { Account } from '../auth/account';
import { codeProblem } from '../auth/codeErrors';
import { FormCodeField } from '../auth/FormCodeField';
import { useAuth } from '../auth/session';
import styles from './Account.module.css';

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
  const [verified, setVerified] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const addressForm = useForm<{ newEmail: string; phone: PhoneValue }>({
    defaultValues: { newEmail: '', phone: { country: defaultCountry(language), number: '' } },
  });
  const codeForm = useForm({ defaultValues: { code: '' } });
  const sender = useCodeSender();
  const requestEmail = $api.useMutation('post', '/api/v1/me/contacts/email');
  const requestPhone = $api.useMutation('post', '/api/v1/me/contacts/phone');
  const verifyEmail = $api.useMutation('post', '/api/v1/me/contacts/email/verify');
  const verifyPhone = $api.useMutation('post', '/api/v1/me/contacts/phone/verify');

  const current = channel === 'email' ? account.email : account.phone;
  const isVerified = channel === 'email' ? account.emailVerified : account.phoneVerified;
  const label = t(channel === 'email' ? 'account.email' : 'account.phone');
  const required = t('ui.error.required');

  const requestCode = async () => {
    const { newEmail, phone } = addressForm.getValues();
    const outcome = await sender.send(() =>
      withReauth(() =>
        channel === 'email'
          ? requestEmail.mutateAsync({ body: { email: newEmail.trim() } })
          : requestPhone.mutateAsync({ body: phoneBody(phone) }),
      ),
    );
    if (!outcome.ok) {
      showServerErrors(outcome.error, addressForm.setError, (field) =>
        field === 'email' ? 'newEmail' : field === 'phone' ? 'phone' : undefined,
      );
    }
    return outcome;
  };

  const submitAddress = addressForm.handleSubmit(async () => {
    const outcome = await requestCode();
    if (outcome.ok) {
      codeForm.reset({ code: '' });
      setFailure(null);
      setStep('code');
    }
  });

  const submitCode = codeForm.handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      const verify = channel === 'email' ? verifyEmail : verifyPhone;
      auth.signedIn(await verify.mutateAsync({ body: { code } }));
      setVerified(true);
      setStep('idle');
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) codeForm.setError('code', { type: 'server', message: problem });
      setFailure(error);
    }
  });

  const start = () => {
    setVerified(false);
    sender.clearError();
    setFailure(null);
    addressForm.clearErrors();
    setStep('address');
  };
  const cancel = () => {
    setStep('idle');
    sender.clearError();
    setFailure(null);
  };

  const { errors } = addressForm.formState;
  const shownAddress = () => {
    const { newEmail, phone } = addressForm.getValues();
    return channel === 'email' ? newEmail.trim() : displayPhone(phone);
  };

  const shown = current ? (channel === 'phone' ? formatPhone(current) : current) : null;
  return (
    <div className={styles.contact} data-testid={`contact-${channel}`}>
      <div className={styles.contactRow}>
        <div className={styles.contactInfo}>
          <span className={styles.contactLabel}>{label}</span>
          <span className={styles.contactValue}>
            {shown ?? <span className={styles.contactMissing}>{t('account.notAdded')}</span>}
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
        <form className={styles.contactForm} onSubmit={submitAddress} noValidate>
          <ErrorNotice error={sender.error} fields={[channel]} />
          {channel === 'email' ? (
            <TextField
              label={t('account.newEmail')}
              error={errors.newEmail?.message}
              type="email"
              autoComplete="email"
              placeholder={t('auth.emailPlaceholder')}
              registration={addressForm.register('newEmail', {
                validate: (email) => email.trim() !== '' || required,
              })}
            />
          ) : (
            <Field label={t('account.newPhone')} error={errors.phone?.message}>
              {(control) => (
                <Controller
                  control={addressForm.control}
                  name="phone"
                  rules={{ validate: (phone) => phone.number.trim() !== '' || required }}
                  render={({ field }) => (
                    <PhoneInput
                      control={control}
                      name="newPhone"
                      value={field.value}
                      onChange={field.onChange}
                    />
                  )}
                />
              )}
            </Field>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={sender.busy || addressForm.formState.isSubmitting}
            >
              {t('account.sendCode')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}

      {step === 'code' && (
        <form className={styles.contactForm} onSubmit={submitCode} noValidate>
          <p className={styles.contactNote}>
            <RichText
              text={t('account.codeSentTo')}
              values={{
                address: <Address>{shownAddress()}</Address>,
              }}
            />
          </p>
          <ErrorNotice error={codeProblem(failure) ? sender.error : (failure ?? sender.error)} />
          <FormCodeField control={codeForm.control} autoFocus />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={codeForm.formState.isSubmitting}
            >
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
