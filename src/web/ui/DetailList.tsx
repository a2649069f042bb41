import type { ReactNode } from 'react';
import { classes } from './classes';
import styles from './DetailList.module.css';

/** Read-only facts as label and value (a <dl>): a verification's fields, a merchant's account. */
export function DetailList({ className, children }: { className?: string; children: ReactNode }) {
  return <dl className={classes(styles.list, className)}>{children}</dl>;
}

/** One fact of a DetailList; `label` may carry tags beside the words. */
export function DetailRow({
  label,
  children,
  ...data
}: {
  label: ReactNode;
  children: ReactNode;
} & { [data: `data-${string}`]: string | undefined }) {
  return (
    <div className={styles.row} {...data}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A fact not given, greyed: "—" unless it says more ("None", "Not published"). */
export function DetailEmpty({ children = '—' }: { children?: ReactNode }) {
  return <span className={styles.empty}>{children}</span>;
}
