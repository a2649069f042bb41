import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Redirect } from '../auth/guards';
import styles from './guards.module.css';
import { holdsAny, type OperatorRole, roleLabels } from './operator';
import { homeSectionFor } from './sections';
import { useOperator, useOperatorAuth } from './session';

/** Every console page but the sign-in: others are sent to sign in and brought back after. */
export function RequireOperator({ children }: { children: ReactNode }) {
  const here = useLocation({ select: (location) => `${location.pathname}${location.searchStr}` });
  const auth = useOperatorAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'unavailable') {
    return (
      <section className={`page ${styles.gate}`}>
        <ErrorNotice error={auth.error} onRetry={() => void auth.refresh()} />
      </section>
    );
  }
  if (auth.status === 'signedOut') {
    return <Redirect to={`/admin/login?next=${encodeURIComponent(here)}`} />;
  }
  return children;
}

/** A page for some duties only; others are told which role it needs (the API refuses them too). */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly OperatorRole[];
  children: ReactNode;
}) {
  const operator = useOperator();
  return holdsAny(operator, roles) ? children : <Forbidden roles={roles} />;
}

function Forbidden({ roles }: { roles: readonly OperatorRole[] }) {
  const t = useT();
  const operator = useOperator();
  usePageTitle('console.forbidden.title', 'app.console');
  const needed = roles.map((role) => t(roleLabels[role])).join(' / ');
  return (
    <section className="page">
      <EmptyState
        code="403"
        title={t('console.forbidden.title')}
        testId="console-forbidden"
        action={
          <Link to={homeSectionFor(operator)} className="button button--primary">
            {t('console.forbidden.home')}
          </Link>
        }
      >
        {t('console.forbidden.body', { roles: needed })}
      </EmptyState>
    </section>
  );
}

/** `/admin`: the operator's own first section. */
export function ConsoleHome() {
  const operator = useOperator();
  return <Redirect to={homeSectionFor(operator)} />;
}

/** An unknown console address: the way back is a page this operator's roles can open. */
export function ConsoleNotFound() {
  const operator = useOperator();
  return <NotFoundPage home={homeSectionFor(operator)} homeLabel="notFound.consoleHome" />;
}
