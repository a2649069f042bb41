import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { AddressCard } from './AddressCard';
import { DesignActions } from './DesignActions';
import styles from './DesignPage.module.css';
import { DesignPreview } from './DesignPreview';
import { ContactsSection, IdentitySection, LookSection, WordsSection } from './DesignSections';
import {
  codedField,
  type DesignValues,
  designFieldOf,
  designFrom,
  sameDesign,
  valuesFrom,
} from './designForm';
import { OpenStoreFirst } from './OpenStoreFirst';
import { storeChanged, useMyStore } from './queries';
import { StoreNav } from './StoreNav';
import { type MyStore, publishableStatuses, type StoreDesign } from './types';

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
        <OpenStoreFirst body="design" />
      ) : store.error ? (
        <ErrorNotice error={store.error} onRetry={() => void store.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function DesignEditor({ store }: { store: MyStore }) {
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
        <IdentitySection
          form={form}
          flagship={flagship}
          taken={hasCode(save.error, 'store.name_taken')}
        />
        <LookSection form={form} />
        <WordsSection form={form} />
        <ContactsSection form={form} />
        <DesignActions
          failure={failure}
          inlineError={inlineError}
          publishError={publish.error}
          publishedUrl={publishedSlug ? publicUrl(publishedSlug) : null}
          dirty={dirty}
          savedAt={savedAt}
          hasDraft={!!saved}
          busy={busy}
          publishable={publishable}
          onPublish={() => void onPublish()}
        />
      </form>

      <div className={styles.side}>
        <DesignPreview hasDraft={!!saved} version={previewVersion} dirty={dirty && !!saved} />
        <AddressCard store={store} />
      </div>
    </div>
  );
}
