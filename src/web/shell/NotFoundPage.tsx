import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage({ home, homeLabel }: { home: string; homeLabel: MessageKey }) {
  const t = useT();
  usePageTitle('notFound.title');
  return (
    <section className="page">
      <div className="card empty-state">
        <p className="empty-state__code">404</p>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link to={home} className="button button--primary">
          {t(homeLabel)}
        </Link>
      </div>
    </section>
  );
}
