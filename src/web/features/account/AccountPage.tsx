import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { languages } from '../../i18n/language';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import type { Account } from '../auth/account';
import { useAccount, useAuth } from '../auth/session';
import styles from './Account.module.css';
import { ContactEditor } from './ContactEditor';
import { PasswordSection } from './PasswordSection';
import { useReauth } from './reauth';
import { SessionsSection } from './SessionsSection';
import { useVerifiedNameMismatch, VerifiedNameNotice } from './VerifiedNameNotice';

/** Account and security: name, contacts, password, language, sessions, sign-out. */
export function AccountPage() {
  const { t } = useI18n();
  usePageTitle('account.title', 'app.sellerCenter');
  const account = useAccount();
  const auth = useAuth();
  const reauth = useReauth(account);

  return (
    <section className="page page--narrow">
      <header className="page__header">
        <h1>{t('account.title')}</h1>
        <p className="page__summary">{t('account.summary')}</p>
      </header>
      <div className={styles.stack}>
        <BasicsSection account={account} />
        <section className={`card ${styles.settings}`} aria-labelledby="contacts-title">
          <div className={styles.header}>
            <div>
              <h2 id="contacts-title" className={styles.title}>
                {t('account.contacts')}
              </h2>
              <p className={styles.summary}>{t('account.contacts.summary')}</p>
            </div>
          </div>
          <div className={styles.contacts}>
            <ContactEditor channel="email" account={account} withReauth={reauth.withReauth} />
            <ContactEditor channel="phone" account={account} withReauth={reauth.withReauth} />
          </div>
        </section>
        <PasswordSection
          withReauth={reauth.withReauth}
          // Other sessions may have ended: the list is read again.
          onChanged={() =>
            void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/sessions'] })
          }
        />
        <LanguageSection account={account} />
        <SessionsSection />
        <section
          className={`card ${styles.settings} ${styles.settingsInline}`}
          aria-labelledby="sign-out-title"
        >
          <div>
            <h2 id="sign-out-title" className={styles.title}>
              {t('account.signOut.title')}
            </h2>
            <p className={styles.summary}>{t('account.signOut.body')}</p>
          </div>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void auth.signOut()}
          >
            {t('auth.signOut')}
          </button>
        </section>
      </div>
      {reauth.dialog}
    </section>
  );
}

function BasicsSection({ account }: { account: Account }) {
  const { t, language } = useI18n();
  const auth = useAuth();
  const form = useForm({ defaultValues: { realName: account.realName ?? '' } });
  const save = $api.useMutation('patch', '/api/v1/me');
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const enterprise = account.accountType === 'enterprise';
  const verifiedName = useVerifiedNameMismatch(account);
  const realName = form.watch('realName');

  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    setFailure(null);
    const trimmed = values.realName.trim();
    try {
      auth.signedIn(
        await save.mutateAsync({ body: { realName: trimmed === '' ? null : trimmed } }),
      );
      setSaved(true);
    } catch (error) {
      showServerErrors(error, form.setError, ['realName']);
      setFailure(error);
    }
  });

  const since = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(
    new Date(account.createdAt),
  );
  return (
    <section className={`card ${styles.settings}`} aria-labelledby="basics-title">
      <h2 id="basics-title" className={styles.title}>
        {t('account.basics')}
      </h2>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('account.type')}</dt>
          <dd>{t(enterprise ? 'account.type.enterprise' : 'account.type.personal')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('account.since')}</dt>
          <dd>{since}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('account.businessProfile')}</dt>
          <dd>
            <Link to="/profile">{t('account.businessProfile.edit')}</Link>
          </dd>
        </div>
      </dl>
      <form className={styles.form} onSubmit={submit} noValidate>
        <ErrorNotice error={failure} fields={['realName']} />
        <Field
          label={t(enterprise ? 'account.realName.enterprise' : 'account.realName.personal')}
          hint={t('account.realName.hint')}
          error={form.formState.errors.realName?.message}
        >
          {(control) => (
            <div className="inline-action">
              <input
                {...control}
                className="field__input"
                autoComplete={enterprise ? 'organization' : 'name'}
                maxLength={200}
                {...form.register('realName', { onChange: () => setSaved(false) })}
              />
              <button
                type="submit"
                className="button button--secondary"
                disabled={
                  form.formState.isSubmitting || realName.trim() === (account.realName ?? '')
                }
              >
                {t('account.save')}
              </button>
            </div>
          )}
        </Field>
        {verifiedName ? (
          <VerifiedNameNotice
            account={account}
            verifiedName={verifiedName}
            onAdopted={(updated) => {
              form.reset({ realName: updated.realName ?? '' });
              setSaved(true);
            }}
          />
        ) : (
          saved && <SuccessNotice>{t('account.realName.saved')}</SuccessNotice>
        )}
      </form>
    </section>
  );
}

function LanguageSection({ account }: { account: Account }) {
  const { t, setLanguage } = useI18n();
  const auth = useAuth();
  const form = useForm<{ locale: Language }>({ defaultValues: { locale: account.locale } });
  const save = $api.useMutation('patch', '/api/v1/me');
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const locale = form.watch('locale');

  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    setFailure(null);
    try {
      auth.signedIn(await save.mutateAsync({ body: { locale: values.locale } }));
      setLanguage(values.locale);
      setSaved(true);
    } catch (error) {
      showServerErrors(error, form.setError, ['locale']);
      setFailure(error);
    }
  });

  return (
    <section className={`card ${styles.settings}`} aria-labelledby="language-title">
      <h2 id="language-title" className={styles.title}>
        {t('account.language')}
      </h2>
      <form className={styles.form} onSubmit={submit} noValidate>
        <ErrorNotice error={failure} fields={['locale']} />
        <Field
          label={t('account.language.label')}
          hint={t('account.language.hint')}
          error={form.formState.errors.locale?.message}
        >
          {(control) => (
            <div className="inline-action">
              <select
                {...control}
                className="field__input"
                {...form.register('locale', { onChange: () => setSaved(false) })}
              >
                {languages.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {t(`language.${option}`)}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                className="button button--secondary"
                disabled={form.formState.isSubmitting || locale === account.locale}
              >
                {t('account.save')}
              </button>
            </div>
          )}
        </Field>
        {saved && <SuccessNotice>{t('account.language.saved')}</SuccessNotice>}
      </form>
    </section>
  );
}
