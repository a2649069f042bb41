import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Link } from '../router';
import { Brand } from './Brand';
import {
  AuditLogIcon,
  BackIcon,
  DepositsIcon,
  type IconComponent,
  MerchantsIcon,
  ReviewIcon,
  SettingsIcon,
} from './icons';
import { MenuButton, useMenu } from './MenuButton';

const sections: { path: string; label: MessageKey; Icon: IconComponent }[] = [
  { path: '/admin', label: 'admin.nav.reviews', Icon: ReviewIcon },
  { path: '/admin/merchants', label: 'admin.nav.merchants', Icon: MerchantsIcon },
  { path: '/admin/deposits', label: 'admin.nav.deposits', Icon: DepositsIcon },
  { path: '/admin/audit-log', label: 'admin.nav.auditLog', Icon: AuditLogIcon },
  { path: '/admin/settings', label: 'admin.nav.settings', Icon: SettingsIcon },
];

/** The operator console: a sidebar layout of its own, distinct from the seller center. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const menu = useMenu();
  return (
    <div className="console">
      <aside className="console__sidebar">
        <div className="console__brand">
          <Brand to="/admin" context={t('app.console')} />
          <MenuButton open={menu.open} onToggle={menu.toggle} controls="console-nav" />
        </div>
        <nav
          id="console-nav"
          className="console__nav"
          data-open={menu.open}
          aria-label={t('admin.nav')}
        >
          {sections.map(({ path, label, Icon }) => (
            <Link key={path} to={path} className="console__link">
              <Icon />
              {t(label)}
            </Link>
          ))}
        </nav>
      </aside>
      <div className="console__body">
        <header className="console__topbar">
          <Link to="/" className="console__exit">
            <BackIcon />
            {t('admin.toSellerCenter')}
          </Link>
          <LanguageSwitch />
        </header>
        <main className="console__main">{children}</main>
      </div>
    </div>
  );
}
