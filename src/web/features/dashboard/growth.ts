/** One step of the growth plan (GET /api/v1/me/growth-plan), in the language of the request. */
export type PlanTask = {
  key: string;
  title: string;
  description: string;
  done: boolean;
  /** The event that ticks the task off by itself; null for a lesson the merchant ticks off. */
  milestone?: string | null;
  /** Seller-center path where the task is done. */
  action?: string | null;
};

export type GrowthPlan = {
  progress: number;
  completed?: number;
  total?: number;
  hasProfile?: boolean;
  tasks: PlanTask[];
  next: PlanTask | null;
};
