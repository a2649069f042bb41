import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { sessionToken } from '../../../http/session-auth.ts';
import { resolveSession } from '../../sessions/index.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { parseIdentifier } from '../contacts/identifier.ts';
import {
  CODE_CHECK_ERRORS,
  CODE_SEND_ERRORS,
  limitCodeCheck,
  limitCodeSend,
} from '../rate-limits.ts';
import { requestPasswordReset } from '../reset/request-password-reset.ts';
import { resetPassword } from '../reset/reset-password.ts';
import {
  Code,
  CodeSent,
  Country,
  ErrorBody,
  NewPassword,
  NoContent,
  SignOutOtherSessions,
} from './schemas.ts';

const Identifier = Type.String({
  minLength: 1,
  maxLength: 320,
  description: 'The e-mail address or mobile number of the account',
});

function contactOrThrow(identifier: string, country: string | undefined) {
  const contact = parseIdentifier(identifier, country);
  if (!contact)
    throw new AppError('auth.identifier_invalid', [{ field: 'identifier', rule: 'identifier' }]);
  return contact;
}

export function resetRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { errors: CODE_SEND_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Send a password reset code to the e-mail or phone (same answer for unknown ones)',
        body: Type.Object(
          { identifier: Identifier, country: Type.Optional(Country) },
          { additionalProperties: false },
        ),
        response: { 202: CodeSent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      await limitCodeSend(db, deps.clock, request.ip);
      const contact = contactOrThrow(request.body.identifier, request.body.country);
      await withTx(db, (tx) => requestPasswordReset(tx, contact, deps.clock, deps.settings));
      return reply.code(202).send(codeSentBody(deps.settings));
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { errors: CODE_CHECK_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the reset code; does not sign in',
        description:
          "The account's contacts are told. With signOutOtherSessions (default true) every session of the account ends, except the one making this request if it is the same account's.",
        body: Type.Object(
          {
            identifier: Identifier,
            country: Type.Optional(Country),
            code: Code,
            password: NewPassword,
            signOutOtherSessions: Type.Optional(SignOutOtherSessions),
          },
          { additionalProperties: false },
        ),
        response: { 204: NoContent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const { identifier, country, code, password, signOutOtherSessions } = request.body;
      const contact = contactOrThrow(identifier, country);
      await limitCodeCheck(db, deps.clock, request.ip, contact.address);
      const current = await resolveSession(
        db,
        'merchant',
        sessionToken(request, 'merchant'),
        deps.clock,
      );
      await resetPassword(
        db,
        {
          contact,
          code,
          password,
          signOutOtherSessions: signOutOtherSessions ?? true,
          currentSession: current,
          requestLocale: request.locale,
        },
        deps.clock,
        deps.settings,
      );
      return reply.code(204).send(null);
    },
  );
}
