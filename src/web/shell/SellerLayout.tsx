import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { accountIdentifier } from '../features/auth/account';
import { useAuth } from '../features/auth/session';
import { HeaderVerifiedBadge } from '../features/verification/VerifiedBadge';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Brand } from './Brand';
import {
  AccountIcon,
  DashboardIcon,
  type IconComponent,
  OrdersIcon,
  ProductsIcon,
  SignInIcon,
  SignOutIcon,
  StoreIcon,
} from './icons';
import { MenuButton, useMenu } from './MenuButton';
import { onOwnPage } from './menuLinks';

type SectionPath = '/' | '/store' | '/products' | '/orders' | '/account';

const sections: { path: SectionPath; label: MessageKey; Icon: IconComponent }[] = [
  { path: '/', label: 'nav.dashboard', Icon: DashboardIcon },
  { path: '/store', label: 'nav.store', Icon: StoreIcon },
  { path: '/products', label: 'nav.products', Icon: ProductsIcon },
  { path: '/orders', label: 'nav.orders', Icon: OrdersIcon },
  { path: '/account', label: 'nav.account', Icon: AccountIcon },
];

/** The merchant's seller center: top bar navigation that folds into a menu on phones. */
export function SellerLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const menu = useMenu();
  const auth = useAuth();
  const account = auth.status === 'signedIn' ? auth.account : null;
  // Signed in, "Dashboard" is the seller center home; `/` is the introduction for visitors.
  const home = account ? '/dashboard' : '/';
  return (
    <div className="seller" data-signed-in={account ? true : undefined}>
      <header className="topbar">
        <div className="topbar__inner">
          <Brand to={home} context={t('app.sellerCenter')} />
          <nav id="seller-nav" className="topnav" data-open={menu.open} aria-label={t('nav.main')}>
            {sections.map(({ path, label, Icon }) => (
              <Link
                key={path}
                to={path === '/' ? home : path}
                activeOptions={onOwnPage}
                className="topnav__link"
              >
                <Icon />
                {t(label)}
              </Link>
            ))}
            {account ? (
              <div className="topnav__account">
                <span className="topnav__identifier">{accountIdentifier(account)}</span>
                <button
                  type="button"
                  className="topnav__link topnav__sign-out"
                  onClick={() => void auth.signOut()}
                >
                  <SignOutIcon />
                  {t('auth.signOut')}
                </button>
              </div>
            ) : (
              <Link to="/login" activeOptions={onOwnPage} className="topnav__link topnav__sign-in">
                <SignInIcon />
                {t('nav.signIn')}
              </Link>
            )}
          </nav>
          <div className="topbar__actions">
            {account && <HeaderVerifiedBadge />}
            <LanguageSwitch />
            {account ? (
              <div className="topbar__account">
                <Link
                  to="/account"
                  activeOptions={onOwnPage}
                  className="topbar__identifier"
                  title={t('auth.signedInAs', { identifier: accountIdentifier(account) })}
                >
                  <AccountIcon />
                  <span className="topbar__identifier-text">{accountIdentifier(account)}</span>
                </Link>
                <button
                  type="button"
                  className="button button--secondary topbar__sign-out"
                  onClick={() => void auth.signOut()}
                >
                  {t('auth.signOut')}
                </button>
              </div>
            ) : (
              <Link
                to="/login"
                activeOptions={onOwnPage}
                className="button button--secondary topbar__sign-in"
              >
                {t('nav.signIn')}
              </Link>
            )}
            <MenuButton open={menu.open} onToggle={menu.toggle} controls="seller-nav" />
          </div>
        </div>
      </header>
      <main className="seller__main">{children}</main>
      <footer className="footer">{t('app.footer')}</footer>
    </div>
  );
}
