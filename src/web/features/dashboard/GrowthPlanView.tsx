import './home.css';
import { Link } from '@tanstack/react-router';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
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
    <section className="card growth" aria-labelledby="growth-title">
      <div className="growth__header">
        <Heading id="growth-title" className="growth__title">
          {t('growth.title')}
        </Heading>
        <span className="growth__count">{t('growth.progress', { completed, total })}</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('growth.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={plan.progress}
        aria-valuetext={`${plan.progress}%`}
      >
        <span className="progress__bar" style={{ width: `${plan.progress}%` }} />
      </div>
      <p className="growth__percent" aria-hidden="true">
        {plan.progress}%
      </p>

      <ErrorNotice error={tick.error} />

      {plan.next ? (
        <div className="growth__next" data-testid="growth-next">
          <p className="growth__next-label">{t('growth.next')}</p>
          <p className="growth__next-title">{plan.next.title}</p>
          <p className="growth__next-body">{plan.next.description}</p>
          <div className="growth__next-actions">{taskActions(plan.next, true)}</div>
        </div>
      ) : (
        <p className="growth__all-done">{t('growth.allDone')}</p>
      )}

      <Heading className="growth__list-title">{t('growth.tasks')}</Heading>
      <ol className="tasks" data-testid="growth-tasks">
        {plan.tasks.map((task, index) => (
          <li key={task.key} className="task" data-done={task.done || undefined}>
            <span className="task__mark" aria-hidden="true">
              {task.done ? '✓' : index + 1}
            </span>
            <div className="task__text">
              <p className="task__title">
                {task.title}
                <span className={task.done ? 'task__state task__state--done' : 'visually-hidden'}>
                  {t(task.done ? 'growth.done' : 'growth.todo')}
                </span>
              </p>
              <p className="task__body">{task.description}</p>
            </div>
            {!task.done && plan.next?.key !== task.key && (
              <div className="task__actions">{taskActions(task, false)}</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
