import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import styles from './DesignPreview.module.css';
import { designPreviewUrl } from './queries';

type Viewport = 'desktop' | 'phone';

/** The server's rendering of the saved draft, in a frame; it reloads after every save. */
export function DesignPreview({
  hasDraft,
  version,
  dirty,
}: {
  hasDraft: boolean;
  version: number;
  dirty: boolean;
}) {
  const { t } = useI18n();
  const [viewport, setViewport] = useState<Viewport>('desktop');
  return (
    <section className={`card ${styles.preview}`} aria-labelledby="preview-title">
      <div className={styles.head}>
        <h2 id="preview-title" className={styles.title}>
          {t('store.design.preview')}
        </h2>
        {hasDraft && (
          <div className={styles.tools}>
            <fieldset className={styles.segmented}>
              <legend className="visually-hidden">{t('store.design.preview.viewport')}</legend>
              {(['desktop', 'phone'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={viewport === option}
                  onClick={() => setViewport(option)}
                >
                  {t(
                    option === 'desktop'
                      ? 'store.design.preview.desktop'
                      : 'store.design.preview.phone',
                  )}
                </button>
              ))}
            </fieldset>
            <a
              href={designPreviewUrl(version)}
              target="_blank"
              rel="noopener"
              className={styles.open}
            >
              {t('store.design.preview.open')}
            </a>
          </div>
        )}
      </div>
      {hasDraft ? (
        <>
          {dirty && <p className={styles.stale}>{t('store.design.preview.stale')}</p>}
          <div className={styles.frame} data-viewport={viewport}>
            <iframe
              key={version}
              title={t('store.design.preview.frame')}
              src={designPreviewUrl(version)}
              data-testid="design-preview"
            />
          </div>
        </>
      ) : (
        <p className={styles.empty}>{t('store.design.preview.empty')}</p>
      )}
    </section>
  );
}
