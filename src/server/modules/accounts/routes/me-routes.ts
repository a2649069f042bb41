import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { changePassword } from '../me/change-password.ts';
import { reauthenticate } from '../me/reauthenticate.ts';
import { requestReauthCode } from '../me/request-reauth-code.ts';
import { updateAccount } from '../me/update-account.ts';
import { requireMerchantRow, toAccountView } from '../merchants.ts';
import { limitCodeSend, limitReauth } from '../rate-limits.ts';
import { sessionOf } from './request-context.ts';
import {
  Account,
  Channel,
  CodeSent,
  ErrorBody,
  LocaleField,
  NewPassword,
  NoContent,
  SignOutOtherSessions,
} from './schemas.ts';

export function meRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;
  const signedIn = { preHandler: requireMerchant(deps) };

  app.get(
    '/api/v1/me',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'The signed-in account',
        response: { 200: Account, '4xx': ErrorBody },
      },
    },
    async (request) => toAccountView(await requireMerchantRow(db, merchantIdOf(request))),
  );

  app.patch(
    '/api/v1/me',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'Change the real (or company) name and the language',
        body: Type.Object(
          {
            realName: Type.Optional(
              Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
                description: 'Legal name, or company name for enterprise; null or "" clears it.',
              }),
            ),
            locale: Type.Optional(LocaleField),
          },
          { additionalProperties: false },
        ),
        response: { 200: Account, '4xx': ErrorBody },
      },
    },
    async (request) =>
      withTx(db, (tx) => updateAccount(tx, merchantIdOf(request), request.body, deps.clock)),
  );

  app.post(
    '/api/v1/me/reauthenticate',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'Confirm it is you (password, or channel + code) before a sensitive change',
        description:
          'Give `password`, or `channel` and the `code` from POST /api/v1/me/reauthenticate/code. Changing e-mail, phone or password is then allowed for 10 minutes in this session.',
        body: Type.Object(
          {
            password: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
            channel: Type.Optional(Channel),
            code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ reauthenticatedUntil: Type.String({ format: 'date-time' }) }),
          '4xx': ErrorBody,
        },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      await limitReauth(db, deps.clock, session.id);
      const until = await reauthenticate(db, session, request.body, deps.clock, deps.settings);
      return { reauthenticatedUntil: until.toISOString() };
    },
  );

  app.post(
    '/api/v1/me/reauthenticate/code',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: "Send a re-authentication code to the account's own e-mail or phone",
        body: Type.Object({ channel: Channel }, { additionalProperties: false }),
        response: { 202: CodeSent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      await limitCodeSend(db, deps.clock, request.ip);
      const merchantId = merchantIdOf(request);
      await withTx(db, (tx) =>
        requestReauthCode(tx, merchantId, request.body.channel, deps.clock, deps.settings),
      );
      return reply.code(202).send(codeSentBody(deps.settings));
    },
  );

  app.put(
    '/api/v1/me/password',
    {
      ...signedIn,
      schema: {
        tags: ['account'],
        summary: 'Change the password (needs re-authentication in the last 10 minutes)',
        description:
          "The account's contacts are told. With signOutOtherSessions (default true) every other session ends.",
        body: Type.Object(
          { newPassword: NewPassword, signOutOtherSessions: Type.Optional(SignOutOtherSessions) },
          { additionalProperties: false },
        ),
        response: { 204: NoContent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      await changePassword(
        db,
        sessionOf(request),
        {
          newPassword: request.body.newPassword,
          signOutOtherSessions: request.body.signOutOtherSessions ?? true,
          requestLocale: request.locale,
        },
        deps.clock,
        deps.settings,
      );
      return reply.code(204).send(null);
    },
  );
}
