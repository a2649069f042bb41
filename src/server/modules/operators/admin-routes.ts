import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { createOperator } from './create-operator.ts';
import { listOperators } from './list-operators.ts';
import { OperatorRoleSchema, OperatorViewSchema, toOperatorView } from './operator-view.ts';
import { operatorOf, requireOperator } from './require-operator.ts';
import { operatorSecretBox } from './totp-secret-box.ts';
import { updateOperator } from './update-operator.ts';

const Roles = Type.Array(OperatorRoleSchema, { minItems: 1, uniqueItems: true });

/** Admins manage the other operators (SPEC §9). */
export function operatorAdminRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const adminOnly = requireOperator(deps, 'admin');

  app.get(
    '/api/v1/admin/operators',
    {
      preValidation: adminOnly,
      schema: {
        tags: ['operators'],
        summary: 'Every operator account',
        response: { 200: Type.Object({ operators: Type.Array(OperatorViewSchema) }) },
      },
    },
    async () => ({ operators: (await listOperators(db)).map(toOperatorView) }),
  );

  app.post(
    '/api/v1/admin/operators',
    {
      preValidation: adminOnly,
      config: { errors: ['operators.email_taken'] },
      schema: {
        tags: ['operators'],
        summary: 'Create an operator; the answer carries their TOTP secret, shown only this once',
        body: Type.Object({
          email: Type.String({ format: 'email', maxLength: 320 }),
          name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
          password: Type.String({ minLength: 1, maxLength: 1024 }),
          roles: Roles,
        }),
        response: {
          201: Type.Object({
            operator: OperatorViewSchema,
            totpSecret: Type.String(),
            otpauthUrl: Type.String(),
          }),
        },
      },
    },
    async (request, reply) => {
      const secretBox = await operatorSecretBox(deps.config.dataDir);
      const created = await withTx(db, (tx) =>
        createOperator(tx, request.body, {
          actor: operatorOf(request).id,
          ip: request.ip,
          clock: deps.clock,
          secretBox,
          locale: request.locale,
        }),
      );
      reply.header('Cache-Control', 'no-store');
      return reply.code(201).send({
        operator: toOperatorView(created.operator),
        totpSecret: created.totpSecret,
        otpauthUrl: created.otpauthUrl,
      });
    },
  );

  app.patch(
    '/api/v1/admin/operators/:id',
    {
      preValidation: adminOnly,
      // The last active admin can be neither demoted nor disabled.
      config: { errors: ['operators.last_admin'] },
      schema: {
        tags: ['operators'],
        summary: "Change an operator's roles or disable them",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({
          roles: Type.Optional(Roles),
          disabled: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Type.Object({ operator: OperatorViewSchema }) },
      },
    },
    async (request) => {
      const operator = await withTx(db, (tx) =>
        updateOperator(tx, request.params.id, request.body, {
          actor: operatorOf(request).id,
          ip: request.ip,
          clock: deps.clock,
        }),
      );
      return { operator: toOperatorView(operator) };
    },
  );
}
