import { useEffect } from 'react';
import { Controller, type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { ChipInput } from './ChipInput';
import { maxOptions, type ProductValues } from './formValues';
import styles from './ProductForm.module.css';
import { VariantMatrix } from './VariantMatrix';
import { sameMatrix, variantRows } from './variantMatrix';

/** 规格: up to three options whose values make the variant matrix below them. */
export function OptionsSection({ form }: { form: UseFormReturn<ProductValues> }) {
  const t = useT();
  const options = useFieldArray({ control: form.control, name: 'options' });
  const variants = useFieldArray({ control: form.control, name: 'variants' });
  const watched = useWatch({ control: form.control, name: 'options' });
  const matrixKey = JSON.stringify(watched);
  const { replace } = variants;
  // A value added or removed regenerates the matrix; rows keep what was typed into them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: matrixKey stands for the options' content
  useEffect(() => {
    const current = form.getValues('options');
    const rows = form.getValues('variants');
    if (!sameMatrix(current, rows)) replace(variantRows(current, rows));
  }, [matrixKey, form, replace]);

  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-options">
      <h2 id="product-options" className={styles.sectionTitle}>
        {t('product.section.options')}
      </h2>
      <p className={styles.muted}>{t('product.options.hint', { max: maxOptions })}</p>
      {options.fields.map((option, index) => (
        <fieldset key={option.id} className={styles.option} data-testid={`option-${index}`}>
          <legend className="visually-hidden">
            {t('product.options.legend', { n: index + 1 })}
          </legend>
          <TextField
            label={t('product.options.name', { n: index + 1 })}
            error={form.formState.errors.options?.[index]?.name?.message}
            placeholder={t('product.options.namePlaceholder')}
            autoComplete="off"
            registration={form.register(`options.${index}.name`, {
              validate: (name, values) =>
                name.trim() === '' ||
                values.options.findIndex((other) => other.name.trim() === name.trim()) === index ||
                t('product.options.duplicateName'),
            })}
          />
          <Controller
            control={form.control}
            name={`options.${index}.values`}
            render={({ field, fieldState }) => (
              <Field
                label={t('product.options.values', { n: index + 1 })}
                hint={t('product.options.valuesHint')}
                error={fieldState.error?.message}
              >
                {(control) => (
                  <ChipInput
                    control={control}
                    values={field.value}
                    onChange={field.onChange}
                    placeholder={t('product.options.valuePlaceholder')}
                  />
                )}
              </Field>
            )}
          />
          <button type="button" className="link-button" onClick={() => options.remove(index)}>
            {t('product.options.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      {options.fields.length < maxOptions && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => options.append({ name: '', values: [] })}
        >
          {t('product.options.add')}
        </button>
      )}
      <VariantMatrix form={form} rows={variants.fields} />
    </section>
  );
}
