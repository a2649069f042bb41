import { type NavigateOptions, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { safeNextPath } from './authSearch';
import { useAuth } from './session';

/**
 * Goes elsewhere in place of the current history entry: to a typed route (`to`, `params`,
 * `search`), or to an address of the app given whole (`{ to: '/admin/login?next=…' }`).
 */
export function Redirect(props: NavigateOptions | { to: string }) {
  const navigate = useNavigate();
  const shownFor = useLocation({ select: (location) => location.href });
  const target = JSON.stringify(props);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `target` stands for the props
  useEffect(() => {
    // A navigation already under way wins: signing out goes to the sign-in page while the page
    // being left still renders, signed out, for a moment.
    const { pathname, search, hash } = window.location;
    if (`${pathname}${search}${hash}` !== shownFor) return;
    const typed = 'search' in props || 'params' in props;
    void navigate(
      typed ? { ...(props as NavigateOptions), replace: true } : { href: props.to, replace: true },
    );
  }, [navigate, target, shownFor]);
  return <Loading />;
}

/** Pages for signed-in merchants: visitors are sent to sign in and brought back afterwards. */
export function RequireMerchant({ children }: { children: ReactNode }) {
  const next = useLocation({ select: (location) => `${location.pathname}${location.searchStr}` });
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'unavailable') {
    return (
      <section className="page">
        <ErrorNotice error={auth.error} onRetry={() => void auth.refresh()} />
      </section>
    );
  }
  if (auth.status === 'signedOut') return <Redirect to="/login" search={{ next }} />;
  return children;
}

/** Sign-in and sign-up: a merchant who is signed in goes on to where they were headed. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const next = useSearch({ strict: false, select: (search) => safeNextPath(search.next) });
  if (auth.status === 'signedIn') return <Redirect to={next ?? '/dashboard'} />;
  return children;
}

/** `/`: the introduction for visitors, the seller center home for merchants. */
export function HomeRoute({ visitor }: { visitor: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'signedIn') return <Redirect to="/dashboard" />;
  return visitor;
}
