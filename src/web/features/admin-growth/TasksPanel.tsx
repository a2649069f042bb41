import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n, useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useOperatorAction } from '../admin/hooks';
import { milestoneLabel } from './conditionText';
import type { GrowthRule, GrowthTask, TaskInput } from './types';

const TASK_FIELDS = [
  'key',
  'titleEn',
  'titleZh',
  'descriptionEn',
  'descriptionZh',
  'milestone',
  'actionPath',
] as const;

/** The tasks table: both languages' titles, the milestone that completes each, its page. */
export function TasksPanel({
  tasks,
  milestones,
  rules,
  onSaved,
}: {
  tasks: GrowthTask[];
  milestones: string[];
  rules: GrowthRule[];
  onSaved: (task: GrowthTask) => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<GrowthTask | 'new' | null>(null);
  const usedBy = (key: string) => rules.filter((rule) => rule.taskKeys.includes(key)).length;

  return (
    <div className="growth-panel">
      <div className="growth-panel__bar">
        <p className="growth-panel__intro">{t('growthAdmin.tasks.intro')}</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('growthAdmin.tasks.new')}
        </button>
      </div>
      <div className="card table-card">
        <table className="data-table growth-tasks" data-testid="growth-tasks">
          <thead>
            <tr>
              <th scope="col">{t('growthAdmin.tasks.col.task')}</th>
              <th scope="col">{t('growthAdmin.tasks.col.milestone')}</th>
              <th scope="col">{t('growthAdmin.tasks.col.action')}</th>
              <th scope="col">{t('growthAdmin.tasks.col.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('growthAdmin.tasks.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const rulesUsing = usedBy(task.key);
              const [first, second] =
                language === 'zh-CN' ? [task.titleZh, task.titleEn] : [task.titleEn, task.titleZh];
              return (
                <tr key={task.key} data-task={task.key} data-disabled={!task.active || undefined}>
                  <td data-label={t('growthAdmin.tasks.col.task')}>
                    <span className="cell-main">{first}</span>
                    <span className="cell-sub">{second}</span>
                    <span className="cell-sub">
                      <span className="mono">{task.key}</span> ·{' '}
                      {rulesUsing === 0
                        ? t('growthAdmin.tasks.unused')
                        : t('growthAdmin.tasks.usedBy', { count: rulesUsing })}
                    </span>
                  </td>
                  <td data-label={t('growthAdmin.tasks.col.milestone')}>
                    {task.milestone ? (
                      <span className="tag tag--info growth-tag">
                        {milestoneLabel(task.milestone, t)}
                      </span>
                    ) : (
                      <span className="cell-sub">{t('growthAdmin.tasks.lesson')}</span>
                    )}
                  </td>
                  <td data-label={t('growthAdmin.tasks.col.action')}>
                    {task.actionPath ? (
                      <span className="mono">{task.actionPath}</span>
                    ) : (
                      <span className="cell-sub">{t('growthAdmin.tasks.noAction')}</span>
                    )}
                  </td>
                  <td data-label={t('growthAdmin.tasks.col.status')}>
                    <span className={`status ${task.active ? 'status--ok' : 'status--muted'}`}>
                      {t(task.active ? 'growthAdmin.active' : 'growthAdmin.inactive')}
                    </span>
                  </td>
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('growthAdmin.editNamed', { name: first })}
                      onClick={() => setEditing(task)}
                    >
                      {t('growthAdmin.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editing && (
        <TaskDialog
          task={editing === 'new' ? null : editing}
          milestones={milestones}
          onClose={() => setEditing(null)}
          onSaved={(task) => {
            setEditing(null);
            onSaved(task);
          }}
        />
      )}
    </div>
  );
}

function TaskDialog({
  task,
  milestones,
  onClose,
  onSaved,
}: {
  task: GrowthTask | null;
  milestones: string[];
  onClose: () => void;
  onSaved: (task: GrowthTask) => void;
}) {
  const t = useT();
  const save = useOperatorAction();
  const [form, setForm] = useState<TaskInput>(() => ({
    key: task?.key ?? '',
    titleEn: task?.titleEn ?? '',
    titleZh: task?.titleZh ?? '',
    descriptionEn: task?.descriptionEn ?? '',
    descriptionZh: task?.descriptionZh ?? '',
    milestone: task?.milestone ?? null,
    actionPath: task?.actionPath ?? null,
    active: task?.active ?? true,
  }));
  const set = <K extends keyof TaskInput>(field: K, value: TaskInput[K]) =>
    setForm((current) => ({ ...current, [field]: value }));
  const milestoneChoices =
    form.milestone && !milestones.includes(form.milestone)
      ? [...milestones, form.milestone]
      : milestones;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { key, ...fields } = form;
    const body = { ...fields, actionPath: fields.actionPath?.trim() || null };
    const outcome = await save.run(() =>
      task
        ? api.put<GrowthTask>(`/admin/growth/tasks/${encodeURIComponent(task.key)}`, body)
        : api.post<GrowthTask>('/admin/growth/tasks', { key: key.trim(), ...body }),
    );
    if (outcome.ok) onSaved(outcome.value);
  };

  const text = (
    field: 'titleEn' | 'titleZh' | 'descriptionEn' | 'descriptionZh',
    label: string,
    multiline = false,
  ) => (
    <Field label={label} error={fieldError(save.error, field)}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="field__input growth-textarea"
            name={field}
            rows={3}
            maxLength={1000}
            value={form[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        ) : (
          <input
            {...control}
            className="field__input"
            name={field}
            maxLength={120}
            value={form[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        )
      }
    </Field>
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
      <form className="dialog__form growth-form" onSubmit={submit} noValidate>
        <ErrorNotice error={save.error} fields={TASK_FIELDS} />
        {!task && (
          <Field
            label={t('growthAdmin.key')}
            hint={t('growthAdmin.keyHint')}
            error={fieldError(save.error, 'key')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input mono"
                name="key"
                maxLength={60}
                autoCapitalize="off"
                spellCheck={false}
                value={form.key}
                onChange={(event) => set('key', event.target.value)}
              />
            )}
          </Field>
        )}
        <div className="growth-form__pair">
          {text('titleEn', t('growthAdmin.task.titleEn'))}
          {text('titleZh', t('growthAdmin.task.titleZh'))}
        </div>
        <div className="growth-form__pair">
          {text('descriptionEn', t('growthAdmin.task.descriptionEn'), true)}
          {text('descriptionZh', t('growthAdmin.task.descriptionZh'), true)}
        </div>
        <div className="growth-form__pair">
          <Field
            label={t('growthAdmin.task.milestone')}
            error={fieldError(save.error, 'milestone')}
          >
            {(control) => (
              <select
                {...control}
                className="field__input"
                name="milestone"
                value={form.milestone ?? ''}
                onChange={(event) => set('milestone', event.target.value || null)}
              >
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
          <Field
            label={t('growthAdmin.task.actionPath')}
            hint={t('growthAdmin.task.actionPathHint')}
            optional
            error={fieldError(save.error, 'actionPath')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input mono"
                name="actionPath"
                maxLength={200}
                placeholder="/store"
                autoCapitalize="off"
                spellCheck={false}
                value={form.actionPath ?? ''}
                onChange={(event) => set('actionPath', event.target.value)}
              />
            )}
          </Field>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            name="active"
            checked={form.active}
            onChange={(event) => set('active', event.target.checked)}
          />
          <span>{t('growthAdmin.task.activeLabel')}</span>
        </label>
        <div className="form-actions growth-form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('growthAdmin.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={save.busy}>
            {t('growthAdmin.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
