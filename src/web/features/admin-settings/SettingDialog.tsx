import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ResponseOf } from '../../api/contract';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import styles from './SettingDialog.module.css';
import type { Setting } from './types';

/** "60 seconds", "10 分钟": a value in its unit, in the console's language. */
export function useFormatValue() {
  const { t } = useI18n();
  return (setting: Setting, value: number) => t(`settings.unit.${setting.unit}`, { count: value });
}

/** The saved setting is its row's new state: the list is not asked again. */
function showSetting(setting: Setting) {
  queryClient.setQueryData<ResponseOf<'getAdminSettings'>>(
    ['get', '/api/v1/admin/settings'],
    (list) =>
      list && { items: list.items.map((item) => (item.key === setting.key ? setting : item)) },
  );
}

/** One rule number: a new value within its range, or back to the default. */
export function SettingDialog({
  setting,
  onClose,
  onSaved,
}: {
  setting: Setting;
  onClose: () => void;
  onSaved: (setting: Setting) => void;
}) {
  const { t, language } = useI18n();
  const save = $api.useMutation('put', '/api/v1/admin/settings/{key}');
  const reset = $api.useMutation('delete', '/api/v1/admin/settings/{key}');
  const form = useForm<{ value: string }>({ defaultValues: { value: String(setting.value) } });
  const [failure, setFailure] = useState<unknown>(null);
  const range = { min: setting.min, max: setting.max };
  const params = { path: { key: setting.key } };
  const busy = form.formState.isSubmitting || reset.isPending;

  const done = (answer: Setting) => {
    showSetting(answer);
    onSaved(answer);
  };

  const submit = form.handleSubmit(async ({ value }) => {
    setFailure(null);
    try {
      done(await save.mutateAsync({ params, body: { value: Number(value.trim()) } }));
    } catch (error) {
      showServerErrors(error, form.setError, ['value']);
      setFailure(error);
    }
  });

  const backToDefault = async () => {
    setFailure(null);
    try {
      done(await reset.mutateAsync({ params }));
    } catch (error) {
      setFailure(error);
    }
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
          error={form.formState.errors.value?.message}
        >
          {(control) => (
            <div className={styles.unitInput}>
              <input
                {...control}
                className="field__input"
                inputMode="numeric"
                autoComplete="off"
                {...form.register('value', {
                  validate: (text) => {
                    const value = Number(text.trim());
                    const whole = /^-?\d+$/.test(text.trim());
                    return (
                      (whole && value >= setting.min && value <= setting.max) ||
                      t('settings.invalid', range)
                    );
                  },
                })}
              />
              <span className={styles.unit}>{t(`settings.unitName.${setting.unit}`)}</span>
            </div>
          )}
        </Field>
        <ErrorNotice error={failure} fields={['value']} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('settings.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('settings.cancel')}
          </button>
          {setting.updatedAt && (
            <button
              type="button"
              className={`button button--secondary ${styles.reset}`}
              disabled={busy}
              onClick={() => void backToDefault()}
            >
              {t('settings.reset')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
