import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  merchantCanMove,
  merchantMoveTarget,
  type ProductStatus,
} from '../../../shared/product-status';
import { $api } from '../../api/query';
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
import { forgetProducts } from './queries';

/** What a save came to: the product saved (and published, when asked), or why not. */
export type SaveOutcome = { product: Product; action: 'save' | 'publish'; failure?: unknown };

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

  const submit = (action: SaveOutcome['action']) =>
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
      if (action === 'save') {
        onSaved({ product: saved, action });
        return;
      }
      try {
        const published = await publish.mutateAsync({ params: { path: { id: saved.id } } });
        forgetProducts();
        onSaved({ product: { ...saved, ...published }, action });
      } catch (error) {
        showServerErrors(error, form.setError, placeOn);
        onSaved({ product: saved, action, failure: error });
      }
    });

  const busy = form.formState.isSubmitting;
  const status = product?.status ?? 'draft';
  const archived = status === 'archived';
  return (
    <div className={styles.layout}>
      <form
        className={styles.form}
        noValidate
        onSubmit={submit('save')}
        aria-label={t('product.form.label')}
      >
        {/* An archived product can no longer be changed: its form only shows it. */}
        <fieldset className={styles.fields} disabled={archived}>
          <BasicsSection form={form} leaves={leaves} />
          <AttributesSection form={form} template={template} chosen={leaf !== undefined} />
          <ImagesSection form={form} />
          <DescriptionSection form={form} readOnly={archived} />
          <OptionsSection form={form} />
          <PricingSection form={form} />
        </fieldset>
        <div className={styles.actions}>
          <ErrorNotice error={failure} />
          {archived ? (
            <p className={styles.archivedNote}>{t('product.archivedNote')}</p>
          ) : (
            <div className={styles.buttons}>
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t(status === 'draft' ? 'product.saveDraft' : 'product.save')}
              </button>
              {merchantCanMove(status, 'publish') && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={submit('publish')}
                >
                  {t(publishLabel(status))}
                </button>
              )}
            </div>
          )}
        </div>
      </form>
      <QualityPanel quality={quality} savedScore={product?.quality.score ?? null} limit={limit} />
    </div>
  );
}

/** The publish button says where it takes the product: on sale again, or back to review. */
function publishLabel(status: ProductStatus) {
  if (merchantMoveTarget('publish', status) === 'pending_review') return 'product.resubmit';
  return status === 'unpublished' ? 'product.publishAgain' : 'product.publish';
}
