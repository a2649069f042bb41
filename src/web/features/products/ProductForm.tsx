import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { AttributesSection } from './AttributesSection';
import { BasicsSection } from './BasicsSection';
import { type CategoryNode, leavesOf } from './categories';
import { DescriptionSection, ImagesSection } from './DescriptionImages';
import {
  emptyProductValues,
  formFieldFor,
  type Product,
  type ProductValues,
  productBody,
  productValues,
  qualityFromValues,
} from './formValues';
import { OptionsSection } from './OptionsSection';
import { PricingSection, useTierProblems } from './PricingSection';
import styles from './ProductForm.module.css';
import { type ListingLimit, QualityPanel } from './QualityPanel';

export type SaveOutcome = { product: Product; failure?: unknown };

/** Everything the product's answers may have changed. */
export function forgetProducts() {
  void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/products'] });
  void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/products/{id}'] });
}

/**
 * The product form (发布商品), new or editing: sections beside the live quality panel, "Save
 * draft" at any time and "Publish", which saves first and then runs the server's checks.
 */
export function ProductForm({
  product,
  categories,
  limit,
  onSaved,
}: {
  product?: Product;
  categories: readonly CategoryNode[];
  limit: ListingLimit | null;
  onSaved: (outcome: SaveOutcome) => void;
}) {
  const t = useT();
  const form = useForm<ProductValues>({
    defaultValues: product ? productValues(product) : emptyProductValues(),
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<unknown>(null);
  const leaves = useMemo(() => leavesOf(categories), [categories]);
  const categoryId = useWatch({ control: form.control, name: 'categoryId' });
  const leaf = leaves.find((candidate) => candidate.id === categoryId);
  const template = leaf?.attributes ?? [];
  const watched = useWatch({ control: form.control }) as ProductValues;
  const quality = qualityFromValues(watched, template);
  const tierProblems = useTierProblems(form);

  const create = $api.useMutation('post', '/api/v1/me/products');
  const update = $api.useMutation('put', '/api/v1/me/products/{id}');
  const publish = $api.useMutation('post', '/api/v1/me/products/{id}/publish');

  const submit = (action: 'draft' | 'publish') =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      if (
        values.pricingMode === 'by_quantity' &&
        tierProblems.some((row) => row.minQuantity || row.price)
      ) {
        setFailure(new Error(t('ui.error.checkFields')));
        return;
      }
      const body = productBody(values, template);
      const placeOn = (serverField: string) =>
        formFieldFor(serverField, {
          attributes: body.attributes,
          options: body.options ?? [],
          values,
        });
      let saved: Product;
      try {
        saved = product
          ? await update.mutateAsync({ params: { path: { id: product.id } }, body })
          : await create.mutateAsync({ body });
      } catch (error) {
        if (!showServerErrors(error, form.setError, placeOn)) setFailure(error);
        return;
      }
      forgetProducts();
      // The form shows what the server kept (trimmed, normalised), and is no longer dirty.
      form.reset(productValues(saved));
      if (action === 'draft') {
        onSaved({ product: saved });
        return;
      }
      try {
        const published = await publish.mutateAsync({ params: { path: { id: saved.id } } });
        forgetProducts();
        onSaved({ product: { ...saved, ...published } });
      } catch (error) {
        showServerErrors(error, form.setError, placeOn);
        onSaved({ product: saved, failure: error });
      }
    });

  const busy = form.formState.isSubmitting;
  return (
    <div className={styles.layout}>
      <form
        className={styles.form}
        noValidate
        onSubmit={submit('draft')}
        aria-label={t('product.form.label')}
      >
        <BasicsSection form={form} leaves={leaves} />
        <AttributesSection form={form} template={template} chosen={leaf !== undefined} />
        <ImagesSection form={form} />
        <DescriptionSection form={form} />
        <OptionsSection form={form} />
        <PricingSection form={form} />
        <div className={styles.actions}>
          <ErrorNotice error={failure} />
          <div className={styles.buttons}>
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('product.saveDraft')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={submit('publish')}
            >
              {t('product.publish')}
            </button>
          </div>
        </div>
      </form>
      <QualityPanel quality={quality} savedScore={product?.quality.score ?? null} limit={limit} />
    </div>
  );
}
