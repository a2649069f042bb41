import { asc } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { type GrowthTask, growthTasks } from './schema.ts';

export interface GrowthTaskInput {
  key: string;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** The milestone that completes the task by itself; null for a lesson the merchant ticks. */
  milestone: string | null;
  actionPath: string | null;
  active: boolean;
}

const KEY_SHAPE = /^[a-z][a-z0-9_]*$/;

/** Every task, active or not (the operator console's list). */
export function listGrowthTasks(db: Executor): Promise<GrowthTask[]> {
  return db.select().from(growthTasks).orderBy(asc(growthTasks.key));
}

/** Create a task or change one, by key. Tasks are switched off, never deleted: plans name them. */
export async function saveGrowthTask(
  tx: Executor,
  input: GrowthTaskInput,
  clock: Clock,
): Promise<GrowthTask> {
  const invalid = (reason: string) => new AppError('growth.task_invalid', undefined, { reason });
  if (!KEY_SHAPE.test(input.key)) throw invalid('key must be lower-case letters, digits and _');
  if (input.milestone !== null && !KEY_SHAPE.test(input.milestone)) {
    throw invalid('milestone must be lower-case letters, digits and _');
  }
  for (const text of [input.titleEn, input.titleZh, input.descriptionEn, input.descriptionZh]) {
    if (text.trim() === '') throw invalid('titles and descriptions are needed in both languages');
  }
  if (input.actionPath !== null && !input.actionPath.startsWith('/')) {
    throw invalid('actionPath must be a path in the seller center, starting with /');
  }
  const now = clock.now();
  const values = { ...input, updatedAt: now };
  const [row] = await tx
    .insert(growthTasks)
    .values({ ...values, createdAt: now })
    .onConflictDoUpdate({ target: growthTasks.key, set: values })
    .returning();
  if (!row) throw new Error('growth task upsert returned nothing');
  return row;
}
