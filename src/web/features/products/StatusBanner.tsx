import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { Product } from './formValues';
import type { SaveOutcome } from './ProductForm';
import styles from './ProductForm.module.css';
import { ProductStatus } from './ProductStatus';
import { flagDetail, flagFacts, flagLabel } from './reviewFlags';

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
  const { t, language } = useI18n();
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
            <li key={flag.kind}>
              <strong>{flagLabel(t, flagFacts(flag))}</strong>{' '}
              {flagDetail(t, language, flagFacts(flag), {
                category: undefined,
                attribute: (code) => code,
              })}
            </li>
          ))}
        </ul>
      )}
      {outcome?.failure ? <ErrorNotice error={outcome.failure} /> : null}
    </div>
  );
}
