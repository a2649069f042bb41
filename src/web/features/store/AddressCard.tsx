import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import styles from './AddressCard.module.css';
import section from './DesignSection.module.css';
import { storeChanged } from './queries';
import type { MyStore } from './types';

/** The store's address (/s/{slug}): given at the first publication, changeable once. */
export function AddressCard({ store }: { store: MyStore }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const form = useForm<{ slug: string }>({ defaultValues: { slug: store.slug ?? '' } });
  const change = $api.useMutation('put', '/api/v1/me/store/slug');
  const prefix = `${window.location.host}/s/`;

  const [confirming, setConfirming] = useState(false);
  const slug = form.watch('slug');
  const newSlug = slug.trim().toLowerCase();
  const publicAddress = (of: string) =>
    store.url ? store.url.replace(/[^/]*$/, of) : `${window.location.origin}/s/${of}`;
  // These two say what is wrong with the address itself: shown under it.
  const slugProblem = (error: unknown) => hasCode(error, 'store.slug_invalid', 'store.slug_taken');

  // The change is final, so the form only asks; the dialog shows the new address and does it.
  const submit = form.handleSubmit(() => {
    change.reset();
    setConfirming(true);
  });
  const confirm = async () => {
    try {
      await change.mutateAsync({ body: { slug: newSlug } });
      setConfirming(false);
      setEditing(false);
      await storeChanged();
    } catch (error) {
      setConfirming(false);
      if (slugProblem(error)) form.setError('slug', { type: 'server', message: error.message });
      else showServerErrors(error, form.setError, ['slug']);
    }
  };

  return (
    <section
      className={`card ${section.section}`}
      aria-labelledby="address-title"
      data-testid="store-address"
    >
      <h2 id="address-title" className={section.title}>
        {t('store.design.address')}
      </h2>
      {store.slug ? (
        <>
          <p className={styles.line}>
            {store.url ? (
              <a href={store.url} target="_blank" rel="noopener">
                {store.url}
              </a>
            ) : (
              <span>
                {prefix}
                <strong>{store.slug}</strong>
              </span>
            )}
          </p>
          {editing ? (
            <form className={styles.form} onSubmit={submit} noValidate>
              <Field
                label={t('store.design.slug')}
                hint={t('store.design.slug.hint')}
                error={form.formState.errors.slug?.message}
              >
                {(control) => (
                  <span className={styles.input}>
                    <span className={styles.prefix} aria-hidden="true">
                      /s/
                    </span>
                    <input
                      {...control}
                      className="field__input"
                      autoCapitalize="off"
                      spellCheck={false}
                      maxLength={40}
                      {...form.register('slug')}
                    />
                  </span>
                )}
              </Field>
              <p className="notice">{t('store.design.slug.once')}</p>
              {!slugProblem(change.error) && <ErrorNotice error={change.error} fields={['slug']} />}
              <div className="form-actions">
                <button
                  type="submit"
                  className="button button--primary button--small"
                  disabled={change.isPending || slug.trim() === '' || slug.trim() === store.slug}
                >
                  {t('store.design.slug.save')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setEditing(false);
                    form.reset({ slug: store.slug ?? '' });
                    change.reset();
                  }}
                >
                  {t('ui.cancel')}
                </button>
              </div>
            </form>
          ) : store.slugEditable ? (
            <div className="form-actions">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing(true)}
              >
                {t('store.design.slug.change')}
              </button>
              <span className={section.summary}>{t('store.design.slug.onceShort')}</span>
            </div>
          ) : (
            <p className={section.summary}>{t('store.design.slug.locked')}</p>
          )}
        </>
      ) : (
        <p className={section.summary}>{t('store.design.address.none')}</p>
      )}
      {confirming && store.slug && (
        <Dialog
          title={t('store.design.slug.confirm.title')}
          description={t('store.design.slug.confirm.description')}
          onClose={() => setConfirming(false)}
        >
          <div className="dialog__form">
            <dl className={styles.change}>
              <div>
                <dt>{t('store.design.slug.confirm.old')}</dt>
                <dd>{publicAddress(store.slug)}</dd>
              </div>
              <div>
                <dt>{t('store.design.slug.confirm.new')}</dt>
                <dd data-testid="new-address">{publicAddress(newSlug)}</dd>
              </div>
            </dl>
            <div className="form-actions">
              <button
                type="button"
                className="button button--danger"
                disabled={change.isPending}
                onClick={() => void confirm()}
              >
                {t('store.design.slug.confirm.submit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {t('ui.cancel')}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </section>
  );
}
