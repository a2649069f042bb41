import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../../ui/errors';
import type { GrowthTask } from './types';

/** A task's title in the operator's language. */
export function taskTitle(task: GrowthTask, language: string) {
  return language === 'zh-CN' ? task.titleZh : task.titleEn;
}

/** The rule's tasks in plan order: move up and down, remove, add from the tasks not in it yet. */
export function TaskKeysEditor({
  taskKeys,
  tasks,
  onChange,
  error,
}: {
  taskKeys: string[];
  tasks: GrowthTask[];
  onChange: (taskKeys: string[]) => void;
  error: unknown;
}) {
  const { t, language } = useI18n();
  const addId = useId();
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const available = tasks.filter((task) => !taskKeys.includes(task.key));
  const listError = fieldError(error, 'taskKeys');

  const move = (index: number, by: -1 | 1) => {
    const next = [...taskKeys];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    onChange(next);
  };

  return (
    <div className="task-keys" data-testid="task-keys">
      {taskKeys.length === 0 ? (
        <p className="task-keys__empty">{t('growthAdmin.taskKeys.empty')}</p>
      ) : (
        <ol className="task-keys__list">
          {taskKeys.map((key, index) => {
            const task = byKey.get(key);
            const name = task ? taskTitle(task, language) : key;
            return (
              <li key={key} className="task-keys__item" data-inactive={!task?.active || undefined}>
                <span className="task-keys__number">{index + 1}</span>
                <span className="task-keys__text">
                  <span className="task-keys__title">
                    {task ? name : t('growthAdmin.taskKeys.unknown')}
                  </span>
                  <span className="task-keys__key mono">{key}</span>
                </span>
                <span className="task-keys__buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('growthAdmin.taskKeys.up', { name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('growthAdmin.taskKeys.down', { name })}
                    disabled={index === taskKeys.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('growthAdmin.taskKeys.remove', { name })}
                    onClick={() => onChange(taskKeys.filter((current) => current !== key))}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <label className="visually-hidden" htmlFor={addId}>
        {t('growthAdmin.taskKeys.add')}
      </label>
      <select
        id={addId}
        className="field__input task-keys__add"
        name="addTask"
        value=""
        onChange={(event) => {
          if (event.target.value) onChange([...taskKeys, event.target.value]);
        }}
      >
        <option value="">{t('growthAdmin.taskKeys.add')}</option>
        {available.map((task) => (
          <option key={task.key} value={task.key}>
            {taskTitle(task, language)} ({task.key})
          </option>
        ))}
      </select>
      {listError && (
        <p className="field__error" role="alert">
          {listError}
        </p>
      )}
    </div>
  );
}
