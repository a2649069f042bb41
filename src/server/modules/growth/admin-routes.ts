import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import {
  type Change,
  createRule,
  createTask,
  deleteRule,
  ruleView,
  taskView,
  updateRule,
  updateTask,
} from './admin-edit.ts';
import {
  MILESTONES,
  PreviewBody,
  PreviewView,
  RuleCreate,
  RuleUpdate,
  RuleView,
  TaskCreate,
  TaskUpdate,
  TaskView,
} from './admin-schemas.ts';
import { listGrowthRules } from './manage-rules.ts';
import { listGrowthTasks } from './manage-tasks.ts';
import { previewPlan } from './preview-plan.ts';

// The operators' side of the growth plan (SPEC §2, §9): tasks, the rules that pick them, and a
// preview of the plan a set of answers gets. Admins only; every change is audited with its
// before and after in the same transaction as the change.

export function growthAdminRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = { preValidation: requireOperator(deps, 'admin') };
  // A rule's condition and tasks are checked whole, for the `errors` lists (the API document).
  const ruleErrors = [
    'growth.condition_invalid',
    'growth.condition_unknown_field',
    'growth.condition_unknown_operator',
    'growth.condition_values_missing',
    'growth.condition_values_unexpected',
    'growth.condition_value_unknown',
    'growth.condition_never_matches',
    'growth.unknown_task',
  ] as const;
  const tags = ['growth'];
  const changeBy = (request: FastifyRequest): Change => ({
    operatorId: operatorOf(request).id,
    ip: request.ip,
    clock: deps.clock,
    locale: request.locale,
  });

  app.get(
    '/api/v1/admin/growth/tasks',
    {
      ...admin,
      schema: {
        tags,
        summary: 'Every growth task, switched-off ones too, in both languages',
        response: {
          200: Type.Object({
            items: Type.Array(TaskView),
            milestones: Type.Array(Type.String(), { description: 'Milestones the code records.' }),
          }),
        },
      },
    },
    async () => ({
      items: (await listGrowthTasks(db)).map(taskView),
      milestones: Object.keys(MILESTONES),
    }),
  );

  app.post(
    '/api/v1/admin/growth/tasks',
    {
      ...admin,
      config: { errors: ['growth.task_key_taken'] },
      schema: {
        tags,
        summary: 'Add a task',
        body: TaskCreate,
        response: { 201: TaskView },
      },
    },
    async (request, reply) => {
      const { key, ...fields } = request.body;
      const task = await withTx(db, (tx) => createTask(tx, key, fields, changeBy(request)));
      return reply.code(201).send(taskView(task));
    },
  );

  app.put(
    '/api/v1/admin/growth/tasks/:key',
    {
      ...admin,
      schema: {
        tags,
        summary: 'Change a task (switch it off with active: false; tasks are never deleted)',
        params: Type.Object({ key: Type.String({ maxLength: 60 }) }),
        body: TaskUpdate,
        response: { 200: TaskView },
      },
    },
    async (request) =>
      taskView(
        await withTx(db, (tx) =>
          updateTask(tx, request.params.key, request.body, changeBy(request)),
        ),
      ),
  );

  app.get(
    '/api/v1/admin/growth/rules',
    {
      ...admin,
      schema: {
        tags,
        summary: 'Every rule, in the order they build a plan',
        response: { 200: Type.Object({ items: Type.Array(RuleView) }) },
      },
    },
    async (request) => ({
      items: (await listGrowthRules(db)).map((rule) => ruleView(rule, request.locale)),
    }),
  );

  app.post(
    '/api/v1/admin/growth/rules',
    {
      ...admin,
      config: { errors: [...ruleErrors, 'growth.rule_key_taken'] },
      schema: {
        tags,
        summary: 'Add a rule: a condition on the profile answers → tasks, in order',
        body: RuleCreate,
        response: { 201: RuleView },
      },
    },
    async (request, reply) => {
      const { key, ...fields } = request.body;
      const rule = await withTx(db, (tx) => createRule(tx, key, fields, changeBy(request)));
      return reply.code(201).send(ruleView(rule, request.locale));
    },
  );

  const RuleParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

  app.put(
    '/api/v1/admin/growth/rules/:id',
    {
      ...admin,
      config: { errors: ruleErrors },
      schema: {
        tags,
        summary: 'Change a rule',
        params: RuleParams,
        body: RuleUpdate,
        response: { 200: RuleView },
      },
    },
    async (request) =>
      ruleView(
        await withTx(db, (tx) =>
          updateRule(tx, request.params.id, request.body, changeBy(request)),
        ),
        request.locale,
      ),
  );

  app.delete(
    '/api/v1/admin/growth/rules/:id',
    {
      ...admin,
      schema: {
        tags,
        summary: 'Delete a rule',
        params: RuleParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await withTx(db, (tx) => deleteRule(tx, request.params.id, changeBy(request)));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/growth/preview',
    {
      ...admin,
      schema: {
        tags,
        summary: 'The plan a merchant with these answers would get (null: no profile yet)',
        body: PreviewBody,
        response: { 200: PreviewView },
      },
    },
    async (request) => previewPlan(db, request.body.profile, request.body.locale ?? request.locale),
  );
}
