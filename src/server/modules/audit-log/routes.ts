import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { PageBefore, PageLimit } from '../../http/paging.ts';
import { requireOperator } from '../operators/index.ts';
import { listAuditLog } from './list-audit-log.ts';

const AuditEntry = Type.Object({
  id: Type.Integer(),
  actor: Type.Union([
    Type.Object({ id: Type.String({ format: 'uuid' }), email: Type.String(), name: Type.String() }),
    Type.Null(),
  ]),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  /** An operator or merchant target by name: "Wang Fang <wang@example.com>". */
  targetName: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export function auditLogRoutes(app: AppInstance, deps: AppDeps): void {
  app.get(
    '/api/v1/admin/audit-log',
    {
      preValidation: requireOperator(deps, 'admin'),
      schema: {
        tags: ['operators'],
        summary: 'The audit log of operator actions, newest first, filterable',
        querystring: Type.Object({
          actor: Type.Optional(Type.String({ format: 'uuid' })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          targetType: Type.Optional(Type.String({ maxLength: 100 })),
          targetId: Type.Optional(Type.String({ maxLength: 200 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          limit: PageLimit(),
          before: PageBefore,
        }),
        response: {
          200: Type.Object({
            entries: Type.Array(AuditEntry),
            nextBefore: Type.Union([Type.Integer(), Type.Null()]),
          }),
        },
      },
    },
    async (request) => {
      const { from, to, ...filter } = request.query;
      const page = await listAuditLog(deps.database.db, {
        ...filter,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return {
        entries: page.entries.map((entry) => ({
          ...entry,
          createdAt: entry.createdAt.toISOString(),
        })),
        nextBefore: page.nextBefore,
      };
    },
  );
}
