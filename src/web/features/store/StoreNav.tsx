import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/i18n';
import styles from './StoreNav.module.css';

const sections = [
  { to: '/store', label: 'store.nav.overview' },
  { to: '/store/design', label: 'store.nav.design' },
  { to: '/store/deposit', label: 'store.nav.deposit' },
] as const satisfies readonly { to: string; label: MessageKey }[];

/** The store's own pages, under the seller center's "Store". */
export function StoreNav() {
  const t = useT();
  return (
    <nav className={styles.nav} aria-label={t('store.nav')}>
      {sections.map((section) => (
        <Link
          key={section.to}
          to={section.to}
          className={styles.link}
          activeOptions={{ exact: true, includeSearch: false }}
        >
          {t(section.label)}
        </Link>
      ))}
    </nav>
  );
}
