import { Controller, type UseFormReturn, useWatch } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { CategoryPicker } from './CategoryPicker';
import type { Leaf } from './categories';
import { maxTitleLength, type ProductValues } from './formValues';
import styles from './ProductForm.module.css';
import { wholeNumber } from './tiers';

/** Title with its counter, the category, the weight. */
export function BasicsSection({
  form,
  leaves,
}: {
  form: UseFormReturn<ProductValues>;
  leaves: readonly Leaf[];
}) {
  const t = useT();
  const { errors } = form.formState;
  const title = useWatch({ control: form.control, name: 'title' }) ?? '';
  const length = [...title].length;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-basics">
      <h2 id="product-basics" className={styles.sectionTitle}>
        {t('product.section.basics')}
      </h2>
      <TextField
        label={t('product.title.label')}
        hint={t('product.title.hint')}
        error={errors.title?.message}
        action={
          <span
            className={styles.counter}
            data-over={length > maxTitleLength || undefined}
            data-testid="title-counter"
          >
            {t('product.title.counter', { count: length, max: maxTitleLength })}
          </span>
        }
        autoComplete="off"
        registration={form.register('title', {
          validate: (value) =>
            [...value].length <= maxTitleLength ||
            t('product.title.tooLong', { max: maxTitleLength }),
        })}
      />
      <Controller
        control={form.control}
        name="categoryId"
        rules={{ required: t('product.category.required') }}
        render={({ field, fieldState }) => (
          <CategoryPicker
            leaves={leaves}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextField
        label={t('product.weight.label')}
        hint={t('product.weight.hint')}
        error={errors.weightGrams?.message}
        className={styles.short}
        inputMode="numeric"
        autoComplete="off"
        registration={form.register('weightGrams', {
          validate: (value) =>
            value.trim() === '' || wholeNumber(value) !== null || t('product.weight.invalid'),
        })}
      />
    </section>
  );
}
