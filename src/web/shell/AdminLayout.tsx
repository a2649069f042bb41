import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { OperatorPanel } from '../features/admin/OperatorPanel';
import { useSectionBadges } from '../features/admin/sectionBadges';
import { sectionsFor } from '../features/admin/sections';
import { useOperatorAuth } from '../features/admin/session';
import { withGrowthSection } from '../features/admin-growth/section';
import { withStoreSections } from '../features/admin-stores/sections';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import styles from './AdminLayout.module.css';
import { Brand } from './Brand';
import { BackIcon } from './icons';
import { MenuButton, useMenu } from './MenuButton';
import { inSection, onOwnPage } from './menuLinks';

/** The operator console: a sidebar layout of its own, distinct from the seller center. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const menu = useMenu();
  const path = useLocation({ select: (location) => location.pathname });
  const { operator } = useOperatorAuth();
  const sections = withGrowthSection(withStoreSections(sectionsFor(operator), operator), operator);
  const badges = useSectionBadges(sections, path);
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
          {/* Only the sections the operator's roles can use (the API refuses the others). */}
          {sections.map((section) => (
            <Link
              key={section.path}
              to={section.path}
              activeOptions={inSection}
              className="console__link"
            >
              <section.Icon />
              {t(section.label)}
              {Boolean(badges[section.path]) && (
                <span className={styles.badge}>
                  <span aria-hidden="true">{menuCount(badges[section.path] ?? 0)}</span>
                  <span className="visually-hidden">
                    {t('console.nav.waiting', { count: badges[section.path] ?? 0 })}
                  </span>
                </span>
              )}
            </Link>
          ))}
        </nav>
        <OperatorPanel open={menu.open} />
      </aside>
      <div className="console__body">
        <header className="console__topbar">
          <Link to="/" activeOptions={onOwnPage} className="console__exit">
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

/** A menu badge stays short: past 99 it reads 99+. */
const menuCount = (count: number) => (count > 99 ? '99+' : String(count));
