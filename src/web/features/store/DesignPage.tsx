import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { AddressCard } from './AddressCard';
import styles from './DesignPage.module.css';
import { DesignPreview } from './DesignPreview';
import section from './DesignSection.module.css';
import {
  codedField,
  contactLabels,
  type DesignValues,
  designFieldOf,
  designFrom,
  sameDesign,
  valuesFrom,
} from './designForm';
import { formatDateTime } from './format';
import { ImageUpload } from './ImageUpload';
import { LookFields } from './LookFields';
import { NameField } from './NameField';
import { storeChanged, useMyStore } from './queries';
import { StoreNav } from './StoreNav';
import { contactKeys, type MyStore, publishableStatuses, type StoreDesign } from './types';

/** /store/design: the design editor beside a live preview of the draft storefront. */
export function DesignPage() {
  const { t } = useI18n();
  usePageTitle('store.design.title', 'app.sellerCenter');
  const store = useMyStore();

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('store.design.title')}</h1>
        <p className="page__summary">{t('store.design.summary')}</p>
      </header>
      {store.data ? (
        <>
          <StoreNav />
          <DesignEditor store={store.data} />
        </>
      ) : store.data === null ? (
        <div className="card empty-state">
          <h2>{t('store.design.noStore.title')}</h2>
          <p>{t('store.design.noStore.body')}</p>
          <Link to="/store" className="button button--primary">
            {t('store.design.noStore.action')}
          </Link>
        </div>
      ) : store.error ? (
        <ErrorNotice error={store.error} onRetry={() => void store.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function DesignEditor({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  // The draft as last saved (the server's answer), to tell what is left to save.
  const [saved, setSaved] = useState<StoreDesign | null>(store.design.draft);
  const [savedAt, setSavedAt] = useState<string | null>(store.design.draftSavedAt);
  const form = useForm<DesignValues>({
    defaultValues: valuesFrom(store.design.draft ?? store.design.published),
  });
  const [previewVersion, setPreviewVersion] = useState(0);
  const [publishedSlug, setPublishedSlug] = useState<string | null>(null);
  // A failure of the save that belongs to no field.
  const [failure, setFailure] = useState<unknown>(null);
  const save = $api.useMutation('put', '/api/v1/me/store/design');
  const publish = $api.useMutation('post', '/api/v1/me/store/design/publish');

  const values = form.watch();
  const errors = form.formState.errors;
  const current = designFrom(values);
  const dirty = !saved || !sameDesign(saved, current);
  const publishable = publishableStatuses.includes(store.status);
  const flagship = store.storeType.code === 'flagship';
  const busy = form.formState.isSubmitting || publish.isPending;
  const inlineError = save.isError && !failure;

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty || !saved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, saved]);

  const saveDraft = async (draft: DesignValues): Promise<boolean> => {
    setPublishedSlug(null);
    setFailure(null);
    publish.reset();
    try {
      const stored = await save.mutateAsync({ body: designFrom(draft) });
      setSaved(stored);
      // What the server stored (name normalised, text trimmed), keeping the local image previews.
      form.reset({ ...valuesFrom(stored), logo: draft.logo, banner: draft.banner });
      setSavedAt(new Date().toISOString());
      setPreviewVersion((version) => version + 1);
      return true;
    } catch (error) {
      const field = codedField(error);
      if (field && error instanceof Error) {
        form.setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
      } else if (!showServerErrors(error, form.setError, designFieldOf)) setFailure(error);
      return false;
    }
  };

  const onSubmit = form.handleSubmit(async (draft) => {
    await saveDraft(draft);
  });

  const onPublish = form.handleSubmit(async (draft) => {
    if (dirty && !(await saveDraft(draft))) return;
    try {
      const published = await publish.mutateAsync({});
      setPublishedSlug(published.slug);
      await storeChanged();
    } catch {
      // Shown by the notice of publish.error.
    }
  });

  const publicUrl = (slug: string) =>
    store.url && store.slug === slug ? store.url : `${window.location.origin}/s/${slug}`;

  return (
    <div className={styles.design}>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <section className={`card ${section.section}`} aria-labelledby="design-identity">
          <h2 id="design-identity" className={section.title}>
            {t('store.design.identity')}
          </h2>
          <NameField
            value={values.name}
            flagship={flagship}
            taken={hasCode(save.error, 'store.name_taken')}
            error={errors.name?.message}
            input={(control) => (
              <input
                {...control}
                className="field__input"
                autoComplete="organization"
                maxLength={100}
                {...form.register('name')}
              />
            )}
          />
          {(['logo', 'banner'] as const).map((purpose) => (
            <Controller
              key={purpose}
              control={form.control}
              name={purpose}
              render={({ field, fieldState }) => (
                <ImageUpload
                  purpose={purpose}
                  label={t(purpose === 'logo' ? 'store.design.logo' : 'store.design.banner')}
                  hint={t(
                    purpose === 'logo' ? 'store.design.logo.hint' : 'store.design.banner.hint',
                  )}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </section>

        <section className={`card ${section.section}`} aria-labelledby="design-look">
          <h2 id="design-look" className={section.title}>
            {t('store.design.look')}
          </h2>
          <LookFields
            control={form.control}
            theme={values.theme}
            errors={{ templateId: errors.templateId?.message, theme: errors.theme?.message }}
          />
        </section>

        <section className={`card ${section.section}`} aria-labelledby="design-words">
          <h2 id="design-words" className={section.title}>
            {t('store.design.words')}
          </h2>
          <Field
            label={t('store.design.announcement')}
            hint={t('store.design.announcement.hint', { count: values.announcement.length })}
            error={errors.announcement?.message}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className={`field__input ${styles.textarea}`}
                rows={2}
                maxLength={500}
                {...form.register('announcement')}
              />
            )}
          </Field>
          <Field
            label={t('store.design.about')}
            hint={t('store.design.about.hint', { count: values.about.length })}
            error={errors.about?.message}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className={`field__input ${styles.textarea}`}
                rows={5}
                maxLength={2000}
                {...form.register('about')}
              />
            )}
          </Field>
        </section>

        <section className={`card ${section.section}`} aria-labelledby="design-contacts">
          <h2 id="design-contacts" className={section.title}>
            {t('store.design.contacts')}
          </h2>
          <p className={section.summary}>{t('store.design.contacts.summary')}</p>
          <div className={styles.contacts}>
            {contactKeys.map((key) => (
              <Field
                key={key}
                label={t(contactLabels[key])}
                error={errors.contacts?.[key]?.message}
                optional
              >
                {(control) => (
                  <input
                    {...control}
                    className="field__input"
                    type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                    autoComplete={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'off'}
                    maxLength={key === 'address' ? 200 : key === 'email' ? 320 : 100}
                    {...form.register(`contacts.${key}`)}
                  />
                )}
              </Field>
            ))}
          </div>
        </section>

        <div className={styles.actions} data-testid="design-actions">
          <ErrorNotice error={failure} />
          {inlineError && (
            <p className="alert alert--error" role="alert">
              {t('ui.error.checkFields')}
            </p>
          )}
          <ErrorNotice error={publish.error} />
          {publishedSlug && (
            <SuccessNotice>
              <span data-testid="published-notice">
                {t('store.design.published')}{' '}
                <a href={publicUrl(publishedSlug)} target="_blank" rel="noopener">
                  {publicUrl(publishedSlug)}
                </a>
              </span>
            </SuccessNotice>
          )}
          <div className={styles.bar}>
            <p className={styles.state} aria-live="polite">
              {dirty && saved
                ? t('store.design.unsaved')
                : savedAt
                  ? t('store.design.savedAt', { time: formatDateTime(savedAt, language) })
                  : t('store.design.notSaved')}
            </p>
            <div className={styles.buttons}>
              <button
                type="submit"
                className="button button--secondary"
                disabled={busy || (!dirty && !!saved)}
              >
                {t('store.design.save')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={!publishable || busy}
                onClick={() => void onPublish()}
              >
                {t('store.design.publish')}
              </button>
            </div>
          </div>
          {!publishable && <p className={styles.note}>{t('store.design.notPublishable')}</p>}
        </div>
      </form>

      <div className={styles.side}>
        <DesignPreview hasDraft={!!saved} version={previewVersion} dirty={dirty && !!saved} />
        <AddressCard store={store} />
      </div>
    </div>
  );
}
