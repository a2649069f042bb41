import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import {
  merchantIdOf,
  requireMerchant,
  requireMerchantWith,
  sessionSubjectOf,
  sessionToken,
} from '../../../http/session-auth.ts';
import { resolveSessionWithSubject } from '../../sessions/index.ts';
import { accountHoldings } from '../account-holdings.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { changePassword } from '../me/change-password.ts';
import { reauthenticate } from '../me/reauthenticate.ts';
import { requestReauthCode } from '../me/request-reauth-code.ts';
import { merchantSubject } from '../me/signed-in-account.ts';
import { updateAccount } from '../me/update-account.ts';
import { toAccountView } from '../merchants.ts';
import { CODE_CHECK_ERRORS, CODE_SEND_ERRORS, limitCodeSend, limitReauth } from '../rate-limits.ts';
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
      // Asked on every page load: session and account in one query.
      preHandler: requireMerchantWith(deps, merchantSubject),
      schema: {
        tags: ['account'],
        summary: 'The signed-in account',
        response: { 200: Account, '4xx': ErrorBody },
      },
    },
    async (request) => toAccountView(sessionSubjectOf(request, merchantSubject)),
  );

  // What a page asks to learn whether anyone is signed in: a visitor is an answer, not a 401.
  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether a merchant is signed in here, and who',
        description:
          'Always 200: `{ signedIn: false }` for a visitor, or `{ signedIn: true, account, has }` with the account GET /api/v1/me gives and whether it has a verification, a store and a business profile yet (a page need not ask for what is not there).',
        response: {
          200: Type.Union([
            Type.Object({ signedIn: Type.Literal(false) }),
            Type.Object({
              signedIn: Type.Literal(true),
              account: Account,
              has: Type.Record(Type.String(), Type.Boolean(), {
                examples: [{ verification: false, store: false, businessProfile: false }],
              }),
            }),
          ]),
        },
      },
    },
    async (request) => {
      const token = sessionToken(request, 'merchant');
      // Asked on every page load: session and account in one prepared query, as GET /me reads them.
      const found = await resolveSessionWithSubject(
        db,
        'merchant',
        token,
        deps.clock,
        merchantSubject,
      );
      if (!found) return { signedIn: false as const };
      const has = await accountHoldings(db, found.subject.id);
      return { signedIn: true as const, account: toAccountView(found.subject), has };
    },
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
      config: { errors: CODE_CHECK_ERRORS },
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
      config: { errors: CODE_SEND_ERRORS },
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
