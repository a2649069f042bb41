import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { useRouter } from '../../router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { safeNextPath } from './account';
import { useAuth } from './session';

/** Goes to `to` in place of the current history entry. */
export function Redirect({ to }: { to: string }) {
  const { navigate } = useRouter();
  const shownFor = useLocation({ select: (location) => location.href });
  useEffect(() => {
    // A navigation already under way wins: signing out goes to the sign-in page while the page
    // being left still renders, signed out, for a moment.
    const { pathname, search, hash } = window.location;
    if (`${pathname}${search}${hash}` !== shownFor) return;
    navigate(to, { replace: true });
  }, [navigate, to, shownFor]);
  return <Loading />;
}

/** Pages for signed-in merchants: visitors are sent to sign in and brought back afterwards. */
export function RequireMerchant({ children }: { children: ReactNode }) {
  const { path } = useRouter();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'unavailable') {
    return (
      <section className="page">
        <ErrorNotice error={auth.error} onRetry={() => void auth.refresh()} />
      </section>
    );
  }
  if (auth.status === 'signedOut') {
    const next = `${path}${window.location.search}`;
    return <Redirect to={`/login?next=${encodeURIComponent(next)}`} />;
  }
  return children;
}

/** Sign-in and sign-up: a merchant who is signed in goes on to where they were headed. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'signedIn') {
    return <Redirect to={safeNextPath(window.location.search) ?? '/dashboard'} />;
  }
  return children;
}

/** `/`: the introduction for visitors, the seller center home for merchants. */
export function HomeRoute({ visitor }: { visitor: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'signedIn') return <Redirect to="/dashboard" />;
  return visitor;
}
