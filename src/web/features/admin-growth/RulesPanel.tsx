import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { describeCondition } from './conditionText';
import growth from './growth.module.css';
import { DeleteRuleDialog, RuleDialog } from './RuleDialog';
import styles from './RulesPanel.module.css';
import { taskTitle } from './TaskKeysEditor';
import { type GrowthRule, type GrowthTask, ruleNames } from './types';

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
    <div className={growth.panel}>
      <div className={growth.panelBar}>
        <p className={growth.panelIntro}>{t('growthAdmin.rules.intro')}</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('growthAdmin.rules.new')}
        </button>
      </div>
      {rules.length === 0 ? (
        <EmptyState>{t('growthAdmin.rules.empty')}</EmptyState>
      ) : (
        <ol className={styles.list} data-testid="growth-rules">
          {rules.map((rule) => {
            const { who, groups } = describeCondition(rule.condition, t, language);
            const names = ruleNames(rule, language);
            return (
              <li
                key={rule.id}
                className={`card ${styles.card}`}
                data-rule={rule.key}
                data-inactive={!rule.active || undefined}
              >
                <div className={styles.head}>
                  <div className={styles.titles}>
                    <h3 className={styles.name}>{names.name}</h3>
                    {names.other && <span className={styles.otherName}>{names.other}</span>}
                    <span className={styles.meta}>
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
                <dl className={styles.body}>
                  <div>
                    <dt>{t('growthAdmin.rules.when')}</dt>
                    <dd>
                      <span className={styles.who}>{who}</span>
                      {groups.map((group) => (
                        <span key={group.key} className={styles.group}>
                          <span className={styles.groupLabel}>{group.label}</span>
                          <ul className={styles.tests}>
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
                      <ol className={styles.tasks}>
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
        <DeleteRuleDialog
          rule={deleting}
          name={ruleNames(deleting, language).name}
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
