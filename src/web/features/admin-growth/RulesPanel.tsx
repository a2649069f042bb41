import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n, useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useOperatorAction } from '../admin/hooks';
import { type ConditionDraft, ConditionEditor, conditionOf, draftOf } from './ConditionEditor';
import { describeCondition } from './conditionText';
import { TaskKeysEditor, taskTitle } from './TaskKeysEditor';
import { type GrowthRule, type GrowthTask, ruleNames } from './types';

const RULE_FIELDS = ['key', 'nameEn', 'nameZh', 'priority', 'condition', 'taskKeys'] as const;

/** The rules, in the order they build a plan: what each applies to and the tasks it adds. */
export function RulesPanel({
  rules,
  tasks,
  onChanged,
}: {
  rules: GrowthRule[];
  tasks: GrowthTask[];
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<GrowthRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<GrowthRule | null>(null);
  const byKey = new Map(tasks.map((task) => [task.key, task]));

  return (
    <div className="growth-panel">
      <div className="growth-panel__bar">
        <p className="growth-panel__intro">{t('growthAdmin.rules.intro')}</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('growthAdmin.rules.new')}
        </button>
      </div>
      {rules.length === 0 ? (
        <div className="card empty-state">
          <p>{t('growthAdmin.rules.empty')}</p>
        </div>
      ) : (
        <ol className="rule-list" data-testid="growth-rules">
          {rules.map((rule) => {
            const { who, groups } = describeCondition(rule.condition, t, language);
            const names = ruleNames(rule, language);
            return (
              <li
                key={rule.id}
                className="card rule-card"
                data-rule={rule.key}
                data-inactive={!rule.active || undefined}
              >
                <div className="rule-card__head">
                  <div className="rule-card__titles">
                    <h3 className="rule-card__name">{names.name}</h3>
                    {names.other && <span className="rule-card__other-name">{names.other}</span>}
                    <span className="rule-card__meta">
                      <span className="mono">{rule.key}</span>
                      <span className="tag tag--muted">
                        {t('growthAdmin.rules.priority', { priority: rule.priority })}
                      </span>
                      {!rule.active && (
                        <span className="status status--muted">{t('growthAdmin.inactive')}</span>
                      )}
                    </span>
                  </div>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('growthAdmin.editNamed', { name: names.name })}
                      onClick={() => setEditing(rule)}
                    >
                      {t('growthAdmin.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('growthAdmin.rules.deleteNamed', { name: names.name })}
                      onClick={() => setDeleting(rule)}
                    >
                      {t('growthAdmin.rules.delete')}
                    </button>
                  </div>
                </div>
                <dl className="rule-card__body">
                  <div>
                    <dt>{t('growthAdmin.rules.when')}</dt>
                    <dd>
                      <span className="rule-card__who">{who}</span>
                      {groups.map((group) => (
                        <span key={group.key} className="rule-card__group">
                          <span className="rule-card__group-label">{group.label}</span>
                          <ul className="rule-card__tests">
                            {group.lines.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        </span>
                      ))}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('growthAdmin.rules.tasks')}</dt>
                    <dd>
                      <ol className="rule-card__tasks">
                        {rule.taskKeys.map((key) => {
                          const task = byKey.get(key);
                          return (
                            <li key={key} data-inactive={!task?.active || undefined}>
                              {task ? taskTitle(task, language) : key}
                            </li>
                          );
                        })}
                      </ol>
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ol>
      )}
      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          tasks={tasks}
          nextPriority={Math.max(0, ...rules.map((rule) => rule.priority)) + 10}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          rule={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function RuleDialog({
  rule,
  tasks,
  nextPriority,
  onClose,
  onSaved,
}: {
  rule: GrowthRule | null;
  tasks: GrowthTask[];
  nextPriority: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const save = useOperatorAction();
  const [key, setKey] = useState(rule?.key ?? '');
  const [nameEn, setNameEn] = useState(rule?.nameEn ?? '');
  const [nameZh, setNameZh] = useState(rule?.nameZh ?? '');
  const [priority, setPriority] = useState(String(rule?.priority ?? nextPriority));
  const [active, setActive] = useState(rule?.active ?? true);
  const [draft, setDraft] = useState<ConditionDraft>(() => draftOf(rule?.condition ?? {}));
  const [taskKeys, setTaskKeys] = useState<string[]>(rule?.taskKeys ?? []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      nameEn,
      nameZh,
      // Sent as typed: a non-number comes back as a field error from the server.
      priority: /^-?\d+$/.test(priority.trim()) ? Number(priority) : priority,
      active,
      condition: conditionOf(draft),
      taskKeys,
    };
    const outcome = await save.run(() =>
      rule
        ? api.put<GrowthRule>(`/admin/growth/rules/${rule.id}`, body)
        : api.post<GrowthRule>('/admin/growth/rules', { key: key.trim(), ...body }),
    );
    if (outcome.ok) onSaved();
  };

  return (
    <Dialog
      title={
        rule
          ? t('growthAdmin.rule.editTitle', { key: rule.key })
          : t('growthAdmin.rule.createTitle')
      }
      onClose={onClose}
    >
      <form className="dialog__form growth-form rule-form" onSubmit={submit} noValidate>
        <ErrorNotice error={save.error} fields={RULE_FIELDS} />
        <div className="rule-form__head">
          {!rule && (
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
                  value={key}
                  onChange={(event) => setKey(event.target.value)}
                />
              )}
            </Field>
          )}
          <Field label={t('growthAdmin.rule.nameEn')} error={fieldError(save.error, 'nameEn')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="nameEn"
                lang="en"
                maxLength={100}
                placeholder={t('growthAdmin.rule.nameEnPlaceholder')}
                value={nameEn}
                onChange={(event) => setNameEn(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('growthAdmin.rule.nameZh')} error={fieldError(save.error, 'nameZh')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="nameZh"
                lang="zh-CN"
                maxLength={100}
                placeholder={t('growthAdmin.rule.nameZhPlaceholder')}
                value={nameZh}
                onChange={(event) => setNameZh(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('growthAdmin.rule.priority')}
            hint={t('growthAdmin.rule.priorityHint')}
            error={fieldError(save.error, 'priority')}
          >
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="priority"
                inputMode="numeric"
                value={priority}
                onChange={(event) => setPriority(event.target.value)}
              />
            )}
          </Field>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            name="active"
            checked={active}
            onChange={(event) => setActive(event.target.checked)}
          />
          <span>{t('growthAdmin.rule.activeLabel')}</span>
        </label>
        <fieldset className="growth-form__section">
          <legend className="field__label">{t('growthAdmin.rule.condition')}</legend>
          <ConditionEditor draft={draft} onChange={setDraft} error={save.error} />
        </fieldset>
        <fieldset className="growth-form__section">
          <legend className="field__label">{t('growthAdmin.rule.tasks')}</legend>
          <TaskKeysEditor
            taskKeys={taskKeys}
            tasks={tasks}
            onChange={setTaskKeys}
            error={save.error}
          />
        </fieldset>
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

function DeleteDialog({
  rule,
  onClose,
  onDeleted,
}: {
  rule: GrowthRule;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, language } = useI18n();
  const remove = useOperatorAction();
  const confirm = async () => {
    const outcome = await remove.run(() => api.delete(`/admin/growth/rules/${rule.id}`));
    if (outcome.ok) onDeleted();
  };
  return (
    <Dialog
      title={t('growthAdmin.rules.deleteTitle', { name: ruleNames(rule, language).name })}
      description={t('growthAdmin.rules.deleteBody')}
      onClose={onClose}
    >
      <ErrorNotice error={remove.error} />
      <div className="form-actions growth-form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('growthAdmin.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={remove.busy}
          onClick={() => void confirm()}
        >
          {t('growthAdmin.rules.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
