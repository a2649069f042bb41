import { Link } from '@tanstack/react-router';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { CheckIcon } from '../../shell/icons';
import { ErrorNotice } from '../../ui/ErrorNotice';
import styles from './GrowthPlanView.module.css';
import { type GrowthPlan, type PlanTask, showGrowthPlan } from './growth';

/** Progress, the next recommended step, and every task in plan order with its state. */
export function GrowthPlanView({
  plan,
  headingLevel = 2,
}: {
  plan: GrowthPlan;
  headingLevel?: 2 | 3;
}) {
  const { t, language } = useI18n();
  const tick = $api.useMutation('post', '/api/v1/me/growth-plan/tasks/{key}/complete');
  const total = plan.total ?? plan.tasks.length;
  const completed = plan.completed ?? plan.tasks.filter((task) => task.done).length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const markDone = async (task: PlanTask) => {
    if (tick.isPending) return;
    const updated = await tick.mutateAsync({ params: { path: { key: task.key } } });
    showGrowthPlan(updated, language);
  };

  /** Where to do the task, and for a lesson (no event ticks it off) a way to tick it off. */
  const taskActions = (task: PlanTask, primary: boolean) => {
    const buttonClass = (main: boolean) =>
      `button ${main ? 'button--primary' : 'button--secondary'} button--small`;
    return (
      <>
        {task.action && (
          <Link to={task.action} className={buttonClass(primary)}>
            {t('growth.go')}
          </Link>
        )}
        {!task.milestone && (
          <button
            type="button"
            className={buttonClass(primary && !task.action)}
            disabled={tick.isPending}
            onClick={() => void markDone(task).catch(() => undefined)}
          >
            {t('growth.markDone')}
          </button>
        )}
      </>
    );
  };

  return (
    <section className={`card ${styles.growth}`} aria-labelledby="growth-title">
      <div className={styles.header}>
        <Heading id="growth-title" className={styles.title}>
          {t('growth.title')}
        </Heading>
        <span className={styles.count}>{t('growth.progress', { completed, total })}</span>
      </div>
      <div
        className={styles.progress}
        role="progressbar"
        aria-label={t('growth.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={plan.progress}
        aria-valuetext={`${plan.progress}%`}
      >
        <span className={styles.progressBar} style={{ width: `${plan.progress}%` }} />
      </div>
      <p className={styles.percent} aria-hidden="true">
        {plan.progress}%
      </p>

      <ErrorNotice error={tick.error} />

      {plan.next ? (
        <div className={styles.next} data-testid="growth-next">
          <p className={styles.nextLabel}>{t('growth.next')}</p>
          <p className={styles.nextTitle}>{plan.next.title}</p>
          <p className={styles.nextBody}>{plan.next.description}</p>
          <div className={styles.nextActions}>{taskActions(plan.next, true)}</div>
        </div>
      ) : (
        <p className={styles.allDone}>{t('growth.allDone')}</p>
      )}

      <Heading className={styles.listTitle}>{t('growth.tasks')}</Heading>
      <ol className={styles.tasks} data-testid="growth-tasks">
        {plan.tasks.map((task, index) => (
          <li key={task.key} className={styles.task} data-done={task.done || undefined}>
            <span className={styles.taskMark} aria-hidden="true">
              {task.done ? <CheckIcon /> : index + 1}
            </span>
            <div className={styles.taskText}>
              <p className={styles.taskTitle} data-testid="task-title">
                {task.title}
                <span className={task.done ? styles.taskDone : 'visually-hidden'}>
                  {t(task.done ? 'growth.done' : 'growth.todo')}
                </span>
              </p>
              <p className={styles.taskBody}>{task.description}</p>
            </div>
            {!task.done && plan.next?.key !== task.key && (
              <div className={styles.taskActions}>{taskActions(task, false)}</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
