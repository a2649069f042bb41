import { useId } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { CloseIcon, Icon } from '../../shell/icons';
import growth from './growth.module.css';
import type { RuleValues } from './ruleForm';
import styles from './TaskKeysEditor.module.css';
import type { GrowthTask } from './types';

/** A task's title in the operator's language. */
export function taskTitle(task: GrowthTask, language: string) {
  return language === 'zh-CN' ? task.titleZh : task.titleEn;
}

const UpIcon = () => (
  <Icon>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </Icon>
);

const DownIcon = () => (
  <Icon>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </Icon>
);

/**
 * The rule's tasks in plan order: move up and down, remove, add from the tasks not in it yet. It
 * edits the rule form's `taskKeys` (a field array of the dialog's FormProvider).
 */
export function TaskKeysEditor({ tasks }: { tasks: GrowthTask[] }) {
  const { t, language } = useI18n();
  const addId = useId();
  const { control } = useFormContext<RuleValues>();
  const taskKeys = useFieldArray({ control, name: 'taskKeys' });
  const { errors } = useFormState({ control, name: 'taskKeys' });
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const chosen = new Set(taskKeys.fields.map((field) => field.key));
  const available = tasks.filter((task) => !chosen.has(task.key));
  const listError = errors.taskKeys?.message;

  return (
    <div className={styles.editor} data-testid="task-keys">
      {taskKeys.fields.length === 0 ? (
        <p className={styles.empty}>{t('growthAdmin.taskKeys.empty')}</p>
      ) : (
        <ol className={styles.list}>
          {taskKeys.fields.map(({ id, key }, index) => {
            const task = byKey.get(key);
            const name = task ? taskTitle(task, language) : key;
            return (
              <li key={id} className={styles.item} data-inactive={!task?.active || undefined}>
                <span className={styles.number}>{index + 1}</span>
                <span className={styles.text}>
                  <span className={styles.title}>
                    {task ? name : t('growthAdmin.taskKeys.unknown')}
                  </span>
                  <span className={`${styles.key} mono`}>{key}</span>
                </span>
                <span className={styles.buttons}>
                  <button
                    type="button"
                    className={growth.iconButton}
                    aria-label={t('growthAdmin.taskKeys.up', { name })}
                    disabled={index === 0}
                    onClick={() => taskKeys.move(index, index - 1)}
                  >
                    <UpIcon />
                  </button>
                  <button
                    type="button"
                    className={growth.iconButton}
                    aria-label={t('growthAdmin.taskKeys.down', { name })}
                    disabled={index === taskKeys.fields.length - 1}
                    onClick={() => taskKeys.move(index, index + 1)}
                  >
                    <DownIcon />
                  </button>
                  <button
                    type="button"
                    className={growth.iconButton}
                    aria-label={t('growthAdmin.taskKeys.remove', { name })}
                    onClick={() => taskKeys.remove(index)}
                  >
                    <CloseIcon />
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
        className={`field__input ${styles.add}`}
        name="addTask"
        value=""
        onChange={(event) => {
          if (event.target.value) taskKeys.append({ key: event.target.value });
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
