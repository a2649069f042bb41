import { Controller, useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api, queryClient } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import {
  BilingualFields,
  Checkbox,
  CheckboxRow,
  CodeField,
  DialogActions,
  useCodeRule,
} from './catalogFields';
import styles from './catalogForm.module.css';
import type { AdminStoreType } from './types';

type TypeValues = Required<Omit<RequestOf<'postAdminStoreTypes'>, 'sortOrder'>>;

const typeFields = [
  'code',
  'names',
  'descriptions',
  'accountTypes',
  'requiresTrademark',
  'active',
] as const;
const accountTypes = ['personal', 'enterprise'] as const;

const trimmed = (names: TypeValues['names']) => ({
  en: names.en.trim(),
  'zh-CN': names['zh-CN'].trim(),
});

/** Add a store type or change one: names, descriptions, who may open it, whether it is offered. */
export function TypeDialog({
  type,
  onClose,
  onSaved,
}: {
  type: AdminStoreType | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const codeRule = useCodeRule();
  const form = useForm<TypeValues>({
    defaultValues: {
      code: type?.code ?? '',
      names: type?.names ?? { en: '', 'zh-CN': '' },
      descriptions: type?.descriptions ?? { en: '', 'zh-CN': '' },
      accountTypes: type?.accountTypes ?? ['personal'],
      requiresTrademark: type?.requiresTrademark ?? false,
      active: type?.active ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const create = $api.useMutation('post', '/api/v1/admin/store-types');
  const update = $api.useMutation('put', '/api/v1/admin/store-types/{id}');
  const required = (value: string) => value.trim() !== '' || t('ui.error.required');

  const submit = form.handleSubmit(async ({ code, ...values }) => {
    const body = {
      ...values,
      names: trimmed(values.names),
      descriptions: trimmed(values.descriptions),
    };
    try {
      if (type) await update.mutateAsync({ params: { path: { id: type.id } }, body });
      else await create.mutateAsync({ body: { code, ...body } });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/store-types'] });
      onSaved();
    } catch (error) {
      showServerErrors(error, form.setError, [
        'code',
        'names.en',
        'names.zh-CN',
        'descriptions.en',
        'descriptions.zh-CN',
        'accountTypes',
      ]);
    }
  });

  return (
    <Dialog
      title={
        type ? t('adminStores.types.editTitle', { code: type.code }) : t('adminStores.types.add')
      }
      onClose={onClose}
    >
      <form className={`dialog__form ${styles.form}`} onSubmit={submit} noValidate>
        {!type && (
          <Controller
            control={form.control}
            name="code"
            rules={{ validate: codeRule }}
            render={({ field, fieldState }) => (
              <CodeField field={field} error={fieldState.error?.message} />
            )}
          />
        )}
        <BilingualFields
          label={t('adminStores.name')}
          maxLength={60}
          register={(language) => form.register(`names.${language}`, { validate: required })}
          error={(language) => errors.names?.[language]?.message}
        />
        <BilingualFields
          label={t('adminStores.description')}
          maxLength={500}
          multiline
          register={(language) => form.register(`descriptions.${language}`)}
          error={(language) => errors.descriptions?.[language]?.message}
        />
        <FieldGroup
          legend={t('adminStores.types.accountTypes')}
          error={errors.accountTypes?.message}
        >
          <CheckboxRow>
            {accountTypes.map((accountType) => (
              <Checkbox
                key={accountType}
                value={accountType}
                {...form.register('accountTypes', {
                  validate: (chosen) =>
                    chosen.length > 0 || t('adminStores.types.accountTypesRequired'),
                })}
              >
                {t(`adminStores.accountType.${accountType}`)}
              </Checkbox>
            ))}
          </CheckboxRow>
        </FieldGroup>
        <Checkbox {...form.register('requiresTrademark')}>
          {t('adminStores.types.requiresTrademark')}
        </Checkbox>
        <Checkbox {...form.register('active')}>{t('adminStores.types.activeLabel')}</Checkbox>
        <ErrorNotice error={create.error ?? update.error} fields={typeFields} />
        <DialogActions busy={isSubmitting} onClose={onClose} />
      </form>
    </Dialog>
  );
}
