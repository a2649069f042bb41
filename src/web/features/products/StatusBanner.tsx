import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { merchantCanMove } from '../../../shared/product-status';
import { type Translate, useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useMyStore } from '../store/queries';
import type { Leaf } from './categories';
import type { Product } from './formValues';
import type { SaveOutcome } from './ProductForm';
import { ProductStatus } from './ProductStatus';
import { flagDetail, flagFacts, flagLabel } from './reviewFlags';
import styles from './StatusBanner.module.css';
import { useStatusMoves } from './useStatusMoves';

/**
 * The top of the edit page: the product's status and what can be done from it (view it on the
 * storefront, unpublish, archive; publishing is the form's, which saves first), an operator's
 * reason (a rejection or a take-down), why the automatic checks held it for review, and what the
 * last save or move came to.
 */
export function StatusBanner({
  product,
  outcome,
  leaves,
}: {
  product: Product;
  outcome: SaveOutcome | null;
  leaves: readonly Leaf[];
}) {
  const { t, language } = useI18n();
  const moves = useStatusMoves(product);
  const [confirming, setConfirming] = useState(false);
  // What the last save came to, while the page shows the product it saved.
  const saved = outcome && outcome.product.updatedAt === product.updatedAt ? outcome : null;
  const said = moves.moved
    ? t(
        moves.moved.status === 'archived'
          ? 'product.outcome.archived'
          : 'product.outcome.unpublished',
      )
    : saved && !saved.failure
      ? saveOutcomeText(t, saved, product)
      : null;
  const leaf = leaves.find((candidate) => candidate.id === product.categoryId);
  const names = {
    category: leaf?.path.at(-1),
    attribute: (code: string) =>
      leaf?.attributes.find((attribute) => attribute.code === code)?.name ?? code,
  };
  return (
    <div className={`card ${styles.banner}`} data-testid="product-status">
      <div className={styles.head}>
        <p className={styles.status}>
          {t('product.status.label')} <ProductStatus status={product.status} />
        </p>
        <div className={styles.actions} data-testid="product-actions">
          {product.status === 'published' && <StorefrontLink productId={product.id} />}
          {merchantCanMove(product.status, 'unpublish') && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={moves.busy}
              onClick={() => void moves.run('unpublish')}
            >
              {t('product.unpublish')}
            </button>
          )}
          {merchantCanMove(product.status, 'archive') && (
            <button
              type="button"
              className="button button--danger button--small"
              disabled={moves.busy}
              onClick={() => setConfirming(true)}
            >
              {t('product.archive')}
            </button>
          )}
        </div>
      </div>
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
          {product.reviewFlags.map(flagFacts).map((flag) => (
            <li key={flag.kind}>
              <strong>{flagLabel(t, flag)}</strong> {flagDetail(t, language, flag, names)}
            </li>
          ))}
        </ul>
      )}
      {!confirming && <ErrorNotice error={moves.failure} />}
      {saved?.failure ? <ErrorNotice error={saved.failure} /> : null}
      {confirming && (
        <ConfirmDialog
          title={t('product.archive.title', { title: product.title || t('products.untitled') })}
          description={t('product.archive.body')}
          confirmLabel={t('product.archive.confirm')}
          busy={moves.busy}
          failure={moves.failedMove === 'archive' ? moves.failure : null}
          onConfirm={() =>
            void moves.run('archive').then((archived) => archived && setConfirming(false))
          }
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

/** What a save (and the publication after it) came to. */
function saveOutcomeText(t: Translate, outcome: SaveOutcome, product: Product): string {
  if (product.status === 'pending_review') {
    return t(
      product.reviewFlags.length > 0
        ? 'product.outcome.pendingReview'
        : 'product.outcome.resubmitted',
    );
  }
  if (outcome.action === 'publish' && product.status === 'published') {
    return t('product.outcome.published');
  }
  return t(product.status === 'draft' ? 'product.outcome.saved' : 'product.outcome.changesSaved');
}

/** The product's page on the storefront, once the store's design is published. */
function StorefrontLink({ productId }: { productId: string }) {
  const { t } = useI18n();
  const store = useMyStore().data;
  if (store === undefined) return null;
  // `url` is set once the design is published; the storefront is served where this page is.
  if (!store?.url || !store.slug) {
    return (
      <span className={styles.note}>
        {t('product.storefront.notPublished')}{' '}
        <Link to="/store/design">{t('product.storefront.design')}</Link>
      </span>
    );
  }
  return (
    <a
      className="button button--secondary button--small"
      href={`/s/${store.slug}/p/${productId}`}
      target="_blank"
      rel="noreferrer"
    >
      {t('product.viewOnStorefront')}
    </a>
  );
}
