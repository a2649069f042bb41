import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { codeSentBody } from '../codes/issue-code.ts';
import { type ContactAddress, emailAddress, phoneAddress } from '../contacts/identifier.ts';
import { requestContactChange } from '../contacts/request-contact-change.ts';
import { verifyContactChange } from '../contacts/verify-contact-change.ts';
import {
  CODE_CHECK_ERRORS,
  CODE_SEND_ERRORS,
  limitCodeCheck,
  limitCodeSend,
} from '../rate-limits.ts';
import type { ContactChannel } from '../schema.ts';
import { sessionOf } from './request-context.ts';
import { Account, Code, CodeSent, Country, Email, ErrorBody, Phone } from './schemas.ts';

const ChangeEmail = Type.Object({ email: Email }, { additionalProperties: false });
const ChangePhone = Type.Object(
  { phone: Phone, country: Type.Optional(Country) },
  { additionalProperties: false },
);

/** POST /me/contacts/{email|phone} and …/verify: add or change a contact, proven by a code. */
export function contactRoutes(app: AppInstance, deps: AppDeps): void {
  const db = deps.database.db;
  const signedIn = { preHandler: requireMerchant(deps) };

  const register = <B extends typeof ChangeEmail | typeof ChangePhone>(
    channel: ContactChannel,
    body: B,
    toContact: (body: never) => ContactAddress,
  ) => {
    const noun = channel === 'email' ? 'e-mail address' : 'mobile number';
    app.post(
      `/api/v1/me/contacts/${channel}`,
      {
        ...signedIn,
        config: { errors: CODE_SEND_ERRORS },
        schema: {
          tags: ['account'],
          summary: `Add or change the ${noun}: a code goes to the new one (needs re-authentication)`,
          description:
            'Needs re-authentication in the last 10 minutes (403 auth.reauth_required). The answer is the same if the address belongs to another account; its owner is told instead.',
          body,
          response: { 202: CodeSent, '4xx': ErrorBody },
        },
      },
      async (request, reply) => {
        await limitCodeSend(db, deps.clock, request.ip);
        const contact = toContact(request.body as never);
        const session = sessionOf(request);
        await withTx(db, (tx) =>
          requestContactChange(tx, session, contact, deps.clock, deps.settings),
        );
        return reply.code(202).send(codeSentBody(deps.settings));
      },
    );

    app.post(
      `/api/v1/me/contacts/${channel}/verify`,
      {
        ...signedIn,
        config: { errors: [...CODE_CHECK_ERRORS, 'auth.contact_taken'] },
        schema: {
          tags: ['account'],
          summary: `Confirm the new ${noun} with its code; the old one is told`,
          body: Type.Object({ code: Code }, { additionalProperties: false }),
          response: { 200: Account, '4xx': ErrorBody },
        },
      },
      async (request) => {
        const merchantId = merchantIdOf(request);
        await limitCodeCheck(db, deps.clock, request.ip, `merchant:${merchantId}`);
        return verifyContactChange(
          db,
          merchantId,
          channel,
          request.body.code,
          deps.clock,
          deps.settings,
        );
      },
    );
  };

  register('email', ChangeEmail, (body: { email: string }) => emailAddress(body.email));
  register('phone', ChangePhone, (body: { phone: string; country?: string }) =>
    phoneAddress(body.phone, body.country),
  );
}
