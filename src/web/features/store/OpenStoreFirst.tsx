import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';

/** What a store page shows a merchant who has no store yet: open one first, and where. */
export function OpenStoreFirst({ body }: { body: 'design' | 'deposit' }) {
  const { t } = useI18n();
  return (
    <div className="card empty-state" data-testid="open-store-first">
      <h2>{t('store.design.noStore.title')}</h2>
      <p>{t(body === 'design' ? 'store.design.noStore.body' : 'store.deposit.noStore.body')}</p>
      <Link to="/store" className="button button--primary">
        {t('store.design.noStore.action')}
      </Link>
    </div>
  );
}
