import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { enforceRateLimit } from '../../../http/rate-limit.ts';
import { applyCallbackEvent, verifyCallback } from '../callback-event.ts';
import { SIGNATURE_HEADER } from '../signature.ts';
import { AMOUNT_ERRORS, SUCCEED_ERRORS } from './declared-errors.ts';

const CALLBACK_LIMIT = { limit: 300, windowSeconds: 60 };

/** Providers report outcomes here: server to server, signed, idempotent by event id. */
export async function callbackRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  // Callbacks are verified over the exact bytes the provider signed: this scope keeps the body raw.
  await app.register(async (scope: AppInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/payments/callbacks/:provider',
      {
        config: {
          csrf: false,
          // Past CALLBACK_LIMIT a minute from one address, and what settling answers.
          errors: ['http.rate_limited', ...SUCCEED_ERRORS, ...AMOUNT_ERRORS],
          credential: {
            scheme: 'providerSignature',
            header: SIGNATURE_HEADER,
            description: 'The payment provider: sha256=<hex HMAC-SHA256 of the raw body>.',
          },
        },
        schema: {
          tags: ['payments'],
          summary: `Provider callback: JSON { id, type: "payment.succeeded"|"payment.failed", paymentId, amount: { amount, currency } }, signed in the ${SIGNATURE_HEADER} header as sha256=<hex HMAC-SHA256 of the raw body>. Idempotent by event id.`,
          params: Type.Object({ provider: Type.String({ maxLength: 40 }) }),
          response: {
            200: Type.Object({
              duplicate: Type.Boolean(),
              payment: Type.Object({ id: Type.String(), status: Type.String() }),
            }),
          },
        },
      },
      async (request) => {
        await enforceRateLimit(db, `payment-callback:${request.ip}`, CALLBACK_LIMIT, deps.clock);
        const rawBody = typeof request.body === 'string' ? request.body : '';
        const header = request.headers[SIGNATURE_HEADER];
        const { provider, event } = await verifyCallback(
          db,
          request.params.provider,
          rawBody,
          Array.isArray(header) ? header[0] : header,
        );
        const settlement = await withTx(db, (tx) =>
          applyCallbackEvent(tx, provider, event, {
            now: deps.clock.now(),
            locale: request.locale,
          }),
        );
        return {
          duplicate: !settlement.applied,
          payment: { id: settlement.payment.id, status: settlement.payment.status },
        };
      },
    );
  });
}
