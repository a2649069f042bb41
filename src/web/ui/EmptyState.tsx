import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

/**
 * What a page or a list shows when there is nothing (yet): a short sentence, maybe an action.
 * A page that is all empty state has a `title` (its heading, h1 unless `level` says otherwise),
 * above it an error `code` (404) or an `icon`, and a `badge` ("Coming soon").
 */
export function EmptyState({
  children,
  icon,
  code,
  title,
  level = 1,
  badge,
  action,
  testId,
}: {
  children: ReactNode;
  icon?: ReactNode;
  code?: string;
  title?: ReactNode;
  level?: 1 | 2;
  badge?: ReactNode;
  action?: ReactNode;
  testId?: string;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className={`card ${styles.empty}`} data-testid={testId}>
      {code && <p className={styles.code}>{code}</p>}
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      {badge}
      {title && <Heading>{title}</Heading>}
      <p>{children}</p>
      {action}
    </div>
  );
}
