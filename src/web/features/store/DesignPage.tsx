import './store.css';
import { type CSSProperties, type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError, hasCode } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { useMerchantAction } from '../auth/useMerchantAction';
import { useMerchantResource } from '../auth/useMerchantResource';
import { templateLabels, themeColours, themeLabels } from './display';
import { formatDateTime } from './format';
import { ImageUpload, type ImageValue } from './ImageUpload';
import { StoreNav } from './StoreNav';
import {
  changeSlug,
  designPreviewUrl,
  fetchMyStore,
  ownUploadUrl,
  publishDesign,
  saveDesign,
} from './storeApi';
import { nameMaxLength, nameRules } from './storeName';
import {
  type ContactKey,
  contactKeys,
  type MyStore,
  publishableStatuses,
  type StoreDesign,
  type TemplateId,
  type Theme,
  templateIds,
  themes,
} from './types';

/** /store/design: the design editor beside a live preview of the draft storefront. */
export function DesignPage() {
  const { t, language } = useI18n();
  usePageTitle('store.design.title', 'app.sellerCenter');
  // A new account's session says it has no store: nothing to ask for.
  const { hasNo } = useAuth();
  const store = useMerchantResource(
    async (signal) => (hasNo('store') ? null : fetchMyStore(signal)),
    { key: language },
  );

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('store.design.title')}</h1>
        <p className="page__summary">{t('store.design.summary')}</p>
      </header>
      {store.data ? (
        <>
          <StoreNav />
          <DesignEditor store={store.data} onStoreChanged={store.reload} />
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
        <ErrorNotice error={store.error} onRetry={store.reload} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

type Form = {
  name: string;
  templateId: TemplateId;
  theme: Theme;
  logo: ImageValue | null;
  banner: ImageValue | null;
  announcement: string;
  about: string;
  contacts: Record<ContactKey, string>;
};

const emptyContacts = Object.fromEntries(contactKeys.map((key) => [key, ''])) as Record<
  ContactKey,
  string
>;

function formFrom(design: StoreDesign | null): Form {
  const image = (uploadId: string | null) =>
    uploadId ? { uploadId, previewUrl: ownUploadUrl(uploadId) } : null;
  return {
    name: design?.name ?? '',
    templateId: design?.templateId ?? 'classic',
    theme: design?.theme ?? 'red',
    logo: image(design?.logoUploadId ?? null),
    banner: image(design?.bannerUploadId ?? null),
    announcement: design?.announcement ?? '',
    about: design?.about ?? '',
    contacts: { ...emptyContacts, ...design?.contacts },
  };
}

function designFrom(form: Form): StoreDesign {
  return {
    name: form.name.trim(),
    templateId: form.templateId,
    theme: form.theme,
    logoUploadId: form.logo?.uploadId ?? null,
    bannerUploadId: form.banner?.uploadId ?? null,
    announcement: form.announcement,
    about: form.about,
    contacts: Object.fromEntries(
      contactKeys.map((key) => [key, form.contacts[key].trim()]).filter(([, value]) => value),
    ),
  };
}

/** Compared field by field, so a change and its undoing leave nothing to save. */
const sameDesign = (a: StoreDesign, b: StoreDesign) =>
  JSON.stringify(designFrom(formFrom(a))) === JSON.stringify(designFrom(formFrom(b)));

const contactLabels: Record<ContactKey, MessageKey> = {
  phone: 'store.design.contacts.phone',
  email: 'store.design.contacts.email',
  wechat: 'store.design.contacts.wechat',
  whatsapp: 'store.design.contacts.whatsapp',
  address: 'store.design.contacts.address',
  hours: 'store.design.contacts.hours',
};

/** Which field an error of PUT /me/store/design belongs to, when it names one. */
function errorField(error: unknown): string | null {
  if (hasCode(error, 'store.name_invalid', 'store.name_taken')) return 'name';
  if (hasCode(error, 'store.image_invalid')) {
    const details = (error as ApiError).details as { image?: unknown } | undefined;
    return details?.image === 'banner' ? 'banner' : 'logo';
  }
  return null;
}

function DesignEditor({ store, onStoreChanged }: { store: MyStore; onStoreChanged: () => void }) {
  const { t, language } = useI18n();
  const [saved, setSaved] = useState<StoreDesign | null>(store.design.draft);
  const [savedAt, setSavedAt] = useState<string | null>(store.design.draftSavedAt);
  const [form, setForm] = useState<Form>(() =>
    formFrom(store.design.draft ?? store.design.published),
  );
  const [previewVersion, setPreviewVersion] = useState(0);
  const [publishedSlug, setPublishedSlug] = useState<string | null>(null);
  const save = useMerchantAction();
  const publish = useMerchantAction();

  const current = designFrom(form);
  const dirty = !saved || !sameDesign(saved, current);
  const publishable = publishableStatuses.includes(store.status);
  const flagship = store.storeType.code === 'flagship';

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty || !saved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, saved]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  const saveDraft = async () => {
    setPublishedSlug(null);
    publish.reset();
    const outcome = await save.run(() => saveDesign(current));
    if (outcome.ok) {
      setSaved(outcome.value);
      // What the server stored (name normalised, text trimmed), keeping the local image previews.
      setForm((previous) => ({
        ...formFrom(outcome.value),
        logo: previous.logo,
        banner: previous.banner,
      }));
      setSavedAt(new Date().toISOString());
      setPreviewVersion((version) => version + 1);
    }
    return outcome.ok;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await saveDraft();
  };

  const onPublish = async () => {
    if (dirty && !(await saveDraft())) return;
    const outcome = await publish.run(publishDesign);
    if (outcome.ok) {
      setPublishedSlug(outcome.value.slug);
      onStoreChanged();
    }
  };

  const problem = (field: string) =>
    errorField(save.error) === field
      ? (save.error as ApiError).message
      : fieldError(save.error, field);
  const inlineError = errorField(save.error) !== null;
  const publicUrl = (slug: string) =>
    store.url && store.slug === slug ? store.url : `${window.location.origin}/s/${slug}`;

  return (
    <div className="design">
      <form className="design__form" onSubmit={onSubmit} noValidate>
        <section className="card design-section" aria-labelledby="design-identity">
          <h2 id="design-identity" className="design-section__title">
            {t('store.design.identity')}
          </h2>
          <NameField
            value={form.name}
            onChange={(name) => set('name', name)}
            flagship={flagship}
            taken={hasCode(save.error, 'store.name_taken')}
            error={problem('name')}
          />
          <ImageUpload
            purpose="logo"
            label={t('store.design.logo')}
            hint={t('store.design.logo.hint')}
            value={form.logo}
            onChange={(logo) => set('logo', logo)}
            error={problem('logo') ?? problem('logoUploadId')}
          />
          <ImageUpload
            purpose="banner"
            label={t('store.design.banner')}
            hint={t('store.design.banner.hint')}
            value={form.banner}
            onChange={(banner) => set('banner', banner)}
            error={problem('banner') ?? problem('bannerUploadId')}
          />
        </section>

        <section className="card design-section" aria-labelledby="design-look">
          <h2 id="design-look" className="design-section__title">
            {t('store.design.look')}
          </h2>
          <FieldGroup legend={t('store.design.template')} error={problem('templateId')}>
            <div className="template-picker">
              {templateIds.map((id) => (
                <label key={id} className="template-option">
                  <input
                    type="radio"
                    name="templateId"
                    value={id}
                    checked={form.templateId === id}
                    onChange={() => set('templateId', id)}
                  />
                  <TemplateThumbnail template={id} theme={form.theme} />
                  <span className="template-option__name">{t(templateLabels[id].name)}</span>
                  <span className="template-option__description">
                    {t(templateLabels[id].description)}
                  </span>
                </label>
              ))}
            </div>
          </FieldGroup>
          <FieldGroup legend={t('store.design.theme')} error={problem('theme')}>
            <div className="swatches">
              {themes.map((theme) => (
                <label key={theme} className="swatch">
                  <input
                    type="radio"
                    name="theme"
                    value={theme}
                    checked={form.theme === theme}
                    onChange={() => set('theme', theme)}
                  />
                  <span
                    className="swatch__colour"
                    style={{ '--swatch': themeColours[theme].brand } as CSSProperties}
                    aria-hidden="true"
                  />
                  <span className="swatch__label">{t(themeLabels[theme])}</span>
                </label>
              ))}
            </div>
          </FieldGroup>
        </section>

        <section className="card design-section" aria-labelledby="design-words">
          <h2 id="design-words" className="design-section__title">
            {t('store.design.words')}
          </h2>
          <Field
            label={t('store.design.announcement')}
            hint={t('store.design.announcement.hint', { count: form.announcement.length })}
            error={problem('announcement')}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className="field__input design-textarea"
                name="announcement"
                rows={2}
                maxLength={500}
                value={form.announcement}
                onChange={(event) => set('announcement', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('store.design.about')}
            hint={t('store.design.about.hint', { count: form.about.length })}
            error={problem('about')}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className="field__input design-textarea"
                name="about"
                rows={5}
                maxLength={2000}
                value={form.about}
                onChange={(event) => set('about', event.target.value)}
              />
            )}
          </Field>
        </section>

        <section className="card design-section" aria-labelledby="design-contacts">
          <h2 id="design-contacts" className="design-section__title">
            {t('store.design.contacts')}
          </h2>
          <p className="design-section__summary">{t('store.design.contacts.summary')}</p>
          <div className="contacts-grid">
            {contactKeys.map((key) => (
              <Field
                key={key}
                label={t(contactLabels[key])}
                error={problem(`contacts.${key}`)}
                optional
              >
                {(control) => (
                  <input
                    {...control}
                    className="field__input"
                    name={`contacts.${key}`}
                    type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                    autoComplete={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'off'}
                    maxLength={key === 'address' ? 200 : key === 'email' ? 320 : 100}
                    value={form.contacts[key]}
                    onChange={(event) =>
                      set('contacts', { ...form.contacts, [key]: event.target.value })
                    }
                  />
                )}
              </Field>
            ))}
          </div>
        </section>

        <div className="design-actions" data-testid="design-actions">
          <ErrorNotice error={inlineError ? null : save.error} fields={designFields} />
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
          <div className="design-actions__bar">
            <p className="design-actions__state" aria-live="polite">
              {dirty && saved
                ? t('store.design.unsaved')
                : savedAt
                  ? t('store.design.savedAt', { time: formatDateTime(savedAt, language) })
                  : t('store.design.notSaved')}
            </p>
            <div className="design-actions__buttons">
              <button
                type="submit"
                className="button button--secondary"
                disabled={save.busy || publish.busy || (!dirty && !!saved)}
              >
                {t('store.design.save')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={!publishable || save.busy || publish.busy}
                onClick={() => void onPublish()}
              >
                {t('store.design.publish')}
              </button>
            </div>
          </div>
          {!publishable && (
            <p className="design-actions__note">{t('store.design.notPublishable')}</p>
          )}
        </div>
      </form>

      <div className="design__side">
        <Preview hasDraft={!!saved} version={previewVersion} dirty={dirty && !!saved} />
        <AddressCard store={store} onChanged={onStoreChanged} />
      </div>
    </div>
  );
}

const designFields = [
  'name',
  'templateId',
  'theme',
  'logoUploadId',
  'bannerUploadId',
  'announcement',
  'about',
  'contacts',
];

/** The name with its rules ticked off as the merchant types (the server has the last word). */
function NameField({
  value,
  onChange,
  flagship,
  taken,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  flagship: boolean;
  /** The server found another store with this name at the last save. */
  taken: boolean;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const rules = nameRules(value, flagship);
  const typed = value.trim() !== '';
  const state = (ok: boolean) => (!typed ? 'idle' : ok ? 'ok' : 'bad');
  const hints: { key: string; state: string; text: string }[] = [
    {
      key: 'length',
      state: state(rules.lengthOk),
      text: t('store.design.name.rule.length', { count: rules.length, max: nameMaxLength }),
    },
    {
      key: 'contact',
      state: state(rules.noContact && rules.printable),
      text: t('store.design.name.rule.contact'),
    },
    {
      key: 'reserved',
      state: state(!rules.reservedWord),
      text: rules.reservedWord
        ? t('store.design.name.rule.reservedWord', { word: rules.reservedWord })
        : t(
            flagship
              ? 'store.design.name.rule.reservedFlagship'
              : 'store.design.name.rule.reserved',
          ),
    },
    { key: 'unique', state: taken ? 'bad' : 'idle', text: t('store.design.name.rule.unique') },
  ];
  return (
    <Field label={t('store.design.name')} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            className="field__input"
            name="name"
            autoComplete="organization"
            maxLength={100}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <ul className="name-rules" data-testid="name-rules">
            {hints.map((hint) => (
              <li key={hint.key} className="name-rule" data-state={hint.state}>
                <span className="name-rule__mark" aria-hidden="true">
                  {hint.state === 'ok' ? '✓' : hint.state === 'bad' ? '✗' : '•'}
                </span>
                {hint.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </Field>
  );
}

/** A sketch of each template's layout, in the chosen theme's colour. */
function TemplateThumbnail({ template, theme }: { template: TemplateId; theme: Theme }) {
  const colours = themeColours[theme];
  const columns = template === 'classic' ? 4 : template === 'modern' ? 3 : 5;
  return (
    <span
      className={`template-thumb template-thumb--${template}`}
      style={{ '--thumb-brand': colours.brand, '--thumb-soft': colours.soft } as CSSProperties}
      aria-hidden="true"
    >
      <span className="template-thumb__top">
        <span className="template-thumb__logo" />
        <span className="template-thumb__name" />
      </span>
      <span className="template-thumb__banner" />
      <span className="template-thumb__body">
        {template === 'wholesale' && <span className="template-thumb__side" />}
        <span className="template-thumb__grid">
          {Array.from({ length: columns * 2 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder tiles
            <span key={index} className="template-thumb__tile" />
          ))}
        </span>
      </span>
    </span>
  );
}

type Viewport = 'desktop' | 'phone';

/** The server's rendering of the saved draft, in a frame; it reloads after every save. */
function Preview({
  hasDraft,
  version,
  dirty,
}: {
  hasDraft: boolean;
  version: number;
  dirty: boolean;
}) {
  const { t } = useI18n();
  const [viewport, setViewport] = useState<Viewport>('desktop');
  return (
    <section className="card preview" aria-labelledby="preview-title">
      <div className="preview__head">
        <h2 id="preview-title" className="preview__title">
          {t('store.design.preview')}
        </h2>
        {hasDraft && (
          <div className="preview__tools">
            <fieldset className="segmented">
              <legend className="visually-hidden">{t('store.design.preview.viewport')}</legend>
              {(['desktop', 'phone'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={viewport === option}
                  onClick={() => setViewport(option)}
                >
                  {t(
                    option === 'desktop'
                      ? 'store.design.preview.desktop'
                      : 'store.design.preview.phone',
                  )}
                </button>
              ))}
            </fieldset>
            <a
              href={designPreviewUrl(version)}
              target="_blank"
              rel="noopener"
              className="preview__open"
            >
              {t('store.design.preview.open')}
            </a>
          </div>
        )}
      </div>
      {hasDraft ? (
        <>
          {dirty && <p className="preview__stale">{t('store.design.preview.stale')}</p>}
          <div className="preview__frame" data-viewport={viewport}>
            <iframe
              key={version}
              title={t('store.design.preview.frame')}
              src={designPreviewUrl(version)}
              data-testid="design-preview"
            />
          </div>
        </>
      ) : (
        <p className="preview__empty">{t('store.design.preview.empty')}</p>
      )}
    </section>
  );
}

/** The store's address (/s/{slug}): given at the first publication, changeable once. */
function AddressCard({ store, onChanged }: { store: MyStore; onChanged: () => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [slug, setSlug] = useState(store.slug ?? '');
  const change = useMerchantAction();
  const prefix = `${window.location.host}/s/`;

  const [confirming, setConfirming] = useState(false);
  const newSlug = slug.trim().toLowerCase();
  const publicAddress = (of: string) =>
    store.url ? store.url.replace(/[^/]*$/, of) : `${window.location.origin}/s/${of}`;

  // The change is final, so the form only asks; the dialog shows the new address and does it.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.reset();
    setConfirming(true);
  };
  const confirm = async () => {
    const outcome = await change.run(() => changeSlug(newSlug));
    setConfirming(false);
    if (outcome.ok) {
      setEditing(false);
      onChanged();
    }
  };

  return (
    <section
      className="card design-section"
      aria-labelledby="address-title"
      data-testid="store-address"
    >
      <h2 id="address-title" className="design-section__title">
        {t('store.design.address')}
      </h2>
      {store.slug ? (
        <>
          <p className="address-line">
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
            <form className="slug-form" onSubmit={submit} noValidate>
              <Field
                label={t('store.design.slug')}
                hint={t('store.design.slug.hint')}
                error={
                  hasCode(change.error, 'store.slug_invalid', 'store.slug_taken')
                    ? change.error.message
                    : fieldError(change.error, 'slug')
                }
              >
                {(control) => (
                  <span className="slug-input">
                    <span className="slug-input__prefix" aria-hidden="true">
                      /s/
                    </span>
                    <input
                      {...control}
                      className="field__input"
                      name="slug"
                      autoCapitalize="off"
                      spellCheck={false}
                      maxLength={40}
                      value={slug}
                      onChange={(event) => setSlug(event.target.value)}
                    />
                  </span>
                )}
              </Field>
              <p className="notice">{t('store.design.slug.once')}</p>
              {!hasCode(change.error, 'store.slug_invalid', 'store.slug_taken') && (
                <ErrorNotice error={change.error} fields={['slug']} />
              )}
              <div className="form-actions">
                <button
                  type="submit"
                  className="button button--primary button--small"
                  disabled={change.busy || slug.trim() === '' || slug.trim() === store.slug}
                >
                  {t('store.design.slug.save')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setEditing(false);
                    setSlug(store.slug ?? '');
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
              <span className="design-section__summary">{t('store.design.slug.onceShort')}</span>
            </div>
          ) : (
            <p className="design-section__summary">{t('store.design.slug.locked')}</p>
          )}
        </>
      ) : (
        <p className="design-section__summary">{t('store.design.address.none')}</p>
      )}
      {confirming && store.slug && (
        <Dialog
          title={t('store.design.slug.confirm.title')}
          description={t('store.design.slug.confirm.description')}
          onClose={() => setConfirming(false)}
        >
          <div className="dialog__form">
            <dl className="slug-change">
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
                disabled={change.busy}
                onClick={confirm}
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
