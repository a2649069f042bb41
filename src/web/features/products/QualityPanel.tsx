import type { ResponseOf } from '../../api/contract';
import { useT } from '../../i18n/i18n';
import styles from './ProductForm.module.css';
import type { Quality } from './quality';

/** The package's listing limit as the product list answers it. */
export type ListingLimit = ResponseOf<'getMeProducts'>['limit'];

/**
 * The listing quality score as the form stands (computed here, the server's checks), each check
 * passed or not with what to do about it, the score last saved, and the listings left.
 */
export function QualityPanel({
  quality,
  savedScore,
  limit,
}: {
  quality: Quality;
  savedScore: number | null;
  limit: ListingLimit | null;
}) {
  const t = useT();
  const next = quality.checks.find((check) => !check.passed);
  return (
    <aside
      className={`card ${styles.quality}`}
      aria-labelledby="quality-title"
      data-testid="quality-panel"
    >
      <h2 id="quality-title" className={styles.sectionTitle}>
        {t('product.quality.title')}
      </h2>
      <div className={styles.score}>
        <span className={styles.scoreValue} data-testid="quality-score">
          {quality.score}
        </span>
        <span className={styles.scoreMax}>/ 100</span>
      </div>
      <div
        className={`progress ${styles.scoreBar}`}
        role="progressbar"
        aria-label={t('product.quality.title')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={quality.score}
      >
        <span className="progress__bar" style={{ width: `${quality.score}%` }} />
      </div>
      {savedScore !== null && savedScore !== quality.score && (
        <p className={styles.muted}>{t('product.quality.saved', { score: savedScore })}</p>
      )}
      <ul className={styles.checks}>
        {quality.checks.map((check) => (
          <li
            key={check.key}
            className={styles.check}
            data-passed={check.passed}
            data-check={check.key}
          >
            <span className={styles.checkMark} aria-hidden="true">
              {check.passed ? '✓' : '○'}
            </span>
            <span>
              <span className={styles.checkName}>
                {t(`product.quality.check.${check.key}`)}
                <span className="visually-hidden">
                  {t(check.passed ? 'product.quality.passed' : 'product.quality.notYet')}
                </span>
              </span>
              {!check.passed && (
                <span className={styles.checkFix}>{t(`product.quality.fix.${check.key}`)}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className={styles.next}>
        {next
          ? t('product.quality.next', { what: t(`product.quality.check.${next.key}`) })
          : t('product.quality.allDone')}
      </p>
      {limit && (
        <p className={styles.limit} data-testid="listing-limit">
          {t('product.limit.remaining', { remaining: limit.remaining, limit: limit.limit })}
        </p>
      )}
    </aside>
  );
}
