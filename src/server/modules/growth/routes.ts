import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { merchantIdOf, requireMerchant } from '../../http/session-auth.ts';
import { buildGrowthPlan } from './build-plan.ts';
import {
  type BusinessProfile,
  BusinessProfileInput,
  requireBusinessProfile,
  saveBusinessProfile,
} from './business-profile.ts';
import { completeTask } from './complete-task.ts';

const BusinessProfileView = Type.Object({
  ...BusinessProfileInput.properties,
  updatedAt: Type.String({ format: 'date-time' }),
});

const PlanTaskView = Type.Object({
  key: Type.String(),
  title: Type.String({ description: 'In the language of the request.' }),
  description: Type.String(),
  done: Type.Boolean(),
  milestone: Type.Union([Type.String(), Type.Null()], {
    description: 'The event that completes the task by itself; null for a lesson ticked by hand.',
  }),
  action: Type.Union([Type.String(), Type.Null()], {
    description: 'Seller-center path where the task is done.',
  }),
});

const GrowthPlanView = Type.Object({
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Percent of tasks done.' }),
  completed: Type.Integer(),
  total: Type.Integer(),
  hasProfile: Type.Boolean(),
  tasks: Type.Array(PlanTaskView, { description: 'In plan order.' }),
  next: Type.Union([PlanTaskView, Type.Null()], { description: 'The first task not done.' }),
});

const profileView = (profile: BusinessProfile) => ({
  ...profile,
  updatedAt: profile.updatedAt.toISOString(),
});

/** The merchant's business profile and the growth plan built from it (SPEC §2). */
export function growthRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;
  const signedIn = { preHandler: requireMerchant(deps) };

  app.get(
    '/api/v1/me/business-profile',
    {
      ...signedIn,
      schema: {
        tags: ['growth'],
        summary: 'The business profile (404 growth.profile_missing until it is filled in)',
        response: { 200: BusinessProfileView },
      },
    },
    async (request) => profileView(await requireBusinessProfile(db, merchantIdOf(request))),
  );

  app.put(
    '/api/v1/me/business-profile',
    {
      ...signedIn,
      schema: {
        tags: ['growth'],
        summary: 'Fill in or replace the business profile; the growth plan follows it',
        body: BusinessProfileInput,
        response: { 200: BusinessProfileView },
      },
    },
    async (request) =>
      profileView(
        await withTx(db, (tx) =>
          saveBusinessProfile(tx, merchantIdOf(request), request.body, deps.clock),
        ),
      ),
  );

  app.get(
    '/api/v1/me/growth-plan',
    {
      ...signedIn,
      schema: {
        tags: ['growth'],
        summary: 'The growth plan: tasks in plan order, progress and the next step',
        response: { 200: GrowthPlanView },
      },
    },
    async (request) => buildGrowthPlan(db, merchantIdOf(request), request.locale),
  );

  app.post(
    '/api/v1/me/growth-plan/tasks/:key/complete',
    {
      ...signedIn,
      config: { errors: ['growth.task_completes_itself'] },
      schema: {
        tags: ['growth'],
        summary: 'Tick off a lesson (tasks tied to an event complete by themselves)',
        params: Type.Object({ key: Type.String({ maxLength: 100 }) }),
        response: { 200: GrowthPlanView },
      },
    },
    async (request) => {
      const merchantId = merchantIdOf(request);
      await withTx(db, (tx) => completeTask(tx, merchantId, request.params.key, deps.clock));
      return buildGrowthPlan(db, merchantId, request.locale);
    },
  );
}
