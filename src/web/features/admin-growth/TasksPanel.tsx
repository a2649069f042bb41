import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { cell, Table } from '../../ui/list';
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
      <Table
        columns={[
          { key: 'task', label: t('growthAdmin.tasks.col.task') },
          { key: 'milestone', label: t('growthAdmin.tasks.col.milestone') },
          { key: 'action', label: t('growthAdmin.tasks.col.action') },
          { key: 'status', label: t('growthAdmin.tasks.col.status') },
          {
            key: 'actions',
            label: t('growthAdmin.tasks.col.actions'),
            header: <span className="visually-hidden">{t('growthAdmin.tasks.col.actions')}</span>,
          },
        ]}
        className={styles.table}
        testId="growth-tasks"
      >
        {tasks.map((task) => {
          const rulesUsing = usedBy(task.key);
          const [first, second] =
            language === 'zh-CN' ? [task.titleZh, task.titleEn] : [task.titleEn, task.titleZh];
          return (
            <tr key={task.key} data-task={task.key} data-disabled={!task.active || undefined}>
              <td data-label={t('growthAdmin.tasks.col.task')}>
                <span className={cell.main}>{first}</span>
                <span className={cell.sub} lang={language === 'zh-CN' ? 'en' : 'zh-CN'}>
                  {second}
                </span>
                <span className={cell.sub}>
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
                  <span className={cell.sub}>{t('growthAdmin.tasks.lesson')}</span>
                )}
              </td>
              <td data-label={t('growthAdmin.tasks.col.action')}>
                {task.actionPath ? (
                  <span className="mono">{task.actionPath}</span>
                ) : (
                  <span className={cell.sub}>{t('growthAdmin.tasks.noAction')}</span>
                )}
              </td>
              <td data-label={t('growthAdmin.tasks.col.status')}>
                <span className={`status ${task.active ? 'status--ok' : 'status--muted'}`}>
                  {t(task.active ? 'growthAdmin.active' : 'growthAdmin.inactive')}
                </span>
              </td>
              <td className={cell.actions}>
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
      </Table>
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
