import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { EmptyState } from '../ui/EmptyState';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage({ home, homeLabel }: { home: string; homeLabel: MessageKey }) {
  const t = useT();
  usePageTitle('notFound.title');
  return (
    <section className="page">
      <EmptyState
        code="404"
        title={t('notFound.title')}
        action={
          <Link to={home} className="button button--primary">
            {t(homeLabel)}
          </Link>
        }
      >
        {t('notFound.body')}
      </EmptyState>
    </section>
  );
}
