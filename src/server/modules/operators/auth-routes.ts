import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { enforceRateLimit } from '../../http/rate-limit.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../http/session-auth.ts';
import { resolveSession } from '../sessions/index.ts';
import { findOperatorById } from './find-operator.ts';
import { logInOperator } from './log-in-operator.ts';
import { logOutOperator } from './log-out-operator.ts';
import { normaliseOperatorEmail, OperatorViewSchema, toOperatorView } from './operator-view.ts';
import { operatorOf, requireOperator } from './require-operator.ts';
import { operatorSecretBox } from './totp-secret-box.ts';

const OperatorEnvelope = Type.Object({ operator: OperatorViewSchema });
// Per address and per client: enough for a person mistyping a code, far too few to guess one.
const LOGIN_LIMIT_PER_EMAIL = { limit: 10, windowSeconds: 15 * 60 };
const LOGIN_LIMIT_PER_IP = { limit: 30, windowSeconds: 15 * 60 };

export function operatorAuthRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.post(
    '/api/v1/admin/auth/login',
    {
      config: { errors: ['http.rate_limited'] },
      schema: {
        tags: ['operators'],
        summary: 'Operator sign-in with e-mail, password and the current TOTP code',
        body: Type.Object({
          email: Type.String({ minLength: 1, maxLength: 320 }),
          password: Type.String({ minLength: 1, maxLength: 1024 }),
          totp: Type.String({ minLength: 1, maxLength: 16 }),
        }),
        response: { 200: OperatorEnvelope },
      },
    },
    async (request, reply) => {
      const { email, password, totp } = request.body;
      // Counted outside the login transaction, so a failed attempt still counts.
      await enforceRateLimit(db, `admin-login:ip:${request.ip}`, LOGIN_LIMIT_PER_IP, deps.clock);
      await enforceRateLimit(
        db,
        `admin-login:email:${normaliseOperatorEmail(email)}`,
        LOGIN_LIMIT_PER_EMAIL,
        deps.clock,
      );
      const secretBox = await operatorSecretBox(deps.config.dataDir);
      const login = await withTx(db, (tx) =>
        logInOperator(
          tx,
          { email, password, totp, ip: request.ip, userAgent: request.headers['user-agent'] },
          { clock: deps.clock, secretBox, settings: deps.settings },
        ),
      );
      if (!login.ok) throw new AppError('auth.invalid_credentials');
      setSessionCookie(reply, deps, 'operator', login.sessionToken);
      return { operator: toOperatorView(login.operator) };
    },
  );

  app.post(
    '/api/v1/admin/auth/logout',
    {
      schema: {
        tags: ['operators'],
        summary: 'End the operator session',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const session = await resolveSession(
        db,
        'operator',
        sessionToken(request, 'operator'),
        deps.clock,
      );
      if (session) {
        await withTx(db, (tx) =>
          logOutOperator(tx, session, { clock: deps.clock, ip: request.ip }),
        );
      }
      clearSessionCookie(reply, deps, 'operator');
      return reply.code(204).send(null);
    },
  );

  // What the console asks to learn whether an operator is signed in: a visitor is not a 401.
  app.get(
    '/api/v1/admin/auth/session',
    {
      schema: {
        tags: ['operators'],
        summary: 'Whether an operator is signed in here, and who',
        description:
          'Always 200: `{ signedIn: false }` without a live session of an enabled operator, or `{ signedIn: true, operator }` as GET /api/v1/admin/me gives it.',
        response: {
          200: Type.Union([
            Type.Object({ signedIn: Type.Literal(false) }),
            Type.Object({ signedIn: Type.Literal(true), operator: OperatorViewSchema }),
          ]),
        },
      },
    },
    async (request) => {
      const token = sessionToken(request, 'operator');
      const session = await resolveSession(db, 'operator', token, deps.clock);
      const operator = session ? await findOperatorById(db, session.subjectId) : null;
      return operator && !operator.disabledAt
        ? { signedIn: true as const, operator: toOperatorView(operator) }
        : { signedIn: false as const };
    },
  );

  app.get(
    '/api/v1/admin/me',
    {
      preValidation: requireOperator(deps),
      schema: {
        tags: ['operators'],
        summary: 'The signed-in operator',
        response: { 200: OperatorEnvelope },
      },
    },
    async (request) => {
      const operator = await findOperatorById(db, operatorOf(request).id);
      if (!operator) throw new AppError('auth.required');
      return { operator: toOperatorView(operator) };
    },
  );
}
