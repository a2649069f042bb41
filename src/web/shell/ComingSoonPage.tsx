import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';
import { EmptyState } from '../ui/EmptyState';
import { SoonIcon } from './icons';
import { usePageTitle } from './usePageTitle';

/** A section whose feature is not built yet: says what it will do, and that it is coming. */
export function ComingSoonPage({
  title,
  summary,
  scope,
}: {
  title: MessageKey;
  summary: MessageKey;
  scope: MessageKey;
}) {
  const t = useT();
  usePageTitle(title, scope);
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t(title)}</h1>
        <p className="page__summary">{t(summary)}</p>
      </header>
      <EmptyState
        icon={<SoonIcon />}
        badge={<span className="badge">{t('comingSoon.badge')}</span>}
      >
        {t('comingSoon.body')}
      </EmptyState>
    </section>
  );
}
