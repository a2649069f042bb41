import { useI18n } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import styles from './DesignPage.module.css';
import { formatDateTime } from './format';

/**
 * Under the design form: what went wrong, where the published storefront is, whether the
 * draft is saved, and the save and publish buttons.
 */
export function DesignActions({
  failure,
  inlineError,
  publishError,
  publishedUrl,
  dirty,
  savedAt,
  hasDraft,
  busy,
  publishable,
  onPublish,
}: {
  /** A failure of the save that belongs to no field. */
  failure: unknown;
  /** The save failed on fields, which show their own messages. */
  inlineError: boolean;
  publishError: unknown;
  /** The storefront's address, once published. */
  publishedUrl: string | null;
  dirty: boolean;
  savedAt: string | null;
  hasDraft: boolean;
  busy: boolean;
  publishable: boolean;
  onPublish: () => void;
}) {
  const { t, language } = useI18n();
  return (
    <div className={styles.actions} data-testid="design-actions">
      <ErrorNotice error={failure} />
      {inlineError && (
        <p className="alert alert--error" role="alert">
          {t('ui.error.checkFields')}
        </p>
      )}
      <ErrorNotice error={publishError} />
      {publishedUrl && (
        <SuccessNotice>
          <span data-testid="published-notice">
            {t('store.design.published')}{' '}
            <a href={publishedUrl} target="_blank" rel="noopener">
              {publishedUrl}
            </a>
          </span>
        </SuccessNotice>
      )}
      <div className={styles.bar}>
        <p className={styles.state} aria-live="polite">
          {dirty && hasDraft
            ? t('store.design.unsaved')
            : savedAt
              ? t('store.design.savedAt', { time: formatDateTime(savedAt, language) })
              : t('store.design.notSaved')}
        </p>
        <div className={styles.buttons}>
          <button
            type="submit"
            className="button button--secondary"
            disabled={busy || (!dirty && hasDraft)}
          >
            {t('store.design.save')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!publishable || busy}
            onClick={onPublish}
          >
            {t('store.design.publish')}
          </button>
        </div>
      </div>
      {!publishable && <p className={styles.note}>{t('store.design.notPublishable')}</p>}
    </div>
  );
}
