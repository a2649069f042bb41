import { useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { milestoneLabel } from './conditionText';
import growth from './growth.module.css';
import { invalidateGrowth } from './queries';
import type { GrowthTask } from './types';

type TaskBody = RequestOf<'putAdminGrowthTasksKey'>;

/** The form's values: a milestone and page left empty are none (null in the API). */
type TaskValues = Omit<TaskBody, 'milestone' | 'actionPath'> & {
  key: string;
  milestone: string;
  actionPath: string;
};

const taskFields = [
  'key',
  'titleEn',
  'titleZh',
  'descriptionEn',
  'descriptionZh',
  'milestone',
  'actionPath',
] as const;

type TranslatedText = 'titleEn' | 'titleZh' | 'descriptionEn' | 'descriptionZh';

/** Add a task or change one: both languages' title and description, its milestone and page. */
export function TaskDialog({
  task,
  milestones,
  onClose,
  onSaved,
}: {
  task: GrowthTask | null;
  milestones: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const form = useForm<TaskValues>({
    defaultValues: {
      key: task?.key ?? '',
      titleEn: task?.titleEn ?? '',
      titleZh: task?.titleZh ?? '',
      descriptionEn: task?.descriptionEn ?? '',
      descriptionZh: task?.descriptionZh ?? '',
      milestone: task?.milestone ?? '',
      actionPath: task?.actionPath ?? '',
      active: task?.active ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const create = $api.useMutation('post', '/api/v1/admin/growth/tasks');
  const update = $api.useMutation('put', '/api/v1/admin/growth/tasks/{key}');
  // A milestone the server no longer lists stays choosable on the task that has it.
  const current = task?.milestone;
  const milestoneChoices =
    current && !milestones.includes(current) ? [...milestones, current] : milestones;

  const submit = form.handleSubmit(async ({ key, ...values }) => {
    const body: TaskBody = {
      ...values,
      milestone: values.milestone || null,
      actionPath: values.actionPath.trim() || null,
    };
    try {
      if (task) await update.mutateAsync({ params: { path: { key: task.key } }, body });
      else await create.mutateAsync({ body: { key: key.trim(), ...body } });
      await invalidateGrowth();
      onSaved();
    } catch (error) {
      showServerErrors(error, form.setError, taskFields);
    }
  });

  const text = (field: TranslatedText, label: string, multiline = false) => (
    <TextField
      label={label}
      error={errors[field]?.message}
      {...(multiline
        ? { type: 'textarea' as const, className: growth.textarea, rows: 3, maxLength: 1000 }
        : { maxLength: 120 })}
      registration={form.register(field)}
    />
  );

  return (
    <Dialog
      title={
        task
          ? t('growthAdmin.task.editTitle', { key: task.key })
          : t('growthAdmin.task.createTitle')
      }
      onClose={onClose}
    >
      <form className={`dialog__form ${growth.form}`} onSubmit={submit} noValidate>
        <ErrorNotice error={create.error ?? update.error} fields={taskFields} />
        {!task && (
          <TextField
            label={t('growthAdmin.key')}
            hint={t('growthAdmin.keyHint')}
            error={errors.key?.message}
            className="mono"
            maxLength={60}
            autoCapitalize="off"
            spellCheck={false}
            registration={form.register('key')}
          />
        )}
        <div className={growth.formPair}>
          {text('titleEn', t('growthAdmin.task.titleEn'))}
          {text('titleZh', t('growthAdmin.task.titleZh'))}
        </div>
        <div className={growth.formPair}>
          {text('descriptionEn', t('growthAdmin.task.descriptionEn'), true)}
          {text('descriptionZh', t('growthAdmin.task.descriptionZh'), true)}
        </div>
        <div className={growth.formPair}>
          <Field label={t('growthAdmin.task.milestone')} error={errors.milestone?.message}>
            {(control) => (
              <select {...control} className="field__input" {...form.register('milestone')}>
                <option value="">{t('growthAdmin.task.milestoneNone')}</option>
                {milestoneChoices.map((milestone) => (
                  <option key={milestone} value={milestone}>
                    {milestones.includes(milestone)
                      ? milestoneLabel(milestone, t)
                      : t('growthAdmin.task.milestoneOther', { milestone })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            label={t('growthAdmin.task.actionPath')}
            hint={t('growthAdmin.task.actionPathHint')}
            optional
            error={errors.actionPath?.message}
            className="mono"
            maxLength={200}
            placeholder="/store"
            autoCapitalize="off"
            spellCheck={false}
            registration={form.register('actionPath')}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...form.register('active')} />
          <span>{t('growthAdmin.task.activeLabel')}</span>
        </label>
        <div className={`form-actions ${growth.formActions}`}>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('growthAdmin.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('growthAdmin.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
