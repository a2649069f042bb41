import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { clearSessionCookie, requireMerchant } from '../../../http/session-auth.ts';
import { listLiveSessions, revokeAllSessions, revokeSession } from '../../sessions/index.ts';
import { sessionOf } from './request-context.ts';
import { ErrorBody, NoContent } from './schemas.ts';

const SessionView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  current: Type.Boolean({ description: 'The session making this request.' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});

/** Where the merchant is signed in, and ending those sessions. */
export function sessionRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;
  const signedIn = { preHandler: requireMerchant(deps) };

  app.get(
    '/api/v1/me/sessions',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'Live sessions of the account, most recently used first',
        response: { 200: Type.Array(SessionView), '4xx': ErrorBody },
      },
    },
    async (request) => {
      const current = sessionOf(request);
      const sessions = await listLiveSessions(db, 'merchant', current.subjectId, deps.clock);
      return sessions.map((session) => ({
        id: session.id,
        current: session.id === current.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        userAgent: session.userAgent,
        ip: session.ip,
      }));
    },
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: "End one of the account's sessions (404 for any other session id)",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: NoContent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const current = sessionOf(request);
      const owner = { subjectType: 'merchant' as const, subjectId: current.subjectId };
      await revokeSession(db, owner, request.params.id, deps.clock);
      if (request.params.id === current.id) clearSessionCookie(reply, deps, 'merchant');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/sessions/revoke-others',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'End every session of the account except this one',
        response: { 204: NoContent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const current = sessionOf(request);
      await revokeAllSessions(db, 'merchant', current.subjectId, current.id, deps.clock);
      return reply.code(204).send(null);
    },
  );
}
