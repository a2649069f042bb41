import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { $api, inLanguage, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { leavesOf } from './categories';
import { handOver, takeOver } from './outcome';
import { ProductForm, type SaveOutcome } from './ProductForm';
import styles from './ProductForm.module.css';
import { productKey } from './queries';
import { StatusBanner } from './StatusBanner';
import { useListingLimit } from './useListingLimit';

const editRoute = getRouteApi('/seller/merchant/products/$productId');

function useCategories() {
  const { language } = useI18n();
  return $api.useQuery('get', '/api/v1/categories', inLanguage(language), { staleTime: 300_000 });
}

function PageHeader({ title }: { title: 'product.new.title' | 'product.edit.title' }) {
  const { t } = useI18n();
  usePageTitle(title, 'app.sellerCenter');
  return (
    <header className="page__header">
      <Link to="/products" className={styles.back}>
        ← {t('product.backToList')}
      </Link>
      <h1>{t(title)}</h1>
    </header>
  );
}

/** /products/new: a new product; its first save gives it its own address. */
export function NewProductPage() {
  const categories = useCategories();
  const limit = useListingLimit();
  const navigate = useNavigate();
  return (
    <section className="page">
      <PageHeader title="product.new.title" />
      {categories.data ? (
        <ProductForm
          categories={categories.data}
          limit={limit}
          onSaved={(outcome) => {
            queryClient.setQueryData(productKey(outcome.product.id), outcome.product);
            handOver(outcome);
            void navigate({
              to: '/products/$productId',
              params: { productId: outcome.product.id },
              replace: true,
            });
          }}
        />
      ) : categories.error ? (
        <ErrorNotice error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** /products/{id}: the product's status (and an operator's reason), and the form. */
export function EditProductPage() {
  const { productId } = editRoute.useParams();
  const categories = useCategories();
  const limit = useListingLimit();
  const params = { params: { path: { id: productId } } };
  const product = $api.useQuery('get', '/api/v1/me/products/{id}', params);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(() => takeOver(productId));
  const leaves = useMemo(() => leavesOf(categories.data ?? []), [categories.data]);
  const failed = product.error ?? categories.error;
  return (
    <section className="page">
      <PageHeader title="product.edit.title" />
      {product.data && categories.data ? (
        <>
          <StatusBanner product={product.data} outcome={outcome} leaves={leaves} />
          <ProductForm
            product={product.data}
            categories={categories.data}
            limit={limit}
            onSaved={(next) => {
              queryClient.setQueryData(productKey(productId), next.product);
              setOutcome(next);
            }}
          />
        </>
      ) : failed ? (
        <ErrorNotice
          error={failed}
          onRetry={() => {
            void product.refetch();
            void categories.refetch();
          }}
        />
      ) : (
        <Loading />
      )}
    </section>
  );
}
