import { useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { BilingualFields } from '../admin-stores/catalogFields';
import styles from './CategoriesPage.module.css';
import { categoriesKey } from './CategoryDetail';
import type { AdminCategory } from './types';

type AddValues = Pick<RequestOf<'postAdminCategories'>, 'code' | 'names'>;

const codePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A new category under `parent` (or at the top level): its code and names; the rest inherited. */
export function AddCategoryDialog({
  parent,
  onClose,
  onAdded,
}: {
  parent: AdminCategory | null;
  onClose: () => void;
  onAdded: (category: AdminCategory) => void;
}) {
  const { t, language } = useI18n();
  const form = useForm<AddValues>({ defaultValues: { code: '', names: { en: '', 'zh-CN': '' } } });
  const { errors, isSubmitting } = form.formState;
  const create = $api.useMutation('post', '/api/v1/admin/categories');
  const required = (value: string) => value.trim() !== '' || t('ui.error.required');

  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({
        body: {
          parentId: parent?.id ?? null,
          code: values.code.trim(),
          names: { en: values.names.en.trim(), 'zh-CN': values.names['zh-CN'].trim() },
        },
      });
      await queryClient.invalidateQueries(categoriesKey);
      onAdded(created);
    } catch (error) {
      showServerErrors(error, form.setError, ['code', 'names.en', 'names.zh-CN']);
    }
  });

  return (
    <Dialog
      title={
        parent
          ? t('categories.addTitle', { parent: parent.names[language] })
          : t('categories.addTopTitle')
      }
      onClose={onClose}
    >
      <form className={`dialog__form ${styles.dialogForm}`} onSubmit={submit} noValidate>
        <ErrorNotice error={create.error} fields={['code', 'names']} />
        <TextField
          label={t('categories.code')}
          hint={t('categories.codeHint')}
          className="mono"
          maxLength={64}
          autoCapitalize="off"
          spellCheck={false}
          error={errors.code?.message}
          registration={form.register('code', {
            setValueAs: (value: string) => value.trim().toLowerCase(),
            validate: (value) => codePattern.test(value) || t('categories.codeInvalid'),
          })}
        />
        <BilingualFields
          label={t('categories.name')}
          maxLength={64}
          register={(language) => form.register(`names.${language}`, { validate: required })}
          error={(language) => errors.names?.[language]?.message}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('categories.addChild')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
