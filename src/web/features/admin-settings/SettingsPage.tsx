import { useState } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { cell, Table } from '../../ui/list';
import { RequireRole } from '../admin/guards';
import { formatDate } from '../store/format';
import { SettingDialog, useFormatValue } from './SettingDialog';
import styles from './SettingsPage.module.css';
import type { Setting } from './types';

const areas = ['codes', 'login', 'sessions', 'stores', 'products', 'orders'] as const;

/** Admins see and change every rule number (SPEC's defaults), with its unit and range. */
export function SettingsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t, language } = useI18n();
  const format = useFormatValue();
  usePageTitle('admin.nav.settings', 'app.console');
  const list = $api.useQuery('get', '/api/v1/admin/settings');
  const [editing, setEditing] = useState<Setting | null>(null);
  const [saved, setSaved] = useState<Setting | null>(null);
  const items = list.data?.items;

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
        <div className={styles.areas} data-testid="settings">
          {areas.map((area) => (
            <section key={area} className={`card ${styles.area}`} aria-labelledby={`area-${area}`}>
              <h2 id={`area-${area}`} className={styles.areaTitle}>
                {t(`settings.area.${area}`)}
              </h2>
              <Table
                framed={false}
                className={styles.table}
                columns={[
                  { key: 'setting', label: t('settings.col.setting') },
                  { key: 'value', label: t('settings.col.value'), className: styles.value },
                  { key: 'default', label: t('settings.col.default') },
                  { key: 'range', label: t('settings.col.range') },
                  {
                    key: 'edit',
                    label: t('settings.edit'),
                    header: <span className="visually-hidden">{t('settings.edit')}</span>,
                  },
                ]}
              >
                {items
                  .filter((setting) => setting.area === area)
                  .map((setting) => (
                    <tr key={setting.key} data-testid={`setting-${setting.key}`}>
                      <td data-label={t('settings.col.setting')} className={styles.name}>
                        <span className={cell.main}>{setting.description[language]}</span>
                        <span className={`${cell.sub} mono ${styles.key}`}>{setting.key}</span>
                      </td>
                      <td data-label={t('settings.col.value')} className={styles.value}>
                        <span
                          className={`${cell.main} ${styles.amount}`}
                          data-testid="setting-value"
                        >
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
                      <td data-label={t('settings.col.default')} className={styles.default}>
                        {format(setting, setting.default)}
                      </td>
                      <td data-label={t('settings.col.range')} className={styles.range}>
                        {setting.min} – {setting.max} {t(`settings.unitName.${setting.unit}`)}
                      </td>
                      <td className={cell.actions}>
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
              </Table>
            </section>
          ))}
        </div>
      ) : list.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      )}
      {editing && (
        <SettingDialog
          setting={editing}
          onClose={() => setEditing(null)}
          onSaved={(setting) => {
            setEditing(null);
            setSaved(setting);
          }}
        />
      )}
    </section>
  );
}
