import { Controller, type Path, useFieldArray, useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { capabilityLabels } from '../store/display';
import { majorUnitsText, parseMajorUnits } from '../store/format';
import { capabilityKeys } from '../store/types';
import {
  BilingualFields,
  Checkbox,
  CheckboxRow,
  CodeField,
  DialogActions,
  MoneyField,
  useCodeRule,
} from './catalogFields';
import styles from './catalogForm.module.css';
import type { AdminPackage, AdminStoreType } from './types';

type PackageBody = RequestOf<'postAdminStoreTypesIdPackages'>;

/** The form's values: amounts and the product limit as typed, checked before they are sent. */
type PackageValues = Pick<PackageBody, 'code' | 'names' | 'capabilities'> & {
  fee: string;
  deposit: string;
  productLimit: string;
  depositByCategory: { category: string; deposit: string }[];
  active: boolean;
};

const currency = 'CNY';
const packageFields = [
  'code',
  'names',
  'fee',
  'deposit',
  'productLimit',
  'capabilities',
  'depositByCategory',
  'active',
] as const;

const amountOf = (text: string) => parseMajorUnits(text, currency) ?? 0;

/** Where the server's problems go: `fee.amount` on the fee, `depositByCategory.1.deposit.amount` on that row's deposit. */
function packageFieldFor(serverField: string): Path<PackageValues> | undefined {
  const row = /^depositByCategory\.(\d+)\.(category|deposit)/.exec(serverField);
  if (row) return `depositByCategory.${Number(row[1])}.${row[2] as 'category' | 'deposit'}`;
  return (['code', 'names.en', 'names.zh-CN', 'fee', 'deposit', 'productLimit'] as const).find(
    (field) => serverField === field || serverField.startsWith(`${field}.`),
  );
}

/** Add a package to a store type or change one: price, deposit (per category too), limits. */
export function PackageDialog({
  type,
  pkg,
  onClose,
  onSaved,
}: {
  type: AdminStoreType;
  pkg: AdminPackage | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const codeRule = useCodeRule();
  const form = useForm<PackageValues>({
    defaultValues: {
      code: pkg?.code ?? '',
      names: pkg?.names ?? { en: '', 'zh-CN': '' },
      fee: pkg ? majorUnitsText(pkg.fee) : '',
      deposit: pkg ? majorUnitsText(pkg.deposit) : '',
      productLimit: pkg ? String(pkg.productLimit) : '',
      capabilities: pkg?.capabilities ?? {
        promotions: false,
        customTemplates: false,
        advertising: false,
      },
      depositByCategory: (pkg?.depositByCategory ?? []).map((entry) => ({
        category: entry.category,
        deposit: majorUnitsText(entry.deposit),
      })),
      active: pkg?.active ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const categories = useFieldArray({ control: form.control, name: 'depositByCategory' });
  const create = $api.useMutation('post', '/api/v1/admin/store-types/{id}/packages');
  const update = $api.useMutation('put', '/api/v1/admin/packages/{id}');

  const required = (value: string) => value.trim() !== '' || t('ui.error.required');
  const amount = (value: string) =>
    parseMajorUnits(value, currency) !== null || t('adminStores.amountInvalid');

  const submit = form.handleSubmit(async ({ code, ...values }) => {
    const body = {
      names: { en: values.names.en.trim(), 'zh-CN': values.names['zh-CN'].trim() },
      fee: { amount: amountOf(values.fee), currency },
      deposit: { amount: amountOf(values.deposit), currency },
      productLimit: Number(values.productLimit.trim()),
      capabilities: values.capabilities,
      depositByCategory: values.depositByCategory.map((row) => ({
        category: row.category.trim(),
        deposit: { amount: amountOf(row.deposit), currency },
      })),
      active: values.active,
    } satisfies Omit<PackageBody, 'code'>;
    try {
      if (pkg) await update.mutateAsync({ params: { path: { id: pkg.id } }, body });
      else {
        await create.mutateAsync({ params: { path: { id: type.id } }, body: { code, ...body } });
      }
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/store-types'] });
      onSaved();
    } catch (error) {
      showServerErrors(error, form.setError, packageFieldFor);
    }
  });

  const typeName = type.names[language];
  return (
    <Dialog
      title={
        pkg
          ? t('adminStores.packages.editTitle', { name: pkg.names[language], type: typeName })
          : t('adminStores.packages.addTitle', { type: typeName })
      }
      onClose={onClose}
    >
      <form className={`dialog__form ${styles.form}`} onSubmit={submit} noValidate>
        {!pkg && (
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
          register={(lang) => form.register(`names.${lang}`, { validate: required })}
          error={(lang) => errors.names?.[lang]?.message}
        />
        <div className={styles.row}>
          {(['fee', 'deposit'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              rules={{ validate: amount }}
              render={({ field, fieldState }) => (
                <MoneyField
                  label={t(`adminStores.packages.${name}`)}
                  field={field}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </div>
        <TextField
          label={t('adminStores.packages.productLimit')}
          error={errors.productLimit?.message}
          inputMode="numeric"
          registration={form.register('productLimit', {
            validate: (value) =>
              /^\d{1,8}$/.test(value.trim()) || t('adminStores.packages.limitInvalid'),
          })}
        />
        <FieldGroup legend={t('adminStores.packages.capabilities')}>
          <CheckboxRow>
            {capabilityKeys.map((key) => (
              <Checkbox key={key} {...form.register(`capabilities.${key}`)}>
                {t(capabilityLabels[key])}
              </Checkbox>
            ))}
          </CheckboxRow>
        </FieldGroup>
        <FieldGroup
          legend={t('adminStores.packages.byCategory')}
          hint={t('adminStores.packages.byCategoryHint')}
        >
          {categories.fields.map((row, index) => (
            <div key={row.id} className={styles.categoryRow}>
              <TextField
                label={t('adminStores.packages.category')}
                error={errors.depositByCategory?.[index]?.category?.message}
                maxLength={100}
                registration={form.register(`depositByCategory.${index}.category`, {
                  validate: required,
                })}
              />
              <Controller
                control={form.control}
                name={`depositByCategory.${index}.deposit`}
                rules={{ validate: amount }}
                render={({ field, fieldState }) => (
                  <MoneyField
                    label={t('adminStores.packages.deposit')}
                    field={field}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <button
                type="button"
                className={`link-button ${styles.categoryRemove}`}
                onClick={() => categories.remove(index)}
              >
                {t('adminStores.packages.removeCategory')}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => categories.append({ category: '', deposit: '' })}
            >
              {t('adminStores.packages.addCategory')}
            </button>
          </div>
        </FieldGroup>
        <Checkbox {...form.register('active')}>{t('adminStores.packages.activeLabel')}</Checkbox>
        <ErrorNotice error={create.error ?? update.error} fields={packageFields} />
        <DialogActions busy={isSubmitting} onClose={onClose} />
      </form>
    </Dialog>
  );
}
