import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { BilingualFields, Checkbox } from '../admin-stores/catalogFields';
import { AttributeEditor } from './AttributeEditor';
import styles from './CategoriesPage.module.css';
import { ancestorsOf, type CategoryIndex } from './tree';
import { type AdminCategory, maxLevel } from './types';

export const categoriesKey = { queryKey: ['get', '/api/v1/admin/categories'] } as const;

/** A category's place, names, commission and flag, its attribute templates, and its removal. */
export function CategoryDetail({
  category,
  index,
  onAddChild,
  onDeleted,
  onSaved,
}: {
  category: AdminCategory;
  index: CategoryIndex;
  onAddChild: () => void;
  onDeleted: () => void;
  onSaved: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const [deleting, setDeleting] = useState(false);
  const path = ancestorsOf(index, category);
  const atMaxDepth = category.level >= maxLevel;

  return (
    <div className={styles.detail}>
      <section className={`card ${styles.panel}`} aria-labelledby="category-name">
        <div className={styles.detailHeader}>
          <div>
            <h2 id="category-name" className={styles.detailTitle}>
              {category.names[language]}
            </h2>
            <p className={styles.muted}>
              {t('categories.codeIs', { code: category.code })}
              {' · '}
              {t('categories.pathIs', {
                path:
                  path.length > 0
                    ? path.map((ancestor) => ancestor.names[language]).join(' › ')
                    : t('categories.topLevel'),
              })}
              {' · '}
              {t('categories.level', { level: category.level })}
              {' · '}
              {t('categories.children', { count: category.childCount })}
            </p>
          </div>
          <div className={styles.detailActions}>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={onAddChild}
              disabled={atMaxDepth}
              aria-describedby={atMaxDepth ? 'category-max-depth' : undefined}
            >
              {t('categories.addChild')}
            </button>
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => setDeleting(true)}
            >
              {t('categories.delete')}
            </button>
          </div>
        </div>
        {atMaxDepth && (
          <p id="category-max-depth" className={styles.muted}>
            {t('categories.maxDepth')}
          </p>
        )}
        <DetailsForm category={category} onSaved={() => onSaved(t('categories.saved'))} />
      </section>
      <AttributeEditor
        category={category}
        onSaved={() => onSaved(t('categories.attributesSaved'))}
      />
      {deleting && (
        <DeleteDialog
          category={category}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            onDeleted();
          }}
        />
      )}
    </div>
  );
}

type DetailValues = {
  names: AdminCategory['names'];
  /** Percent as typed: "5", "3.5". */
  commission: string;
  forbidden: boolean;
};

const percentPattern = /^\d{1,3}([.,]\d{1,2})?$/;
const toBasisPoints = (percent: string) => Math.round(Number(percent.replace(',', '.')) * 100);

function DetailsForm({ category, onSaved }: { category: AdminCategory; onSaved: () => void }) {
  const { t } = useI18n();
  const form = useForm<DetailValues>({
    defaultValues: {
      names: category.names,
      commission: String(category.commissionRateBp / 100),
      forbidden: category.forbidden,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<unknown>(null);
  const update = $api.useMutation('patch', '/api/v1/admin/categories/{id}');
  const required = (value: string) => value.trim() !== '' || t('ui.error.required');

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await update.mutateAsync({
        params: { path: { id: category.id } },
        body: {
          names: { en: values.names.en.trim(), 'zh-CN': values.names['zh-CN'].trim() },
          commissionRateBp: toBasisPoints(values.commission),
          forbidden: values.forbidden,
        },
      });
      await queryClient.invalidateQueries(categoriesKey);
      onSaved();
    } catch (error) {
      const placed = showServerErrors(error, form.setError, (field) =>
        field === 'commissionRateBp'
          ? 'commission'
          : field === 'names.en' || field === 'names.zh-CN'
            ? field
            : undefined,
      );
      if (!placed) setFailure(error);
    }
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('categories.details')}>
      <ErrorNotice error={failure} />
      <BilingualFields
        label={t('categories.name')}
        maxLength={64}
        register={(language) => form.register(`names.${language}`, { validate: required })}
        error={(language) => errors.names?.[language]?.message}
      />
      <Field
        label={t('categories.commission')}
        hint={t('categories.commissionHint')}
        error={errors.commission?.message}
      >
        {(control) => (
          <div className={styles.percent}>
            <input
              {...control}
              className="field__input"
              inputMode="decimal"
              {...form.register('commission', {
                validate: (value) =>
                  (percentPattern.test(value.trim()) && toBasisPoints(value.trim()) <= 10_000) ||
                  t('categories.commissionInvalid'),
              })}
            />
            <span aria-hidden="true">%</span>
          </div>
        )}
      </Field>
      <div className={styles.switchRow}>
        <Checkbox {...form.register('forbidden')} aria-describedby="category-forbidden-hint">
          {t('categories.forbidden')}
        </Checkbox>
        <p id="category-forbidden-hint" className="field__hint">
          {t(
            category.inheritsForbidden
              ? 'categories.forbiddenInherited'
              : 'categories.forbiddenHint',
          )}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('categories.save')}
        </button>
      </div>
    </form>
  );
}

function DeleteDialog({
  category,
  onClose,
  onDeleted,
}: {
  category: AdminCategory;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, language } = useI18n();
  const remove = $api.useMutation('delete', '/api/v1/admin/categories/{id}');
  const [failure, setFailure] = useState<unknown>(null);
  const confirm = async () => {
    setFailure(null);
    try {
      await remove.mutateAsync({ params: { path: { id: category.id } } });
      await queryClient.invalidateQueries(categoriesKey);
      onDeleted();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <ConfirmDialog
      title={t('categories.deleteTitle', { name: category.names[language] })}
      description={t('categories.deleteBody')}
      confirmLabel={t('categories.deleteConfirm')}
      busy={remove.isPending}
      failure={failure}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
