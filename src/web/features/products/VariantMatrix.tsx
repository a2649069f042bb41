import { useState } from 'react';
import { Controller, type FieldArrayWithId, type UseFormReturn, useWatch } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { MoneyInput } from '../../ui/MoneyInput';
import { minorUnits, type ProductValues } from './formValues';
import styles from './ProductForm.module.css';
import { wholeNumber } from './tiers';
import { combinationLabel } from './variantMatrix';

type Column = 'sku' | 'stock' | 'price';

/**
 * The variant matrix: one row per combination with its SKU, stock and (priced by variant) price;
 * a column's value can be applied to every row at once. On a phone it scrolls in its own box.
 */
export function VariantMatrix({
  form,
  rows,
}: {
  form: UseFormReturn<ProductValues>;
  rows: FieldArrayWithId<ProductValues, 'variants'>[];
}) {
  const t = useT();
  const byVariant = useWatch({ control: form.control, name: 'pricingMode' }) === 'by_variant';
  const errors = form.formState.errors.variants;
  const columns: Column[] = byVariant ? ['sku', 'stock', 'price'] : ['sku', 'stock'];
  const cellLabel = (column: Column, index: number) =>
    t(`product.variants.cell.${column}`, {
      variant: combinationLabel(rows[index]?.options ?? {}) || t('product.variants.single'),
    });
  return (
    <div className={styles.matrixBox}>
      <h3 className={styles.subTitle}>{t('product.variants.title', { count: rows.length })}</h3>
      <div className={styles.matrixScroll} data-testid="variant-matrix">
        <table className={styles.matrix}>
          <thead>
            <tr>
              <th scope="col">{t('product.variants.col.variant')}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`product.variants.col.${column}`)}
                </th>
              ))}
            </tr>
            {rows.length > 1 && (
              <tr className={styles.applyRow}>
                <td>{t('product.variants.applyAll')}</td>
                {columns.map((column) => (
                  <td key={column}>
                    {column === 'sku' ? null : <ApplyAll form={form} column={column} />}
                  </td>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} data-testid="variant-row">
                <th scope="row">{combinationLabel(row.options) || t('product.variants.single')}</th>
                <td>
                  <input
                    className="field__input"
                    aria-label={cellLabel('sku', index)}
                    aria-invalid={errors?.[index]?.sku ? true : undefined}
                    autoComplete="off"
                    {...form.register(`variants.${index}.sku`)}
                  />
                  <CellError message={errors?.[index]?.sku?.message} />
                </td>
                <td>
                  <input
                    className={`field__input ${styles.number}`}
                    inputMode="numeric"
                    aria-label={cellLabel('stock', index)}
                    aria-invalid={errors?.[index]?.stock ? true : undefined}
                    autoComplete="off"
                    {...form.register(`variants.${index}.stock`, {
                      validate: (value) =>
                        value.trim() === '' ||
                        wholeNumber(value) !== null ||
                        t('product.variants.stockInvalid'),
                    })}
                  />
                  <CellError message={errors?.[index]?.stock?.message} />
                </td>
                {byVariant && (
                  <td>
                    <Controller
                      control={form.control}
                      name={`variants.${index}.price`}
                      rules={{
                        validate: (value) =>
                          value.trim() === '' ||
                          (minorUnits(value) ?? 0) > 0 ||
                          t('product.price.invalid'),
                      }}
                      render={({ field, fieldState }) => (
                        <span className={styles.cellLabel}>
                          <label className="visually-hidden" htmlFor={`variant-price-${index}`}>
                            {cellLabel('price', index)}
                          </label>
                          <MoneyInput
                            control={{
                              id: `variant-price-${index}`,
                              ...(fieldState.error ? { 'aria-invalid': true } : {}),
                            }}
                            name={field.name}
                            value={field.value}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            inputRef={field.ref}
                          />
                          <CellError message={fieldState.error?.message} />
                        </span>
                      )}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CellError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span className={styles.cellError} role="alert">
      {message}
    </span>
  );
}

/** A value and "apply to all" for one column of the matrix. */
function ApplyAll({
  form,
  column,
}: {
  form: UseFormReturn<ProductValues>;
  column: 'stock' | 'price';
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const apply = () => {
    form.getValues('variants').forEach((_, index) => {
      form.setValue(`variants.${index}.${column}`, value.trim(), {
        shouldDirty: true,
        shouldValidate: true,
      });
    });
  };
  return (
    <span className={styles.apply}>
      <input
        className={`field__input ${styles.number}`}
        inputMode={column === 'stock' ? 'numeric' : 'decimal'}
        aria-label={t(`product.variants.applyValue.${column}`)}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          }
        }}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t(`product.variants.applyButton.${column}`)}
        onClick={apply}
      >
        {t('product.variants.apply')}
      </button>
    </span>
  );
}
