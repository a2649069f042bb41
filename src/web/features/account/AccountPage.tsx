import './account.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { isLanguage, type Language, languages } from '../../i18n/language';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import type { Account } from '../auth/account';
import { useAccount, useAuth } from '../auth/session';
import { useMerchantAction } from '../auth/useMerchantAction';
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
  // Bumped when a change may have ended other sessions, so the list is read again.
  const [sessionsVersion, setSessionsVersion] = useState(0);

  return (
    <section className="page page--narrow">
      <header className="page__header">
        <h1>{t('account.title')}</h1>
        <p className="page__summary">{t('account.summary')}</p>
      </header>
      <div className="settings-stack">
        <BasicsSection account={account} />
        <section className="card settings" aria-labelledby="contacts-title">
          <div className="settings__header">
            <div>
              <h2 id="contacts-title" className="settings__title">
                {t('account.contacts')}
              </h2>
              <p className="settings__summary">{t('account.contacts.summary')}</p>
            </div>
          </div>
          <div className="contacts">
            <ContactEditor channel="email" account={account} withReauth={reauth.withReauth} />
            <ContactEditor channel="phone" account={account} withReauth={reauth.withReauth} />
          </div>
        </section>
        <PasswordSection
          withReauth={reauth.withReauth}
          onChanged={() => setSessionsVersion((version) => version + 1)}
        />
        <LanguageSection account={account} />
        <SessionsSection version={sessionsVersion} />
        <section className="card settings settings--inline" aria-labelledby="sign-out-title">
          <div>
            <h2 id="sign-out-title" className="settings__title">
              {t('account.signOut.title')}
            </h2>
            <p className="settings__summary">{t('account.signOut.body')}</p>
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
  const [realName, setRealName] = useState(account.realName ?? '');
  const [saved, setSaved] = useState(false);
  const save = useMerchantAction();
  const enterprise = account.accountType === 'enterprise';
  const verifiedName = useVerifiedNameMismatch(account);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await save.run(() =>
      api.patch<Account>('/me', { realName: realName.trim() === '' ? null : realName.trim() }),
    );
    if (outcome.ok) {
      auth.signedIn(outcome.value);
      setSaved(true);
    }
  };

  const since = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(
    new Date(account.createdAt),
  );
  return (
    <section className="card settings" aria-labelledby="basics-title">
      <h2 id="basics-title" className="settings__title">
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
      <form className="settings__form" onSubmit={submit} noValidate>
        <ErrorNotice error={save.error} fields={['realName']} />
        <Field
          label={t(enterprise ? 'account.realName.enterprise' : 'account.realName.personal')}
          hint={t('account.realName.hint')}
          error={fieldError(save.error, 'realName')}
        >
          {(control) => (
            <div className="inline-action">
              <input
                {...control}
                className="field__input"
                name="realName"
                autoComplete={enterprise ? 'organization' : 'name'}
                maxLength={200}
                value={realName}
                onChange={(event) => {
                  setSaved(false);
                  setRealName(event.target.value);
                }}
              />
              <button
                type="submit"
                className="button button--secondary"
                disabled={save.busy || realName.trim() === (account.realName ?? '')}
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
              setRealName(updated.realName ?? '');
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
  const [locale, setLocale] = useState<Language>(account.locale);
  const [saved, setSaved] = useState(false);
  const save = useMerchantAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await save.run(() => api.patch<Account>('/me', { locale }));
    if (outcome.ok) {
      auth.signedIn(outcome.value);
      setLanguage(locale);
      setSaved(true);
    }
  };

  return (
    <section className="card settings" aria-labelledby="language-title">
      <h2 id="language-title" className="settings__title">
        {t('account.language')}
      </h2>
      <form className="settings__form" onSubmit={submit} noValidate>
        <ErrorNotice error={save.error} fields={['locale']} />
        <Field
          label={t('account.language.label')}
          hint={t('account.language.hint')}
          error={fieldError(save.error, 'locale')}
        >
          {(control) => (
            <div className="inline-action">
              <select
                {...control}
                className="field__input"
                name="locale"
                value={locale}
                onChange={(event) => {
                  setSaved(false);
                  if (isLanguage(event.target.value)) setLocale(event.target.value);
                }}
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
                disabled={save.busy || locale === account.locale}
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
