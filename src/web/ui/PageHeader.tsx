import type { ReactNode } from 'react';
import styles from './PageHeader.module.css';

/** A page's title and summary (styles.css `.page__header`), with what the page can create. */
export function PageHeader({
  title,
  summary,
  actions,
}: {
  title: ReactNode;
  summary?: ReactNode;
  /** At the heading's end ("New operator"); under it on a narrow screen. */
  actions?: ReactNode;
}) {
  const heading = (
    <>
      <h1>{title}</h1>
      {summary && <p className="page__summary">{summary}</p>}
    </>
  );
  if (!actions) return <header className="page__header">{heading}</header>;
  return (
    <header className={`page__header ${styles.withActions}`}>
      <div>{heading}</div>
      {actions}
    </header>
  );
}
