import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { planTaskKeys } from './build-plan.ts';
import { getBusinessProfile } from './business-profile.ts';
import { growthTaskCompletions, growthTasks } from './schema.ts';

/**
 * The merchant ticks off a lesson in their plan. Tasks tied to a milestone cannot be ticked:
 * they are done when the real thing happens.
 */
export async function completeTask(
  tx: Executor,
  merchantId: string,
  taskKey: string,
  clock: Clock,
): Promise<void> {
  const [task] = await tx.select().from(growthTasks).where(eq(growthTasks.key, taskKey));
  const inPlan = (await planTaskKeys(tx, await getBusinessProfile(tx, merchantId))).includes(
    taskKey,
  );
  if (!task?.active || !inPlan) throw new AppError('growth.task_not_found');
  if (task.milestone) throw new AppError('growth.task_completes_itself');
  await tx
    .insert(growthTaskCompletions)
    .values({ merchantId, taskKey, completedAt: clock.now() })
    .onConflictDoNothing();
}
