import { useLocation, useRouter as useTanStackRouter } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, type MouseEvent, useCallback, useMemo } from 'react';

// The route tree is TanStack Router's (routes.tsx). This file keeps the small face the pages used
// before it — the current path, navigate to an address, a link marked on its own page — for the
// pages not yet moved to typed routes (`Link`/`useNavigate` from @tanstack/react-router with
// `to`, `params` and `search`). It goes when the last of them has moved.

type Router = {
  path: string;
  navigate: (to: string, options?: { replace?: boolean }) => void;
};

/** `/store/` and `/store` are the same page. */
function normalisePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

export function useRouter(): Router {
  const router = useTanStackRouter();
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useCallback(
    (to: string, options?: { replace?: boolean }) => {
      if (options?.replace) router.history.replace(to);
      else router.history.push(to);
      window.scrollTo(0, 0);
    },
    [router],
  );
  const path = normalisePath(pathname);
  return useMemo(() => ({ path, navigate }), [path, navigate]);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link that navigates in place; marks itself `aria-current` on its own page. */
export function Link({ to, onClick, ...anchorProps }: LinkProps) {
  const { path, navigate } = useRouter();

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Leave modified clicks (new tab, download, …) and other targets to the browser.
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || anchorProps.target) return;
    event.preventDefault();
    navigate(to);
  };

  return (
    <a
      href={to}
      aria-current={normalisePath(to) === path ? 'page' : undefined}
      onClick={handleClick}
      {...anchorProps}
    />
  );
}
