import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../../http/session-auth.ts';
import { resolveSession, revokeSession } from '../../sessions/index.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { parseIdentifier } from '../contacts/identifier.ts';
import { parsePhone } from '../contacts/phone.ts';
import { loginWithCode } from '../login/login-with-code.ts';
import { loginWithPassword } from '../login/login-with-password.ts';
import { requestLoginCode } from '../login/request-login-code.ts';
import {
  CODE_CHECK_ERRORS,
  CODE_SEND_ERRORS,
  limitCodeCheck,
  limitCodeSend,
  limitLogin,
} from '../rate-limits.ts';
import { clientOf } from './request-context.ts';
import { Account, Code, CodeSent, Country, ErrorBody, NoContent, Phone } from './schemas.ts';

export function loginRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;

  app.post(
    '/api/v1/auth/login',
    {
      config: { errors: ['http.rate_limited', 'auth.password_sign_in_paused'] },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail or phone and password',
        description:
          'Any failure is 401 auth.invalid_credentials, whatever the reason. After 100 wrong passwords in an hour, password sign-in is paused for an hour (429 auth.password_sign_in_paused with Retry-After) and the owner is told; SMS-code sign-in and password reset still work, and a reset ends the pause.',
        body: Type.Object(
          {
            identifier: Type.String({
              minLength: 1,
              maxLength: 320,
              description: 'E-mail address or mobile number',
            }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
            country: Type.Optional(Country),
          },
          { additionalProperties: false },
        ),
        response: { 200: Account, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const { identifier, password, country } = request.body;
      const contact = parseIdentifier(identifier, country);
      const subject = contact?.address ?? identifier.trim().toLowerCase();
      await limitLogin(db, deps.clock, deps.settings, request.ip, subject);
      const signedIn = await loginWithPassword(
        db,
        { contact, subject, password },
        clientOf(request),
        deps.clock,
        deps.settings,
      );
      setSessionCookie(reply, deps, 'merchant', signedIn.token);
      return signedIn.account;
    },
  );

  app.post(
    '/api/v1/auth/login/code/request',
    {
      config: { errors: CODE_SEND_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Send an SMS sign-in code (the same answer for numbers without an account)',
        body: Type.Object(
          { phone: Phone, country: Type.Optional(Country) },
          { additionalProperties: false },
        ),
        response: { 202: CodeSent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      await limitCodeSend(db, deps.clock, request.ip);
      const phone = parsePhone(request.body.phone, request.body.country);
      await withTx(db, (tx) => requestLoginCode(tx, phone, deps.clock, deps.settings));
      return reply.code(202).send(codeSentBody(deps.settings));
    },
  );

  app.post(
    '/api/v1/auth/login/code',
    {
      config: { errors: CODE_CHECK_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with phone and the SMS code',
        body: Type.Object(
          { phone: Phone, country: Type.Optional(Country), code: Code },
          { additionalProperties: false },
        ),
        response: { 200: Account, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const phone = parsePhone(request.body.phone, request.body.country);
      // Per IP and per IP and number here; per number, the code rules (5 tries, 100 failures).
      await limitCodeCheck(db, deps.clock, request.ip, phone);
      const signedIn = await loginWithCode(
        db,
        phone,
        request.body.code,
        clientOf(request),
        deps.clock,
        deps.settings,
      );
      setSessionCookie(reply, deps, 'merchant', signedIn.token);
      return signedIn.account;
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends this session and clears the cookie (204 also when signed out)',
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const session = await resolveSession(
        db,
        'merchant',
        sessionToken(request, 'merchant'),
        deps.clock,
      );
      if (session) {
        await revokeSession(
          db,
          { subjectType: 'merchant', subjectId: session.subjectId },
          session.id,
          deps.clock,
        );
      }
      clearSessionCookie(reply, deps, 'merchant');
      return reply.code(204).send(null);
    },
  );
}
