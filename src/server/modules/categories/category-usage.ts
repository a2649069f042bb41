import type { Executor } from '../../db/client.ts';

/** How many things (products) sit in any of these categories. */
export type CategoryUsageCounter = (executor: Executor, categoryIds: string[]) => Promise<number>;

// Products depend on categories, not the other way round: they tell us how to count their own.
const counters: CategoryUsageCounter[] = [];

/** A module whose rows name categories registers how to count them (app-modules.ts). */
export function registerCategoryUsage(counter: CategoryUsageCounter): () => void {
  counters.push(counter);
  return () => {
    const index = counters.indexOf(counter);
    if (index >= 0) counters.splice(index, 1);
  };
}

/** Everything every registered module has in these categories. */
export async function countCategoryUsage(
  executor: Executor,
  categoryIds: string[],
): Promise<number> {
  let total = 0;
  for (const counter of counters) total += await counter(executor, categoryIds);
  return total;
}
