import './store.css';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/i18n';
import { Link } from '../../router';

const sections: { path: string; label: MessageKey }[] = [
  { path: '/store', label: 'store.nav.overview' },
  { path: '/store/design', label: 'store.nav.design' },
  { path: '/store/deposit', label: 'store.nav.deposit' },
];

/** The store's own pages, under the seller center's "Store". */
export function StoreNav() {
  const t = useT();
  return (
    <nav className="store-nav" aria-label={t('store.nav')}>
      {sections.map((section) => (
        <Link key={section.path} to={section.path} className="store-nav__link">
          {t(section.label)}
        </Link>
      ))}
    </nav>
  );
}
