import type { ReactNode } from 'react';

/** What a page or a list shows when there is nothing (yet): a short sentence, maybe an action. */
export function EmptyState({
  children,
  icon,
  action,
  testId,
}: {
  children: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="card empty-state" data-testid={testId}>
      {icon && (
        <span className="empty-state__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <p>{children}</p>
      {action}
    </div>
  );
}
