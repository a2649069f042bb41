import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { Product } from './formValues';
import type { SaveOutcome } from './ProductForm';
import styles from './ProductForm.module.css';
import { ProductStatus } from './ProductStatus';

/**
 * The top of the edit page: the product's status, an operator's reason (a rejection or a
 * take-down), why the automatic checks held it for review, and what the last save came to.
 */
export function StatusBanner({
  product,
  outcome,
}: {
  product: Product;
  outcome: SaveOutcome | null;
}) {
  const t = useT();
  const said =
    outcome && !outcome.failure
      ? product.status === 'published'
        ? t('product.outcome.published')
        : product.status === 'pending_review'
          ? t('product.outcome.pendingReview')
          : t('product.outcome.saved')
      : null;
  return (
    <div className={`card ${styles.banner}`} data-testid="product-status">
      <p className={styles.bannerStatus}>
        {t('product.status.label')} <ProductStatus status={product.status} />
      </p>
      {said && (
        <p className={styles.outcome} role="status">
          {said}
        </p>
      )}
      {product.statusReason && (
        <p className={styles.reason}>
          {t('product.status.reason', { reason: product.statusReason })}
        </p>
      )}
      {product.status === 'pending_review' && product.reviewFlags.length > 0 && (
        <ul className={styles.flags} aria-label={t('product.flags.title')}>
          {product.reviewFlags.map((flag) => (
            <li key={`${flag.kind}:${JSON.stringify(flag.detail)}`}>{flagText(t, flag)}</li>
          ))}
        </ul>
      )}
      {outcome?.failure ? <ErrorNotice error={outcome.failure} /> : null}
    </div>
  );
}

type Flag = Product['reviewFlags'][number];

function flagText(t: ReturnType<typeof useT>, flag: Flag): string {
  const detail = flag.detail;
  const words = Array.isArray(detail.words) ? detail.words.join(', ') : '';
  if (flag.kind === 'banned_word') return t('product.flags.banned_word', { words });
  return t(`product.flags.${flag.kind}`);
}
