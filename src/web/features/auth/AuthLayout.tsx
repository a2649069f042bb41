import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Brand } from '../../shell/Brand';

/** The frame of the sign-in, sign-up and reset pages: brand, language, one card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="auth">
      <header className="auth__bar">
        <Brand to="/" context={t('app.sellerCenter')} />
        <LanguageSwitch />
      </header>
      <main className="auth__main">
        {children}
        <Link to="/" className="auth__back">
          {t('auth.backHome')}
        </Link>
      </main>
    </div>
  );
}
