import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ChoiceCards } from '../../ui/Choices';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field, FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { PhoneInput } from '../../ui/PhoneInput';
import { defaultCountry, displayPhone, type PhoneValue, phoneBody } from '../../ui/phone';
import { Tabs } from '../../ui/Tabs';
import { TextField } from '../../ui/TextField';
import { useCodeSender } from '../../ui/useCodeSender';
import { AuthLayout } from './AuthLayout';
import type { CodeSent } from './account';
import { NewPasswordField } from './NewPasswordField';
import { SignupCodeStep } from './SignupCodeStep';
import { useAuth } from './session';

type Channel = 'email' | 'phone';
type AccountType = 'personal' | 'enterprise';
type Details = {
  channel: Channel;
  email: string;
  phone: PhoneValue;
  password: string;
  accountType: AccountType | '';
};

/** The sign-up a code was last sent for in this page, so going back and forward reuses it. */
type SentFor = { address: string; password: string; accountType: AccountType; expiresAt: number };

/** A code stays valid 10 minutes unless the server says otherwise. */
const DEFAULT_CODE_LIFETIME_S = 600;

const detailFields = ['email', 'phone', 'password', 'accountType'] as const;

const addressOf = (details: Details) =>
  details.channel === 'email' ? { email: details.email.trim() } : phoneBody(details.phone);

/** Sign-up in two steps: address, password and account type; then the code sent there. */
export function SignupPage() {
  const { t, language } = useI18n();
  usePageTitle('auth.signUp', 'app.sellerCenter');
  const auth = useAuth();
  const form = useForm<Details>({
    defaultValues: {
      channel: 'email',
      email: '',
      phone: { country: defaultCountry(language), number: '' },
      password: '',
      accountType: '',
    },
  });
  const channel = form.watch('channel');
  const [step, setStep] = useState<'details' | 'code'>('details');
  const [sentFor, setSentFor] = useState<SentFor | null>(null);
  const sender = useCodeSender();
  const signup = $api.useMutation('post', '/api/v1/auth/signup');
  const required = t('ui.error.required');

  const addressKey = (details: Details) =>
    JSON.stringify(
      details.channel === 'email'
        ? { email: details.email.trim().toLowerCase() }
        : addressOf(details),
    );

  /** Ask for a code (the first, or a resend) and remember what it was sent for. */
  const sendCode = async (details: Details, accountType: AccountType) => {
    const outcome = await sender.send(() =>
      signup.mutateAsync({
        body: { ...addressOf(details), password: details.password, accountType, locale: language },
      }),
    );
    if (outcome.ok) {
      const lifetime = (outcome.value as CodeSent).expiresInSeconds ?? DEFAULT_CODE_LIFETIME_S;
      setSentFor({
        address: addressKey(details),
        password: details.password,
        accountType,
        expiresAt: Date.now() + lifetime * 1000,
      });
    } else {
      showServerErrors(outcome.error, form.setError, detailFields);
    }
    return outcome;
  };

  const requestCode = form.handleSubmit(async (details) => {
    const { accountType, password } = details;
    if (!accountType) return;
    const sentHere = sentFor?.address === addressKey(details) && Date.now() < sentFor.expiresAt;
    // Back and forward with nothing changed: the code already sent is still the one to enter.
    if (sentHere && sentFor.password === password && sentFor.accountType === accountType) {
      setStep('code');
      return;
    }
    const outcome = await sendCode(details, accountType);
    if (outcome.ok) {
      setStep('code');
    } else if (
      sentHere &&
      outcome.error instanceof ApiError &&
      outcome.error.code === 'auth.code_resend_too_soon'
    ) {
      // Too soon for a new code, but the server took the new details: the earlier code completes
      // this sign-up, and the countdown shows when another may be sent.
      setSentFor({ ...sentFor, password, accountType });
      sender.clearError();
      form.clearErrors();
      setStep('code');
    }
  });

  if (step === 'code') {
    const details = form.getValues();
    return (
      <SignupCodeStep
        channel={details.channel}
        address={addressOf(details)}
        shownAddress={
          details.channel === 'email' ? details.email.trim() : displayPhone(details.phone)
        }
        sender={sender}
        onResend={() => {
          if (details.accountType) void sendCode(details, details.accountType);
        }}
        onChangeAddress={() => {
          sender.clearError();
          setStep('details');
        }}
        // The guard on this page takes the new merchant on to the dashboard (or where they were going).
        onSignedUp={auth.signedIn}
      />
    );
  }

  const { errors } = form.formState;
  return (
    <AuthLayout>
      <form className="card auth__card" onSubmit={requestCode} noValidate>
        <h1 className="auth__title">{t('auth.signup.title')}</h1>
        <p className="auth__subtitle">{t('auth.signup.subtitle')}</p>
        <ErrorNotice error={sender.error} fields={detailFields} />
        <Tabs
          label={t('auth.channel.label')}
          tabs={[
            { key: 'email', label: t('auth.channel.email') },
            { key: 'phone', label: t('auth.channel.phone') },
          ]}
          selected={channel}
          onSelect={(next) => {
            form.setValue('channel', next);
            form.clearErrors();
            sender.clearError();
          }}
        >
          {channel === 'email' ? (
            <TextField
              label={t('auth.email')}
              error={errors.email?.message}
              type="email"
              autoComplete="email"
              placeholder={t('auth.emailPlaceholder')}
              registration={form.register('email', {
                validate: (email, values) =>
                  values.channel !== 'email' || email.trim() !== '' || required,
              })}
            />
          ) : (
            <Field label={t('ui.phone.number')} error={errors.phone?.message}>
              {(control) => (
                <Controller
                  control={form.control}
                  name="phone"
                  rules={{
                    validate: (phone, values) =>
                      values.channel !== 'phone' || phone.number.trim() !== '' || required,
                  }}
                  render={({ field }) => (
                    <PhoneInput control={control} value={field.value} onChange={field.onChange} />
                  )}
                />
              )}
            </Field>
          )}
        </Tabs>
        <NewPasswordField control={form.control} name="password" />
        <FieldGroup legend={t('auth.signup.accountType')} error={errors.accountType?.message}>
          <Controller
            control={form.control}
            name="accountType"
            rules={{ validate: (type) => type !== '' || t('auth.signup.chooseType') }}
            render={({ field }) => (
              <ChoiceCards
                name="accountType"
                columns={1}
                value={field.value}
                onChange={field.onChange}
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
            )}
          />
        </FieldGroup>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={sender.busy || form.formState.isSubmitting}
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
