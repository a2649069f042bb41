import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { setSessionCookie } from '../../../http/session-auth.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { contactFromBody } from '../contacts/identifier.ts';
import {
  CODE_CHECK_ERRORS,
  CODE_SEND_ERRORS,
  limitCodeCheck,
  limitCodeSend,
} from '../rate-limits.ts';
import { requestSignup } from '../signup/request-signup.ts';
import { verifySignup } from '../signup/verify-signup.ts';
import { clientOf } from './request-context.ts';
import {
  Account,
  AccountType,
  Code,
  CodeSent,
  Country,
  Email,
  ErrorBody,
  LocaleField,
  NewPassword,
  Phone,
} from './schemas.ts';

const contactFields = {
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
  country: Type.Optional(Country),
};

export function signupRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;

  app.post(
    '/api/v1/auth/signup',
    {
      config: { errors: CODE_SEND_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Start a sign-up: a code goes to the e-mail or phone (calling again resends)',
        description:
          'Give `email` or `phone` (not both). The answer is the same whether or not the address already has an account; an existing account gets a notice instead of a code.',
        body: Type.Object(
          {
            ...contactFields,
            password: NewPassword,
            accountType: AccountType,
            locale: Type.Optional(LocaleField),
          },
          { additionalProperties: false },
        ),
        response: { 202: CodeSent, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      await limitCodeSend(db, deps.clock, request.ip);
      const { password, accountType, locale } = request.body;
      await requestSignup(
        db,
        {
          contact: contactFromBody(request.body),
          password,
          accountType,
          locale: locale ?? request.locale,
          requestLocale: request.locale,
        },
        deps.clock,
        deps.settings,
      );
      return reply.code(202).send(codeSentBody(deps.settings));
    },
  );

  app.post(
    '/api/v1/auth/signup/verify',
    {
      config: { errors: CODE_CHECK_ERRORS },
      schema: {
        tags: ['auth'],
        summary: 'Finish a sign-up with its code: creates the account and signs in',
        body: Type.Object({ ...contactFields, code: Code }, { additionalProperties: false }),
        response: { 201: Account, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const contact = contactFromBody(request.body);
      await limitCodeCheck(db, deps.clock, request.ip, contact.address);
      const signedIn = await verifySignup(
        db,
        contact,
        request.body.code,
        clientOf(request),
        deps.clock,
        deps.settings,
      );
      setSessionCookie(reply, deps, 'merchant', signedIn.token);
      return reply.code(201).send(signedIn.account);
    },
  );
}
