import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Link } from '../router';
import { Brand } from './Brand';
import {
  AccountIcon,
  DashboardIcon,
  type IconComponent,
  OrdersIcon,
  ProductsIcon,
  SignInIcon,
  StoreIcon,
} from './icons';
import { MenuButton, useMenu } from './MenuButton';

const sections: { path: string; label: MessageKey; Icon: IconComponent }[] = [
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
  return (
    <div className="seller">
      <header className="topbar">
        <div className="topbar__inner">
          <Brand to="/" context={t('app.sellerCenter')} />
          <nav id="seller-nav" className="topnav" data-open={menu.open} aria-label={t('nav.main')}>
            {sections.map(({ path, label, Icon }) => (
              <Link key={path} to={path} className="topnav__link">
                <Icon />
                {t(label)}
              </Link>
            ))}
            <Link to="/login" className="topnav__link topnav__sign-in">
              <SignInIcon />
              {t('nav.signIn')}
            </Link>
          </nav>
          <div className="topbar__actions">
            <LanguageSwitch />
            <Link to="/login" className="button button--secondary topbar__sign-in">
              {t('nav.signIn')}
            </Link>
            <MenuButton open={menu.open} onToggle={menu.toggle} controls="seller-nav" />
          </div>
        </div>
      </header>
      <main className="seller__main">{children}</main>
      <footer className="footer">{t('app.footer')}</footer>
    </div>
  );
}
