import { Type } from '@sinclair/typebox';

/** Shared request and response shapes of the account routes (they document the OpenAPI too). */

export const Email = Type.String({ minLength: 3, maxLength: 320, description: 'E-mail address' });
export const Phone = Type.String({
  minLength: 3,
  maxLength: 40,
  description: 'Mobile number: international ("+86 138 0013 8000") or national with `country`.',
});
export const Country = Type.String({
  pattern: '^[A-Za-z]{2}$',
  description:
    'ISO 3166-1 alpha-2 country of a national phone number; without it a number lacking "+" is read as CN.',
});
export const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code' });
export const NewPassword = Type.String({
  minLength: 1,
  // The real rule (8–128 code points after NFKC) is checked by the server with its own errors;
  // this only bounds the request.
  maxLength: 1024,
  description: '8–128 characters (Unicode code points, after NFKC); common passwords are refused.',
});
export const LocaleField = Type.Union([Type.Literal('en'), Type.Literal('zh-CN')]);
export const AccountType = Type.Union([Type.Literal('personal'), Type.Literal('enterprise')]);
export const Channel = Type.Union([Type.Literal('email'), Type.Literal('phone')]);

export const SignOutOtherSessions = Type.Boolean({
  default: true,
  description: 'End every other session of the account (default true).',
});

export const Account = Type.Object({
  id: Type.String({ format: 'uuid' }),
  accountType: AccountType,
  email: Type.Union([Type.String(), Type.Null()]),
  emailVerified: Type.Boolean(),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'E.164' }),
  phoneVerified: Type.Boolean(),
  realName: Type.Union([Type.String(), Type.Null()], {
    description: 'Legal name, or company name for enterprise accounts.',
  }),
  locale: LocaleField,
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('closed')]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const CodeSent = Type.Object(
  {
    status: Type.Literal('code_sent'),
    resendAfterSeconds: Type.Integer({ description: 'Asking again sooner answers 429.' }),
    expiresInSeconds: Type.Integer(),
  },
  {
    description:
      'The same answer whether or not the address has an account; a code is sent only where it may be.',
  },
);

export const NoContent = Type.Null({ description: 'No content' });

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { description: 'Error: `code` is stable, `message` is in the language of the request.' },
);
