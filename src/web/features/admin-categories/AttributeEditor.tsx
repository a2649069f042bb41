import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { BilingualFields, Checkbox } from '../admin-stores/catalogFields';
import styles from './CategoriesPage.module.css';
import { categoriesKey } from './CategoryDetail';
import type { AdminCategory, AttributeTemplate } from './types';

/** A template as the form holds it: a list's values typed one per line. */
type TemplateRow = Omit<AttributeTemplate, 'values'> & { values: string };
type TemplateValues = { attributes: TemplateRow[] };

const codePattern = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const toRow = (attribute: AdminCategory['attributes'][number]): TemplateRow => ({
  code: attribute.code,
  names: attribute.names,
  required: attribute.required,
  kind: attribute.kind,
  values: attribute.values.join('\n'),
});

/**
 * The attributes the product form asks for in this category: the ancestors' (read only, edited
 * on their own category) and its own, edited as one list and saved together.
 */
export function AttributeEditor({
  category,
  onSaved,
}: {
  category: AdminCategory;
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const form = useForm<TemplateValues>({
    defaultValues: { attributes: category.attributes.map(toRow) },
  });
  const rows = useFieldArray({ control: form.control, name: 'attributes' });
  const { errors, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<unknown>(null);
  const save = $api.useMutation('put', '/api/v1/admin/categories/{id}/attributes');
  const required = (value: string) => value.trim() !== '' || t('ui.error.required');
  const kinds = form.watch('attributes').map((row) => row.kind);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({
        params: { path: { id: category.id } },
        body: {
          attributes: values.attributes.map((row) => ({
            code: row.code.trim(),
            names: { en: row.names.en.trim(), 'zh-CN': row.names['zh-CN'].trim() },
            required: row.required,
            kind: row.kind,
            values: row.kind === 'list' ? lines(row.values) : [],
          })),
        },
      });
      await queryClient.invalidateQueries(categoriesKey);
      onSaved();
    } catch (error) {
      const placed = showServerErrors(error, form.setError, (field) =>
        /^attributes\.\d+\.(code|values|names\.(en|zh-CN))$/.test(field)
          ? (field as `attributes.${number}.code`)
          : undefined,
      );
      if (!placed) setFailure(error);
    }
  });

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="category-attributes">
      <h2 id="category-attributes" className={styles.panelTitle}>
        {t('categories.attributes')}
      </h2>
      <p className={`notice ${styles.note}`}>{t('categories.attributesNote')}</p>
      <h3 className={styles.subTitle}>{t('categories.inherited')}</h3>
      {category.inheritedAttributes.length === 0 ? (
        <p className={styles.muted}>{t('categories.inheritedNone')}</p>
      ) : (
        <ul className={styles.inherited} data-testid="inherited-attributes">
          {category.inheritedAttributes.map((attribute) => (
            <li key={attribute.code}>
              <span className={styles.nodeName}>{attribute.names[language]}</span>
              <span className={`mono ${styles.nodeCode}`}>{attribute.code}</span>
              <span className={`status ${attribute.required ? 'status--ok' : 'status--muted'}`}>
                {t(attribute.required ? 'categories.required' : 'categories.optional')}
              </span>
              <span className={styles.muted}>
                {attribute.kind === 'list'
                  ? t('categories.valueCount', { count: attribute.values.length })
                  : t('categories.kind.text')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={submit} noValidate>
        <h3 className={styles.subTitle}>{t('categories.own')}</h3>
        <ErrorNotice error={failure} />
        {rows.fields.length === 0 && <p className={styles.muted}>{t('categories.ownNone')}</p>}
        {rows.fields.map((row, index) => {
          const number = index + 1;
          const rowErrors = errors.attributes?.[index];
          return (
            <fieldset key={row.id} className={styles.attribute}>
              <legend className={styles.attributeLegend}>
                {t('categories.attribute', { number })}
              </legend>
              <div className={styles.attributeGrid}>
                <TextField
                  label={t('categories.attributeCode')}
                  className="mono"
                  maxLength={40}
                  autoCapitalize="off"
                  spellCheck={false}
                  error={rowErrors?.code?.message}
                  registration={form.register(`attributes.${index}.code`, {
                    validate: (value) =>
                      codePattern.test(value.trim()) || t('categories.attributeCodeInvalid'),
                  })}
                />
                <Field label={t('categories.kind')}>
                  {(control) => (
                    <select
                      {...control}
                      className="field__input"
                      {...form.register(`attributes.${index}.kind`)}
                    >
                      <option value="text">{t('categories.kind.text')}</option>
                      <option value="list">{t('categories.kind.list')}</option>
                    </select>
                  )}
                </Field>
              </div>
              <BilingualFields
                label={t('categories.name')}
                maxLength={64}
                register={(language) =>
                  form.register(`attributes.${index}.names.${language}`, { validate: required })
                }
                error={(language) => rowErrors?.names?.[language]?.message}
              />
              {kinds[index] === 'list' && (
                <TextField
                  type="textarea"
                  label={t('categories.values')}
                  hint={t('categories.valuesHint')}
                  rows={4}
                  className={styles.textarea}
                  error={rowErrors?.values?.message}
                  registration={form.register(`attributes.${index}.values`, {
                    validate: (value) => lines(value).length > 0 || t('categories.valuesMissing'),
                  })}
                />
              )}
              <div className={styles.attributeFooter}>
                <Checkbox {...form.register(`attributes.${index}.required`)}>
                  {t('categories.required')}
                </Checkbox>
                <button type="button" className="link-button" onClick={() => rows.remove(index)}>
                  {t('categories.removeAttribute', { number })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              rows.append({
                code: '',
                names: { en: '', 'zh-CN': '' },
                required: false,
                kind: 'text',
                values: '',
              })
            }
          >
            {t('categories.addAttribute')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('categories.saveAttributes')}
          </button>
        </div>
      </form>
    </section>
  );
}
