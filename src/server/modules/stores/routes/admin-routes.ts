import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { requireOperator } from '../../operators/index.ts';
import { DepositViewSchema, depositView } from '../deposit-view.ts';
import { StatementPage } from './merchant-routes.ts';

/** Operators' views of merchants' stores and deposits. */
export function adminStoreRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/v1/admin/merchants/:id/deposit',
    {
      preHandler: requireOperator(deps, 'finance', 'admin'),
      schema: {
        tags: ['stores'],
        summary: "A merchant's deposit: balance, required amount and statement",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: StatementPage,
        response: { 200: DepositViewSchema },
      },
    },
    async (request) => depositView(db, request.params.id, request.query),
  );
}
