import { useEffect, useRef } from 'react';
import { Controller, type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { ChoiceCards } from '../../ui/Choices';
import { Field, FieldGroup } from '../../ui/Field';
import { MoneyInput } from '../../ui/MoneyInput';
import { TextField } from '../../ui/TextField';
import { minorUnits, type PricingMode, type ProductValues } from './formValues';
import styles from './ProductForm.module.css';
import { type TierProblems, tierProblems, wholeNumber } from './tiers';

export const maxTiers = 6;

/** What each tier row's live checks say, from the form's current tiers and minimum order. */
export function useTierProblems(form: UseFormReturn<ProductValues>): TierProblems[] {
  const tiers = useWatch({ control: form.control, name: 'tiers' }) ?? [];
  const moq = useWatch({ control: form.control, name: 'minOrderQuantity' }) ?? '';
  return tierProblems(
    tiers.map((tier) => ({
      minQuantity: wholeNumber(tier?.minQuantity ?? ''),
      price: minorUnits(tier?.price ?? ''),
    })),
    wholeNumber(moq),
  );
}

/** 报价方式: by quantity (起批量 and tiers) or by variant (prices in the matrix). */
export function PricingSection({ form }: { form: UseFormReturn<ProductValues> }) {
  const { t } = useI18n();
  const tiers = useFieldArray({ control: form.control, name: 'tiers' });
  const mode = useWatch({ control: form.control, name: 'pricingMode' });
  const moq = useWatch({ control: form.control, name: 'minOrderQuantity' });
  const values = useWatch({ control: form.control, name: 'tiers' }) ?? [];
  const problems = useTierProblems(form);
  const errors = form.formState.errors;

  // The first tier starts at the minimum order quantity: it follows when that changes.
  const lastMoq = useRef(moq);
  useEffect(() => {
    const first = form.getValues('tiers.0.minQuantity');
    if (
      first !== undefined &&
      (first === lastMoq.current || first === '') &&
      wholeNumber(moq) !== null
    ) {
      form.setValue('tiers.0.minQuantity', moq.trim());
    }
    lastMoq.current = moq;
  }, [moq, form]);

  const range = (index: number) => {
    const from = wholeNumber(values[index]?.minQuantity ?? '');
    const next = wholeNumber(values[index + 1]?.minQuantity ?? '');
    if (from === null) return '';
    return next !== null && next > from
      ? t('product.tiers.range', { from, to: next - 1 })
      : t('product.tiers.rangeOpen', { from });
  };
  // An empty cell is only pointed out once it was left or the form sent; a wrong order at once.
  const { touchedFields, isSubmitted } = form.formState;
  const problemText = (problem: string | undefined, touched: boolean | undefined) => {
    if (!problem) return undefined;
    if ((problem === 'quantity' || problem === 'price') && !touched && !isSubmitted)
      return undefined;
    return t(`product.tiers.problem.${problem as 'price'}`, { moq: moq.trim() });
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-pricing">
      <h2 id="product-pricing" className={styles.sectionTitle}>
        {t('product.section.pricing')}
      </h2>
      <Controller
        control={form.control}
        name="pricingMode"
        render={({ field }) => (
          <FieldGroup legend={t('product.pricing.mode')}>
            <ChoiceCards<PricingMode>
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              choices={(['by_quantity', 'by_variant'] as const).map((value) => ({
                value,
                label: t(`product.pricing.${value}`),
                description: t(`product.pricing.${value}.description`),
              }))}
            />
          </FieldGroup>
        )}
      />
      <TextField
        label={t('product.moq.label')}
        hint={t('product.moq.hint')}
        optional={mode === 'by_variant'}
        error={errors.minOrderQuantity?.message}
        className={styles.short}
        inputMode="numeric"
        autoComplete="off"
        registration={form.register('minOrderQuantity', {
          validate: (value, all) =>
            (all.pricingMode === 'by_variant' && value.trim() === '') ||
            (wholeNumber(value) ?? 0) >= 1 ||
            t('product.moq.invalid'),
        })}
      />
      {mode === 'by_quantity' ? (
        <FieldGroup legend={t('product.tiers.label')} hint={t('product.tiers.hint')}>
          <ol className={styles.tiers} data-testid="price-tiers">
            {tiers.fields.map((tier, index) => {
              const quantityError =
                problemText(
                  problems[index]?.minQuantity,
                  touchedFields.tiers?.[index]?.minQuantity,
                ) ?? errors.tiers?.[index]?.minQuantity?.message;
              const priceError =
                problemText(problems[index]?.price, touchedFields.tiers?.[index]?.price) ??
                errors.tiers?.[index]?.price?.message;
              return (
                <li key={tier.id} className={styles.tier} data-testid="tier-row">
                  <TextField
                    label={t('product.tiers.from', { n: index + 1 })}
                    hint={range(index)}
                    error={quantityError}
                    className={styles.number}
                    inputMode="numeric"
                    autoComplete="off"
                    registration={form.register(`tiers.${index}.minQuantity`)}
                  />
                  <Controller
                    control={form.control}
                    name={`tiers.${index}.price`}
                    render={({ field }) => (
                      <Field label={t('product.tiers.price', { n: index + 1 })} error={priceError}>
                        {(control) => (
                          <MoneyInput
                            control={control}
                            name={field.name}
                            value={field.value}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            inputRef={field.ref}
                          />
                        )}
                      </Field>
                    )}
                  />
                  {index > 0 && (
                    <button
                      type="button"
                      className={`link-button ${styles.tierRemove}`}
                      onClick={() => tiers.remove(index)}
                    >
                      {t('product.tiers.remove', { n: index + 1 })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {tiers.fields.length < maxTiers && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => tiers.append({ minQuantity: '', price: '' }, { shouldFocus: true })}
            >
              {t('product.tiers.add')}
            </button>
          )}
        </FieldGroup>
      ) : (
        <p className={styles.muted}>{t('product.pricing.byVariantNote')}</p>
      )}
    </section>
  );
}
