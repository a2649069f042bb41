import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';

/** What a store page shows a merchant who has no store yet: open one first, and where. */
export function OpenStoreFirst({ body }: { body: 'design' | 'deposit' }) {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('store.design.noStore.title')}
      level={2}
      testId="open-store-first"
      action={
        <Link to="/store" className="button button--primary">
          {t('store.design.noStore.action')}
        </Link>
      }
    >
      {t(body === 'design' ? 'store.design.noStore.body' : 'store.deposit.noStore.body')}
    </EmptyState>
  );
}
