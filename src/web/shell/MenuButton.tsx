import { useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import { CloseIcon, MenuIcon } from './icons';

/** Open state of a collapsible menu: it closes after navigating and on Escape. */
export function useMenu() {
  const path = useLocation({ select: (location) => location.pathname });
  // Remembering the page the menu was opened on closes it on navigation without an effect.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === path;

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpenedOn(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return { open, toggle: () => setOpenedOn(open ? null : path) };
}

/** Shown only on narrow screens (see styles.css), where navigation collapses. */
export function MenuButton({
  open,
  onToggle,
  controls,
}: {
  open: boolean;
  onToggle: () => void;
  controls: string;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="menu-button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={t(open ? 'nav.closeMenu' : 'nav.openMenu')}
      onClick={onToggle}
    >
      {open ? <CloseIcon /> : <MenuIcon />}
    </button>
  );
}
