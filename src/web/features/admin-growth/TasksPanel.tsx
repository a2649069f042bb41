import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { milestoneLabel } from './conditionText';
import growth from './growth.module.css';
import { TaskDialog } from './TaskDialog';
import styles from './TasksPanel.module.css';
import type { GrowthRule, GrowthTask } from './types';

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
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<GrowthTask | 'new' | null>(null);
  const usedBy = (key: string) => rules.filter((rule) => rule.taskKeys.includes(key)).length;

  return (
    <div className={growth.panel}>
      <div className={growth.panelBar}>
        <p className={growth.panelIntro}>{t('growthAdmin.tasks.intro')}</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('growthAdmin.tasks.new')}
        </button>
      </div>
      <div className="card table-card">
        <table className={`data-table ${styles.table}`} data-testid="growth-tasks">
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
                      <span className={`tag tag--info ${growth.tag}`}>
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
          onSaved={() => {
            setEditing(null);
            onSaved();
          }}
        />
      )}
    </div>
  );
}
