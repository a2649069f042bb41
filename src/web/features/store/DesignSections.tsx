import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import styles from './DesignPage.module.css';
import section from './DesignSection.module.css';
import { contactLabels, type DesignValues } from './designForm';
import { ImageUpload } from './ImageUpload';
import { LookFields } from './LookFields';
import { NameField } from './NameField';
import { contactKeys } from './types';

// The parts of the design editor, each a card with its title: name and images, look, words,
// contacts.

type DesignForm = UseFormReturn<DesignValues>;

function DesignSection({
  id,
  title,
  summary,
  children,
}: {
  id: string;
  title: string;
  summary?: string;
  children: ReactNode;
}) {
  return (
    <section className={`card ${section.section}`} aria-labelledby={id}>
      <h2 id={id} className={section.title}>
        {title}
      </h2>
      {summary && <p className={section.summary}>{summary}</p>}
      {children}
    </section>
  );
}

/** The store's name (with its rules) and its logo and banner. */
export function IdentitySection({
  form,
  flagship,
  taken,
}: {
  form: DesignForm;
  flagship: boolean;
  /** The server said another store has this name. */
  taken: boolean;
}) {
  const { t } = useI18n();
  const name = form.watch('name');
  const errors = form.formState.errors;
  return (
    <DesignSection id="design-identity" title={t('store.design.identity')}>
      <NameField
        value={name}
        flagship={flagship}
        taken={taken}
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
              hint={t(purpose === 'logo' ? 'store.design.logo.hint' : 'store.design.banner.hint')}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      ))}
    </DesignSection>
  );
}

/** The template and the theme colours. */
export function LookSection({ form }: { form: DesignForm }) {
  const { t } = useI18n();
  const theme = form.watch('theme');
  const errors = form.formState.errors;
  return (
    <DesignSection id="design-look" title={t('store.design.look')}>
      <LookFields
        control={form.control}
        theme={theme}
        errors={{ templateId: errors.templateId?.message, theme: errors.theme?.message }}
      />
    </DesignSection>
  );
}

/** The announcement and the "about us" text. */
export function WordsSection({ form }: { form: DesignForm }) {
  const { t } = useI18n();
  const [announcement, about] = form.watch(['announcement', 'about']);
  const errors = form.formState.errors;
  return (
    <DesignSection id="design-words" title={t('store.design.words')}>
      <TextField
        label={t('store.design.announcement')}
        hint={t('store.design.announcement.hint', { count: announcement.length })}
        error={errors.announcement?.message}
        optional
        type="textarea"
        className={styles.textarea}
        rows={2}
        maxLength={500}
        registration={form.register('announcement')}
      />
      <TextField
        label={t('store.design.about')}
        hint={t('store.design.about.hint', { count: about.length })}
        error={errors.about?.message}
        optional
        type="textarea"
        className={styles.textarea}
        rows={5}
        maxLength={2000}
        registration={form.register('about')}
      />
    </DesignSection>
  );
}

/** How buyers reach the store: e-mail, phone, WeChat, address. */
export function ContactsSection({ form }: { form: DesignForm }) {
  const { t } = useI18n();
  const errors = form.formState.errors;
  return (
    <DesignSection
      id="design-contacts"
      title={t('store.design.contacts')}
      summary={t('store.design.contacts.summary')}
    >
      <div className={styles.contacts}>
        {contactKeys.map((key) => (
          <TextField
            key={key}
            label={t(contactLabels[key])}
            error={errors.contacts?.[key]?.message}
            optional
            type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
            autoComplete={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'off'}
            maxLength={key === 'address' ? 200 : key === 'email' ? 320 : 100}
            registration={form.register(`contacts.${key}`)}
          />
        ))}
      </div>
    </DesignSection>
  );
}
