import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ModeratedContent, ModerationCase } from './display';
import { MarkedHtml } from './highlight';
import styles from './Moderation.module.css';
import { TierTable, VariantTable } from './ProductPreview';

type Change = ModerationCase['changes'][number];

/** One part of the product as it was, or is: what the diff puts side by side. */
function PartValue({ content, change }: { content: ModeratedContent; change: Change }) {
  const { t } = useI18n();
  const empty = <span className={styles.muted}>{t('moderation.diff.empty')}</span>;
  switch (change.field) {
    case 'title':
      return content.title;
    case 'category':
      return content.category.name;
    case 'attribute': {
      const attribute = content.attributes.find((item) => item.code === change.attribute);
      return attribute ? attribute.value : empty;
    }
    case 'description':
      return content.descriptionHtml ? (
        <MarkedHtml
          html={content.descriptionHtml}
          words={[]}
          label=""
          className={styles.description}
        />
      ) : (
        empty
      );
    case 'images':
      return (
        <div className={styles.thumbs}>
          {content.images.length === 0
            ? t('moderation.diff.imageCount', { count: 0 })
            : content.images.map((image, index) => (
                <img
                  key={image.uploadId}
                  src={image.thumbUrl}
                  alt={t('moderation.case.imageAlt', { number: index + 1 })}
                  loading="lazy"
                />
              ))}
        </div>
      );
    case 'options':
      return content.options.length === 0 ? (
        empty
      ) : (
        <ul className={styles.plainList}>
          {content.options.map((option) => (
            <li key={option.name}>
              {option.name}: {option.values.join('、')}
            </li>
          ))}
        </ul>
      );
    case 'pricing':
      return (
        <>
          <p>
            {t(
              content.pricingMode === 'by_quantity'
                ? 'moderation.case.byQuantity'
                : 'moderation.case.byVariant',
              { moq: content.minOrderQuantity },
            )}
          </p>
          {content.tiers.length > 0 && <TierTable content={content} />}
        </>
      );
    case 'variants':
      return <VariantTable content={content} />;
  }
}

/**
 * What changed since the last decided review, part by part, the old beside the new: at a second
 * review the reviewer checks what the merchant corrected rather than the whole product again.
 */
export function ChangesPanel({ product }: { product: ModerationCase }) {
  const { t } = useI18n();
  const { previous, current, changes } = product;
  const name = (change: Change): string => {
    if (change.field !== 'attribute') return t(`moderation.diff.field.${change.field}`);
    const attribute =
      current.attributes.find((item) => item.code === change.attribute) ??
      previous?.attributes.find((item) => item.code === change.attribute);
    return t('moderation.diff.field.attribute', {
      name: attribute?.name ?? change.attribute ?? '',
    });
  };
  let body: ReactNode;
  if (!previous) body = <p className={styles.explain}>{t('moderation.diff.firstReview')}</p>;
  else if (changes.length === 0)
    body = <p className={styles.explain}>{t('moderation.diff.none')}</p>;
  else
    body = (
      <ul className={styles.changes} data-testid="moderation-changes">
        {changes.map((change) => (
          <li
            key={`${change.field}:${change.attribute ?? ''}`}
            className={styles.change}
            data-field={change.field}
          >
            <h3 className={styles.changeTitle}>
              {name(change)}
              <span className={`tag ${change.change === 'removed' ? 'tag--muted' : 'tag--ok'}`}>
                {t(`moderation.diff.${change.change}`)}
              </span>
            </h3>
            <div className={styles.sideBySide}>
              <div className={styles.before}>
                <span className={styles.sideLabel}>{t('moderation.diff.before')}</span>
                <PartValue content={previous} change={change} />
              </div>
              <div className={styles.after}>
                <span className={styles.sideLabel}>{t('moderation.diff.after')}</span>
                {change.change === 'removed' ? (
                  <span className={styles.muted}>{t('moderation.diff.empty')}</span>
                ) : (
                  <PartValue content={current} change={change} />
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <section className={`card ${styles.card}`} aria-labelledby="changes-title">
      <h2 id="changes-title" className={styles.cardTitle}>
        {t('moderation.diff.title')}
      </h2>
      {body}
    </section>
  );
}
