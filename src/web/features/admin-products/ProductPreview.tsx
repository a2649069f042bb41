import { useI18n } from '../../i18n/i18n';
import { flagDetail, flagLabel } from '../products/reviewFlags';
import { formatMoney } from '../store/format';
import { flaggedWords, type ModeratedContent } from './display';
import { Marked, MarkedHtml } from './highlight';
import styles from './Moderation.module.css';

/** Why the automatic checks held the product, each flag with what it found. */
export function FlagList({ content }: { content: ModeratedContent }) {
  const { t, language } = useI18n();
  if (content.flags.length === 0)
    return (
      <p className={styles.explain} data-testid="moderation-flags">
        {t('moderation.noFlags')}
      </p>
    );
  const names = {
    category: content.category.name,
    attribute: (code: string) =>
      content.attributes.find((attribute) => attribute.code === code)?.name ?? code,
  };
  return (
    <ul className={styles.flags} data-testid="moderation-flags">
      {content.flags.map((flag) => (
        <li key={flag.kind} className={styles.flag}>
          <strong>{flagLabel(t, flag)}</strong>
          <span>{flagDetail(t, language, flag, names)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Tier rows as quantity ranges: 1–99, 100–499, 500 and more. */
export function TierTable({ content }: { content: ModeratedContent }) {
  const { t, language } = useI18n();
  const money = (amount: number) => formatMoney({ amount, currency: content.currency }, language);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t('moderation.case.tierQuantity')}</th>
          <th scope="col">{t('moderation.case.tierPrice')}</th>
        </tr>
      </thead>
      <tbody>
        {content.tiers.map((tier, index) => {
          const next = content.tiers[index + 1];
          return (
            <tr key={tier.minQuantity}>
              <td>
                {next
                  ? t('moderation.case.tierRange', {
                      min: tier.minQuantity,
                      max: next.minQuantity - 1,
                    })
                  : t('moderation.case.tierFrom', { min: tier.minQuantity })}
              </td>
              <td>{money(tier.price)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const variantName = (options: Record<string, string>) => Object.values(options).join(' / ');

/** Every variant with its SKU, stock and (priced by variant) price. */
export function VariantTable({ content }: { content: ModeratedContent }) {
  const { t, language } = useI18n();
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('moderation.case.variant')}</th>
            <th scope="col">{t('moderation.case.sku')}</th>
            <th scope="col">{t('moderation.case.stock')}</th>
            {content.pricingMode === 'by_variant' && (
              <th scope="col">{t('moderation.case.price')}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {content.variants.map((variant) => (
            <tr key={variant.sku}>
              <td>{variantName(variant.options) || t('moderation.case.singleVariant')}</td>
              <td className="mono">{variant.sku}</td>
              <td>{variant.stock}</td>
              {content.pricingMode === 'by_variant' && (
                <td>
                  {variant.price === null
                    ? '—'
                    : formatMoney({ amount: variant.price, currency: content.currency }, language)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The product as a buyer would see it, as the reviewer decides on it: images, title, prices,
 * attributes and the description, with the banned words the checks found marked.
 */
export function ProductPreview({ content }: { content: ModeratedContent }) {
  const { t } = useI18n();
  const words = flaggedWords(content.flags);
  const markLabel = t('moderation.case.marked');
  const [main, ...more] = content.images;
  return (
    <div className={styles.preview}>
      <section className={`card ${styles.card}`} aria-labelledby="preview-images">
        <h2 id="preview-images" className={styles.cardTitle}>
          {t('moderation.case.images')}
        </h2>
        {main ? (
          <div className={styles.gallery}>
            <img
              className={styles.mainImage}
              src={main.url}
              alt={t('moderation.case.imageAlt', { number: 1 })}
            />
            {more.length > 0 && (
              <div className={styles.thumbs}>
                {more.map((image, index) => (
                  <img
                    key={image.uploadId}
                    src={image.thumbUrl}
                    alt={t('moderation.case.imageAlt', { number: index + 2 })}
                    loading="lazy"
                  />
                ))}
              </div>
            )}
          </div>
        ) : (
          <p className={styles.explain}>{t('moderation.case.noImages')}</p>
        )}
      </section>

      <section className={`card ${styles.card}`} aria-labelledby="preview-title">
        <h2 id="preview-title" className={styles.productTitle} data-testid="preview-title">
          <Marked text={content.title} words={words} label={markLabel} />
        </h2>
        <dl className={styles.facts}>
          <dt>{t('moderation.case.category')}</dt>
          <dd>{content.category.name}</dd>
        </dl>
        <h3 className={styles.subTitle}>{t('moderation.case.pricing')}</h3>
        <p className={styles.explain}>
          {t(
            content.pricingMode === 'by_quantity'
              ? 'moderation.case.byQuantity'
              : 'moderation.case.byVariant',
            { moq: content.minOrderQuantity },
          )}
        </p>
        {content.pricingMode === 'by_quantity' && content.tiers.length > 0 && (
          <TierTable content={content} />
        )}
        <h3 className={styles.subTitle}>{t('moderation.case.variants')}</h3>
        <VariantTable content={content} />
        <h3 className={styles.subTitle}>{t('moderation.case.attributes')}</h3>
        {content.attributes.length === 0 ? (
          <p className={styles.explain}>{t('moderation.case.noAttributes')}</p>
        ) : (
          <dl className={styles.facts}>
            {content.attributes.map((attribute) => (
              <div key={attribute.code} className={styles.fact}>
                <dt>{attribute.name}</dt>
                <dd>
                  <Marked text={attribute.value} words={words} label={markLabel} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className={`card ${styles.card}`} aria-labelledby="preview-description">
        <h2 id="preview-description" className={styles.cardTitle}>
          {t('moderation.case.description')}
        </h2>
        {content.descriptionHtml ? (
          <MarkedHtml
            html={content.descriptionHtml}
            words={words}
            label={markLabel}
            className={styles.description}
          />
        ) : (
          <p className={styles.explain}>{t('moderation.case.noDescription')}</p>
        )}
      </section>
    </div>
  );
}
