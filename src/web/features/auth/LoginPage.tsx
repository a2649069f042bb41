import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Link } from '../../router';
import { Brand } from '../../shell/Brand';
import { usePageTitle } from '../../shell/usePageTitle';

/** Sign-in form for merchants: e-mail or mobile number plus password. */
export function LoginPage() {
  const t = useT();
  usePageTitle('nav.signIn', 'app.sellerCenter');
  const [showNotOpenYet, setShowNotOpenYet] = useState(false);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Accounts are not open yet, so the form explains that instead of calling the server.
    // When the auth module ships, this is where `api.post('/auth/login', { identifier,
    // password })` goes (see ../../api.ts); an ApiError's localised message shows below.
    setShowNotOpenYet(true);
  };

  return (
    <div className="auth">
      <header className="auth__bar">
        <Brand to="/" context={t('app.sellerCenter')} />
        <LanguageSwitch />
      </header>
      <main className="auth__main">
        <form className="card auth__card" onSubmit={handleSubmit}>
          <h1 className="auth__title">{t('login.title')}</h1>
          <p className="auth__subtitle">{t('login.subtitle')}</p>
          <label className="field">
            <span className="field__label">{t('login.identifier')}</span>
            <input
              className="field__input"
              name="identifier"
              type="text"
              inputMode="email"
              autoComplete="username"
              placeholder={t('login.identifierHint')}
              required
            />
          </label>
          <label className="field">
            <span className="field__label">{t('login.password')}</span>
            <input
              className="field__input"
              name="password"
              type="password"
              autoComplete="current-password"
              minLength={8}
              maxLength={128}
              required
            />
          </label>
          {showNotOpenYet && (
            <p className="notice" role="status">
              {t('login.notOpenYet')}
            </p>
          )}
          <button type="submit" className="button button--primary button--block">
            {t('login.submit')}
          </button>
          <p className="auth__footnote">{t('login.noAccount')}</p>
        </form>
        <Link to="/" className="auth__back">
          {t('login.backHome')}
        </Link>
      </main>
    </div>
  );
}
