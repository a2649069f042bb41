import { Type } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';
import type { AppDeps, AppInstance } from '../app-types.ts';
import { pendingMigrations } from '../db/migrate.ts';

const Health = Type.Object({ status: Type.String() });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  checks: Type.Object({
    database: Type.Boolean(),
    migrations: Type.Boolean(),
    pendingMigrations: Type.Array(Type.String()),
  }),
});

export function healthRoutes(app: AppInstance, deps: AppDeps): void {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: Health } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and fully migrated',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const database = await deps.database.db
        .execute(sql`SELECT 1`)
        .then(() => true)
        .catch(() => false);
      const pending = database ? await pendingMigrations(deps.database.pool) : [];
      const ready = database && pending.length === 0;
      return reply.code(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        checks: {
          database,
          migrations: database && pending.length === 0,
          pendingMigrations: pending,
        },
      });
    },
  );
}
