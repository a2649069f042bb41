import type { UseFormReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import type { TemplateAttribute } from './categories';
import type { ProductValues } from './formValues';
import styles from './ProductForm.module.css';

/**
 * The chosen category's attributes: a list of values is a select, free text an input. Values are
 * kept by code, so switching to a category that asks for the same attribute keeps what was typed.
 */
export function AttributesSection({
  form,
  template,
  chosen,
}: {
  form: UseFormReturn<ProductValues>;
  template: readonly TemplateAttribute[];
  chosen: boolean;
}) {
  const t = useT();
  const errors = form.formState.errors.attributes;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-attributes">
      <h2 id="product-attributes" className={styles.sectionTitle}>
        {t('product.section.attributes')}
      </h2>
      {!chosen ? (
        <p className={styles.muted}>{t('product.attributes.chooseCategory')}</p>
      ) : template.length === 0 ? (
        <p className={styles.muted}>{t('product.attributes.none')}</p>
      ) : (
        <div className={styles.grid}>
          {template.map((attribute) => (
            <Field
              key={attribute.code}
              label={
                <>
                  {attribute.name}
                  {attribute.required && (
                    <span className={styles.required} title={t('product.attributes.required')}>
                      {' *'}
                      <span className="visually-hidden">{t('product.attributes.required')}</span>
                    </span>
                  )}
                </>
              }
              optional={!attribute.required}
              error={errors?.[attribute.code]?.message}
            >
              {(control) =>
                attribute.values && attribute.values.length > 0 ? (
                  <select
                    {...control}
                    className="field__input"
                    {...form.register(`attributes.${attribute.code}`)}
                  >
                    <option value="">{t('product.attributes.choose')}</option>
                    {attribute.values.map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...control}
                    className="field__input"
                    autoComplete="off"
                    {...form.register(`attributes.${attribute.code}`)}
                  />
                )
              }
            </Field>
          ))}
        </div>
      )}
    </section>
  );
}
