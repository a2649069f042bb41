import '../admin/admin.css';
import './admin-settings.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { RequireRole } from '../admin/guards';
import { useOperatorAction, useOperatorResource } from '../admin/hooks';
import { formatDate } from '../store/format';
import type { Setting } from './types';

const areas = ['codes', 'login', 'sessions', 'stores'] as const;

/** Admins see and change every rule number (SPEC's defaults), with its unit and range. */
export function SettingsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Settings />
    </RequireRole>
  );
}

/** "60 seconds", "10 分钟": a value in its unit, in the console's language. */
function useFormatValue() {
  const { t } = useI18n();
  return (setting: Setting, value: number) => t(`settings.unit.${setting.unit}`, { count: value });
}

function Settings() {
  const { t, language } = useI18n();
  const format = useFormatValue();
  usePageTitle('admin.nav.settings', 'app.console');
  const list = useOperatorResource((signal) =>
    api.get<{ items: Setting[] }>('/admin/settings', { signal }),
  );
  const [editing, setEditing] = useState<Setting | null>(null);
  const [saved, setSaved] = useState<Setting | null>(null);
  const items = list.data?.items;

  const onSaved = (setting: Setting) => {
    setEditing(null);
    setSaved(setting);
    if (list.data) {
      list.setData({
        items: list.data.items.map((item) => (item.key === setting.key ? setting : item)),
      });
    }
  };

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('admin.nav.settings')}</h1>
        <p className="page__summary">{t('settings.summary')}</p>
      </header>
      <SuccessNotice>
        {saved &&
          t('settings.saved', {
            name: saved.description[language],
            value: format(saved, saved.value),
          })}
      </SuccessNotice>
      {items ? (
        <div className="settings-areas" data-testid="settings">
          {areas.map((area) => (
            <section key={area} className="card settings-area" aria-labelledby={`area-${area}`}>
              <h2 id={`area-${area}`} className="settings-area__title">
                {t(`settings.area.${area}`)}
              </h2>
              <table className="data-table settings-table">
                <thead>
                  <tr>
                    <th scope="col">{t('settings.col.setting')}</th>
                    <th scope="col" className="settings-table__value">
                      {t('settings.col.value')}
                    </th>
                    <th scope="col">{t('settings.col.default')}</th>
                    <th scope="col">{t('settings.col.range')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('settings.edit')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items
                    .filter((setting) => setting.area === area)
                    .map((setting) => (
                      <tr key={setting.key} data-testid={`setting-${setting.key}`}>
                        <td data-label={t('settings.col.setting')} className="settings-table__name">
                          <span className="cell-main">{setting.description[language]}</span>
                          <span className="cell-sub mono">{setting.key}</span>
                        </td>
                        <td data-label={t('settings.col.value')} className="settings-table__value">
                          <span className="cell-main" data-testid="setting-value">
                            {format(setting, setting.value)}
                          </span>
                          {setting.updatedAt && (
                            <span className="tag tag--info" title={setting.updatedAt}>
                              {t('settings.changedOn', {
                                date: formatDate(setting.updatedAt, language),
                              })}
                            </span>
                          )}
                        </td>
                        <td
                          data-label={t('settings.col.default')}
                          className="settings-table__default"
                        >
                          {format(setting, setting.default)}
                        </td>
                        <td data-label={t('settings.col.range')} className="settings-table__range">
                          {setting.min} – {setting.max} {t(`settings.unitName.${setting.unit}`)}
                        </td>
                        <td className="data-table__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => {
                              setSaved(null);
                              setEditing(setting);
                            }}
                          >
                            {t('settings.edit')}
                          </button>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      ) : list.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      )}
      {editing && (
        <SettingDialog setting={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
      )}
    </section>
  );
}

function SettingDialog({
  setting,
  onClose,
  onSaved,
}: {
  setting: Setting;
  onClose: () => void;
  onSaved: (setting: Setting) => void;
}) {
  const { t, language } = useI18n();
  const save = useOperatorAction();
  const [text, setText] = useState(String(setting.value));
  const [invalid, setInvalid] = useState(false);
  const range = { min: setting.min, max: setting.max };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(text.trim());
    const ok = /^-?\d+$/.test(text.trim()) && value >= setting.min && value <= setting.max;
    setInvalid(!ok);
    if (!ok) return;
    const outcome = await save.run(() =>
      api.put<Setting>(`/admin/settings/${setting.key}`, { value }),
    );
    if (outcome.ok) onSaved(outcome.value);
  };

  const reset = async () => {
    const outcome = await save.run(() => api.delete<Setting>(`/admin/settings/${setting.key}`));
    if (outcome.ok) onSaved(outcome.value);
  };

  return (
    <Dialog
      title={t('settings.editTitle')}
      description={setting.description[language]}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <Field
          label={t('settings.value')}
          hint={t('settings.rangeHint', { ...range, default: setting.default })}
          error={invalid ? t('settings.invalid', range) : fieldError(save.error, 'value')}
        >
          {(control) => (
            <div className="unit-input">
              <input
                {...control}
                className="field__input"
                name="value"
                inputMode="numeric"
                autoComplete="off"
                value={text}
                onChange={(event) => {
                  setInvalid(false);
                  setText(event.target.value);
                }}
              />
              <span className="unit-input__unit">{t(`settings.unitName.${setting.unit}`)}</span>
            </div>
          )}
        </Field>
        <ErrorNotice error={save.error} fields={['value']} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.busy}>
            {t('settings.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('settings.cancel')}
          </button>
          {setting.updatedAt && (
            <button
              type="button"
              className="button button--secondary settings-reset"
              disabled={save.busy}
              onClick={reset}
            >
              {t('settings.reset')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
