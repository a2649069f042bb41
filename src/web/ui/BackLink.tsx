import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BackIcon } from '../shell/icons';
import styles from './BackLink.module.css';

/** Above a detail page: back to its list (`children` names the list). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={styles.link}>
      <BackIcon />
      {children}
    </Link>
  );
}
