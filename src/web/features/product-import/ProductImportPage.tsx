import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ImportProgress } from './ImportProgress';
import styles from './ProductImport.module.css';
import { RecentImports } from './RecentImports';

const importRoute = getRouteApi('/seller/merchant/products/import');

type UploadValues = { file: FileList | null };

/** /products/import: the template, the upload, the running import's bar and its report. */
export function ProductImportPage() {
  const { t } = useI18n();
  usePageTitle('productImport.title', 'app.sellerCenter');
  const { import: importId } = importRoute.useSearch();
  return (
    <section className="page">
      <header className={`page__header ${styles.header}`}>
        <div>
          <h1>{t('productImport.title')}</h1>
          <p className="page__summary">{t('productImport.summary')}</p>
        </div>
        <div className={styles.actions}>
          <a
            className="button button--secondary"
            href="/api/v1/me/product-imports/template.csv"
            download
          >
            {t('productImport.template')}
          </a>
          <a className="button button--secondary" href="/api/v1/me/products/export" download>
            {t('productImport.export')}
          </a>
        </div>
      </header>
      <UploadForm />
      {importId && <ImportProgress id={importId} />}
      <RecentImports current={importId} />
      <p>
        <Link to="/products">{t('productImport.back')}</Link>
      </p>
    </section>
  );
}

function UploadForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const upload = $api.useMutation('post', '/api/v1/me/product-imports');
  const form = useForm<UploadValues>({ defaultValues: { file: null } });
  const chosen = form.watch('file')?.[0];
  const fileField = form.register('file', {
    validate: (files) => (files && files.length > 0) || t('productImport.fileRequired'),
  });

  const submit = form.handleSubmit(async ({ file }) => {
    const chosenFile = file?.[0];
    if (!chosenFile) return;
    setFailure(null);
    const body = new FormData();
    body.append('file', chosenFile, chosenFile.name);
    try {
      // Multipart: the browser sets the boundary; the contract has no JSON body for it.
      const created = await upload.mutateAsync({ body: body as never });
      form.reset({ file: null });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/product-imports'] });
      await navigate({ to: '/products/import', search: { import: created.id } });
    } catch (error) {
      setFailure(error);
    }
  });

  const error = form.formState.errors.file?.message;
  return (
    <form className={`card ${styles.upload}`} onSubmit={submit} noValidate>
      <ErrorNotice error={failure} />
      <label
        className={[styles.dropzone, dragging ? styles.dragging : ''].filter(Boolean).join(' ')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (event.dataTransfer.files.length > 0) {
            form.setValue('file', event.dataTransfer.files, { shouldValidate: true });
          }
        }}
      >
        <span className={styles.dropTitle}>{t('productImport.file')}</span>
        <span>
          {chosen ? t('productImport.chosen', { name: chosen.name }) : t('productImport.drop')}
        </span>
        <span className={styles.hint}>{t('productImport.fileHint')}</span>
        <span className="button button--secondary button--small" aria-hidden="true">
          {t('productImport.choose')}
        </span>
        {/* The browser's own "Choose file / No file chosen" is in the browser's language, not
            the page's: it is hidden, and the whole drop zone (a label) opens it. */}
        <input
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={error ? true : undefined}
          {...fileField}
        />
      </label>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={form.formState.isSubmitting}
      >
        {form.formState.isSubmitting ? t('productImport.uploading') : t('productImport.upload')}
      </button>
    </form>
  );
}
