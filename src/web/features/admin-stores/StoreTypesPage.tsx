import { MoneyInput } from '../../ui/MoneyInput';
import '../admin/admin.css';
import './admin-stores.css';
import { type FormEvent, type ReactNode, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { RequireRole } from '../admin/guards';
import { useOperatorAction, useOperatorResource } from '../admin/hooks';
import { capabilityLabels } from '../store/display';
import { formatCount, formatMoney, majorUnitsText, parseMajorUnits } from '../store/format';
import { type AccountType, type Capabilities, capabilityKeys } from '../store/types';
import type { AdminPackage, AdminStoreType } from './types';

const currency = 'CNY';

/** Admins configure what merchants can buy (SPEC §4): store types and their packages. */
export function StoreTypesPage() {
  return (
    <RequireRole roles={['admin']}>
      <StoreTypes />
    </RequireRole>
  );
}

type Editing =
  | { kind: 'type'; type: AdminStoreType | null }
  | { kind: 'package'; type: AdminStoreType; pkg: AdminPackage | null };

function StoreTypes() {
  const { t, language } = useI18n();
  usePageTitle('adminStores.nav.storeTypes', 'app.console');
  const catalog = useOperatorResource((signal) =>
    api.get<AdminStoreType[]>('/admin/store-types', { signal }),
  );
  const [editing, setEditing] = useState<Editing | null>(null);
  const other = language === 'en' ? 'zh-CN' : 'en';

  const saved = () => {
    setEditing(null);
    catalog.reload();
  };

  return (
    <section className="page console-page">
      <header className="page__header page__header--actions">
        <div>
          <h1>{t('adminStores.nav.storeTypes')}</h1>
          <p className="page__summary">{t('adminStores.types.summary')}</p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ kind: 'type', type: null })}
        >
          {t('adminStores.types.add')}
        </button>
      </header>

      {catalog.data ? (
        <div className="catalog">
          {catalog.data.map((type) => (
            <section
              key={type.id}
              className="card catalog-type"
              aria-labelledby={`type-${type.id}`}
              data-testid={`store-type-${type.code}`}
              data-active={type.active}
            >
              <div className="catalog-type__head">
                <div>
                  <h2 id={`type-${type.id}`} className="catalog-type__title">
                    {type.names[language]}
                    <span className="catalog-type__other" lang={other}>
                      {type.names[other]}
                    </span>
                  </h2>
                  <p className="catalog-type__meta">
                    <span className="tag tag--muted mono">{type.code}</span>
                    <span className={`tag ${type.active ? 'tag--ok' : 'tag--muted'}`}>
                      {t(type.active ? 'adminStores.active' : 'adminStores.inactive')}
                    </span>
                    <span className="tag tag--info">
                      {type.accountTypes
                        .map((accountType) => t(`adminStores.accountType.${accountType}`))
                        .join(' · ')}
                    </span>
                    {type.requiresTrademark && (
                      <span className="tag tag--info">{t('adminStores.types.trademark')}</span>
                    )}
                  </p>
                  {type.descriptions[language] && (
                    <p className="catalog-type__description">{type.descriptions[language]}</p>
                  )}
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing({ kind: 'type', type })}
                  >
                    {t('adminStores.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing({ kind: 'package', type, pkg: null })}
                  >
                    {t('adminStores.packages.add')}
                  </button>
                </div>
              </div>
              {type.packages.length === 0 ? (
                <p className="catalog-type__empty">{t('adminStores.packages.none')}</p>
              ) : (
                <table className="data-table catalog-packages">
                  <thead>
                    <tr>
                      <th scope="col">{t('adminStores.packages.col.package')}</th>
                      <th scope="col" className="data-table__number">
                        {t('adminStores.packages.fee')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('adminStores.packages.deposit')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('adminStores.packages.productLimit')}
                      </th>
                      <th scope="col">{t('adminStores.packages.capabilities')}</th>
                      <th scope="col">{t('adminStores.packages.col.state')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('adminStores.edit')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {type.packages.map((pkg) => (
                      <tr key={pkg.id} data-testid={`package-${type.code}-${pkg.code}`}>
                        <td data-label={t('adminStores.packages.col.package')}>
                          <span className="cell-main">{pkg.names[language]}</span>
                          <span className="cell-sub">
                            <span lang={other}>{pkg.names[other]}</span> ·{' '}
                            <span className="mono">{pkg.code}</span>
                          </span>
                        </td>
                        <td
                          data-label={t('adminStores.packages.fee')}
                          className="data-table__number"
                        >
                          {formatMoney(pkg.fee, language)}
                        </td>
                        <td
                          data-label={t('adminStores.packages.deposit')}
                          className="data-table__number"
                        >
                          {formatMoney(pkg.deposit, language)}
                          {pkg.depositByCategory.length > 0 && (
                            <span className="cell-sub">
                              {t('adminStores.packages.categoryCount', {
                                count: pkg.depositByCategory.length,
                              })}
                            </span>
                          )}
                        </td>
                        <td
                          data-label={t('adminStores.packages.productLimit')}
                          className="data-table__number"
                        >
                          {formatCount(pkg.productLimit, language)}
                        </td>
                        <td data-label={t('adminStores.packages.capabilities')}>
                          <CapabilityList capabilities={pkg.capabilities} />
                        </td>
                        <td data-label={t('adminStores.packages.col.state')}>
                          <span className={`tag ${pkg.active ? 'tag--ok' : 'tag--muted'}`}>
                            {t(pkg.active ? 'adminStores.active' : 'adminStores.inactive')}
                          </span>
                        </td>
                        <td className="data-table__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => setEditing({ kind: 'package', type, pkg })}
                          >
                            {t('adminStores.edit')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      ) : catalog.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={catalog.error} onRetry={catalog.reload} />
      )}

      {editing?.kind === 'type' && (
        <TypeDialog type={editing.type} onClose={() => setEditing(null)} onSaved={saved} />
      )}
      {editing?.kind === 'package' && (
        <PackageDialog
          type={editing.type}
          pkg={editing.pkg}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </section>
  );
}

function CapabilityList({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useI18n();
  const included = capabilityKeys.filter((key) => capabilities[key]);
  if (included.length === 0) return <span className="cell-sub">—</span>;
  return (
    <span className="capability-tags">
      {included.map((key) => (
        <span key={key} className="tag tag--muted">
          {t(capabilityLabels[key])}
        </span>
      ))}
    </span>
  );
}

/** A pair of fields, English and Chinese, for a name or a description. */
function BilingualFields({
  label,
  name,
  values,
  onChange,
  error,
  multiline = false,
  maxLength,
}: {
  label: string;
  name: string;
  values: { en: string; 'zh-CN': string };
  onChange: (values: { en: string; 'zh-CN': string }) => void;
  error: (language: 'en' | 'zh-CN') => string | undefined;
  multiline?: boolean;
  maxLength: number;
}) {
  const { t } = useI18n();
  return (
    <div className="bilingual">
      {(['en', 'zh-CN'] as const).map((language) => (
        <Field
          key={language}
          label={`${label} · ${t(`language.${language}`)}`}
          error={error(language)}
        >
          {(control) =>
            multiline ? (
              <textarea
                {...control}
                className="field__input catalog-textarea"
                name={`${name}.${language}`}
                lang={language}
                rows={2}
                maxLength={maxLength}
                value={values[language]}
                onChange={(event) => onChange({ ...values, [language]: event.target.value })}
              />
            ) : (
              <input
                {...control}
                className="field__input"
                name={`${name}.${language}`}
                lang={language}
                maxLength={maxLength}
                value={values[language]}
                onChange={(event) => onChange({ ...values, [language]: event.target.value })}
              />
            )
          }
        </Field>
      ))}
    </div>
  );
}

function Checkbox({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

const codePattern = /^[a-z][a-z0-9_]{1,39}$/;

function TypeDialog({
  type,
  onClose,
  onSaved,
}: {
  type: AdminStoreType | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const save = useOperatorAction();
  const [code, setCode] = useState(type?.code ?? '');
  const [names, setNames] = useState(type?.names ?? { en: '', 'zh-CN': '' });
  const [descriptions, setDescriptions] = useState(type?.descriptions ?? { en: '', 'zh-CN': '' });
  const [accountTypes, setAccountTypes] = useState<AccountType[]>(
    type?.accountTypes ?? ['personal'],
  );
  const [requiresTrademark, setRequiresTrademark] = useState(type?.requiresTrademark ?? false);
  const [active, setActive] = useState(type?.active ?? true);
  const [local, setLocal] = useState<Record<string, string>>({});

  const toggleAccountType = (accountType: AccountType, on: boolean) =>
    setAccountTypes((current) =>
      on
        ? [...new Set([...current, accountType])]
        : current.filter((value) => value !== accountType),
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!type && !codePattern.test(code)) problems.code = t('adminStores.codeInvalid');
    if (accountTypes.length === 0)
      problems.accountTypes = t('adminStores.types.accountTypesRequired');
    for (const language of ['en', 'zh-CN'] as const) {
      if (!names[language].trim()) problems[`names.${language}`] = t('ui.error.required');
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const body = {
      names: { en: names.en.trim(), 'zh-CN': names['zh-CN'].trim() },
      descriptions: { en: descriptions.en.trim(), 'zh-CN': descriptions['zh-CN'].trim() },
      accountTypes,
      requiresTrademark,
      active,
    };
    const outcome = await save.run(() =>
      type
        ? api.put(`/admin/store-types/${type.id}`, body)
        : api.post('/admin/store-types', { code, ...body }),
    );
    if (outcome.ok) onSaved();
  };

  const problem = (field: string) => local[field] ?? fieldError(save.error, field);
  return (
    <Dialog
      title={
        type ? t('adminStores.types.editTitle', { code: type.code }) : t('adminStores.types.add')
      }
      onClose={onClose}
    >
      <form className="dialog__form catalog-form" onSubmit={submit} noValidate>
        {!type && (
          <Field
            label={t('adminStores.code')}
            hint={t('adminStores.codeHint')}
            error={problem('code')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input mono"
                name="code"
                autoCapitalize="off"
                spellCheck={false}
                maxLength={40}
                value={code}
                onChange={(event) => setCode(event.target.value.trim().toLowerCase())}
              />
            )}
          </Field>
        )}
        <BilingualFields
          label={t('adminStores.name')}
          name="names"
          values={names}
          onChange={setNames}
          maxLength={60}
          error={(language) => problem(`names.${language}`)}
        />
        <BilingualFields
          label={t('adminStores.description')}
          name="descriptions"
          values={descriptions}
          onChange={setDescriptions}
          maxLength={500}
          multiline
          error={(language) => problem(`descriptions.${language}`)}
        />
        <FieldGroup legend={t('adminStores.types.accountTypes')} error={problem('accountTypes')}>
          <div className="checkbox-row">
            {(['personal', 'enterprise'] as const).map((accountType) => (
              <Checkbox
                key={accountType}
                name="accountTypes"
                checked={accountTypes.includes(accountType)}
                onChange={(on) => toggleAccountType(accountType, on)}
              >
                {t(`adminStores.accountType.${accountType}`)}
              </Checkbox>
            ))}
          </div>
        </FieldGroup>
        <Checkbox
          name="requiresTrademark"
          checked={requiresTrademark}
          onChange={setRequiresTrademark}
        >
          {t('adminStores.types.requiresTrademark')}
        </Checkbox>
        <Checkbox name="active" checked={active} onChange={setActive}>
          {t('adminStores.types.activeLabel')}
        </Checkbox>
        <ErrorNotice
          error={save.error}
          fields={['code', 'names', 'descriptions', 'accountTypes', 'requiresTrademark', 'active']}
        />
        <DialogActions busy={save.busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}

type CategoryRow = { key: number; category: string; deposit: string };
let nextRowKey = 0;

function PackageDialog({
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
  const save = useOperatorAction();
  const [code, setCode] = useState(pkg?.code ?? '');
  const [names, setNames] = useState(pkg?.names ?? { en: '', 'zh-CN': '' });
  const [fee, setFee] = useState(pkg ? majorUnitsText(pkg.fee) : '');
  const [deposit, setDeposit] = useState(pkg ? majorUnitsText(pkg.deposit) : '');
  const [productLimit, setProductLimit] = useState(pkg ? String(pkg.productLimit) : '');
  const [capabilities, setCapabilities] = useState<Capabilities>(
    pkg?.capabilities ?? { promotions: false, customTemplates: false, advertising: false },
  );
  const [categories, setCategories] = useState<CategoryRow[]>(
    (pkg?.depositByCategory ?? []).map((entry) => ({
      key: nextRowKey++,
      category: entry.category,
      deposit: majorUnitsText(entry.deposit),
    })),
  );
  const [active, setActive] = useState(pkg?.active ?? true);
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!pkg && !codePattern.test(code)) problems.code = t('adminStores.codeInvalid');
    for (const lang of ['en', 'zh-CN'] as const) {
      if (!names[lang].trim()) problems[`names.${lang}`] = t('ui.error.required');
    }
    const feeAmount = parseMajorUnits(fee, currency);
    if (feeAmount === null) problems['fee.amount'] = t('adminStores.amountInvalid');
    const depositAmount = parseMajorUnits(deposit, currency);
    if (depositAmount === null) problems['deposit.amount'] = t('adminStores.amountInvalid');
    const limit = /^\d{1,8}$/.test(productLimit.trim()) ? Number(productLimit.trim()) : null;
    if (limit === null) problems.productLimit = t('adminStores.packages.limitInvalid');
    const byCategory = categories.map((row, index) => {
      const amount = parseMajorUnits(row.deposit, currency);
      if (!row.category.trim())
        problems[`depositByCategory.${index}.category`] = t('ui.error.required');
      if (amount === null)
        problems[`depositByCategory.${index}.deposit`] = t('adminStores.amountInvalid');
      return { category: row.category.trim(), deposit: { amount: amount ?? 0, currency } };
    });
    setLocal(problems);
    if (
      Object.keys(problems).length > 0 ||
      feeAmount === null ||
      depositAmount === null ||
      limit === null
    )
      return;
    const body = {
      names: { en: names.en.trim(), 'zh-CN': names['zh-CN'].trim() },
      fee: { amount: feeAmount, currency },
      deposit: { amount: depositAmount, currency },
      productLimit: limit,
      capabilities,
      depositByCategory: byCategory,
      active,
    };
    const outcome = await save.run(() =>
      pkg
        ? api.put(`/admin/packages/${pkg.id}`, body)
        : api.post(`/admin/store-types/${type.id}/packages`, { code, ...body }),
    );
    if (outcome.ok) onSaved();
  };

  const problem = (field: string) => local[field] ?? fieldError(save.error, field);
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
      <form className="dialog__form catalog-form" onSubmit={submit} noValidate>
        {!pkg && (
          <Field
            label={t('adminStores.code')}
            hint={t('adminStores.codeHint')}
            error={problem('code')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input mono"
                name="code"
                autoCapitalize="off"
                spellCheck={false}
                maxLength={40}
                value={code}
                onChange={(event) => setCode(event.target.value.trim().toLowerCase())}
              />
            )}
          </Field>
        )}
        <BilingualFields
          label={t('adminStores.name')}
          name="names"
          values={names}
          onChange={setNames}
          maxLength={60}
          error={(lang) => problem(`names.${lang}`)}
        />
        <div className="catalog-form__row">
          <MoneyField
            label={t('adminStores.packages.fee')}
            name="fee"
            value={fee}
            onChange={setFee}
            error={problem('fee.amount') ?? problem('fee')}
          />
          <MoneyField
            label={t('adminStores.packages.deposit')}
            name="deposit"
            value={deposit}
            onChange={setDeposit}
            error={problem('deposit.amount') ?? problem('deposit')}
          />
        </div>
        <Field label={t('adminStores.packages.productLimit')} error={problem('productLimit')}>
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="productLimit"
              inputMode="numeric"
              value={productLimit}
              onChange={(event) => setProductLimit(event.target.value)}
            />
          )}
        </Field>
        <FieldGroup legend={t('adminStores.packages.capabilities')}>
          <div className="checkbox-row">
            {capabilityKeys.map((key) => (
              <Checkbox
                key={key}
                name={key}
                checked={capabilities[key]}
                onChange={(on) => setCapabilities({ ...capabilities, [key]: on })}
              >
                {t(capabilityLabels[key])}
              </Checkbox>
            ))}
          </div>
        </FieldGroup>
        <FieldGroup
          legend={t('adminStores.packages.byCategory')}
          hint={t('adminStores.packages.byCategoryHint')}
        >
          {categories.map((row, index) => (
            <div key={row.key} className="category-row">
              <Field
                label={t('adminStores.packages.category')}
                error={problem(`depositByCategory.${index}.category`)}
              >
                {(control) => (
                  <input
                    {...control}
                    className="field__input"
                    name={`category-${index}`}
                    maxLength={100}
                    value={row.category}
                    onChange={(event) =>
                      setCategories(
                        categories.map((current) =>
                          current.key === row.key
                            ? { ...current, category: event.target.value }
                            : current,
                        ),
                      )
                    }
                  />
                )}
              </Field>
              <MoneyField
                label={t('adminStores.packages.deposit')}
                name={`category-deposit-${index}`}
                value={row.deposit}
                onChange={(value) =>
                  setCategories(
                    categories.map((current) =>
                      current.key === row.key ? { ...current, deposit: value } : current,
                    ),
                  )
                }
                error={problem(`depositByCategory.${index}.deposit`)}
              />
              <button
                type="button"
                className="link-button category-row__remove"
                onClick={() =>
                  setCategories(categories.filter((current) => current.key !== row.key))
                }
              >
                {t('adminStores.packages.removeCategory')}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                setCategories([...categories, { key: nextRowKey++, category: '', deposit: '' }])
              }
            >
              {t('adminStores.packages.addCategory')}
            </button>
          </div>
        </FieldGroup>
        <Checkbox name="active" checked={active} onChange={setActive}>
          {t('adminStores.packages.activeLabel')}
        </Checkbox>
        <ErrorNotice
          error={save.error}
          fields={[
            'code',
            'names',
            'fee',
            'deposit',
            'productLimit',
            'capabilities',
            'depositByCategory',
            'active',
          ]}
        />
        <DialogActions busy={save.busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}

/** An amount in yuan, typed as text and sent in fen. */
function MoneyField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Field label={label} hint={t('adminStores.yuanHint')} error={error}>
      {(control) => (
        <MoneyInput
          control={control}
          name={name}
          value={value}
          onChange={onChange}
          placeholder="0.00"
        />
      )}
    </Field>
  );
}

function DialogActions({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('adminStores.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('ui.cancel')}
      </button>
    </div>
  );
}
