import { useT } from '../../i18n/i18n';
import type { Product } from './formValues';
import styles from './ProductStatus.module.css';

export type Status = Product['status'];

const tone: Record<Status, string> = {
  draft: 'status--muted',
  pending_review: 'status--warn',
  published: 'status--ok',
  rejected: styles.danger ?? '',
  unpublished: 'status--muted',
  archived: 'status--muted',
  taken_down: styles.danger ?? '',
};

/** A product's status as a badge. */
export function ProductStatus({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`status ${tone[status]}`} data-status={status}>
      {t(`products.status.${status}`)}
    </span>
  );
}
