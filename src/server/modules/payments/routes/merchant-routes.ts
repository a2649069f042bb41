import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { authGuard, merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { stringEnum } from '../../../lib/string-enum.ts';
import { requirePayment } from '../find-payment.ts';
import { offeredProviders } from '../offered-providers.ts';
import { PaymentViewSchema, paymentView } from '../payment-view.ts';
import { paymentProvider } from '../providers/index.ts';
import { settleSandboxPayment } from '../sandbox-outcome.ts';
import { PROVIDER_CODES } from '../schema.ts';
import { SUCCEED_ERRORS } from './declared-errors.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The merchant's own payments, and the sandbox where they play the bank. */
export function merchantPaymentRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.get(
    '/api/v1/me/payment-providers',
    {
      preHandler: merchant,
      schema: {
        tags: ['payments'],
        summary:
          'The ways you can pay now: the sandbox while it is on, bank transfer once the platform has entered its bank account',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ provider: stringEnum(PROVIDER_CODES), testMode: Type.Boolean() }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: (await offeredProviders(db)).map((provider) => ({
        provider,
        testMode: paymentProvider(provider).testMode,
      })),
    }),
  );

  app.get(
    '/api/v1/me/payments/:id',
    {
      preHandler: merchant,
      schema: {
        tags: ['payments'],
        summary: 'One of your payments (poll it while a bank transfer awaits confirmation)',
        params: IdParams,
        response: { 200: PaymentViewSchema },
      },
    },
    async (request) =>
      paymentView(
        db,
        await requirePayment(db, request.params.id, { merchantId: merchantIdOf(request) }),
      ),
  );

  const sandboxSchema = {
    tags: ['payments'],
    summary: 'TEST MODE: make your own sandbox payment succeed or fail',
    params: IdParams,
    body: Type.Object({ outcome: Type.Union([Type.Literal('succeed'), Type.Literal('fail')]) }),
    response: { 200: PaymentViewSchema },
  };
  const settle = async (
    paymentId: string,
    payer: Parameters<typeof settleSandboxPayment>[1]['payer'],
    outcome: 'succeed' | 'fail',
  ) => {
    const settlement = await withTx(db, (tx) =>
      settleSandboxPayment(tx, { paymentId, payer, outcome, now: deps.clock.now() }),
    );
    return paymentView(db, settlement.payment);
  };

  app.post(
    '/api/v1/me/payments/:id/sandbox',
    { preHandler: merchant, config: { errors: SUCCEED_ERRORS }, schema: sandboxSchema },
    async (request) =>
      settle(request.params.id, { merchantId: merchantIdOf(request) }, request.body.outcome),
  );

  // The older path, which a buyer also uses with their order's key (SPEC API shape: Buyers pay an
  // order's sandbox payment with the order key). Undocumented: a client cannot tell it apart from
  // /payments/callbacks/{provider} (a payment id "callbacks").
  const merchantUnlessKeyed = authGuard(async (request) => {
    if (keyOf(request) === undefined) await merchant(request);
  });
  app.post(
    '/api/v1/payments/:id/sandbox',
    {
      preHandler: merchantUnlessKeyed,
      config: { errors: SUCCEED_ERRORS },
      schema: {
        ...sandboxSchema,
        querystring: Type.Object({
          key: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        }),
        hide: true,
      },
    },
    async (request) => {
      const { key } = request.query;
      return settle(
        request.params.id,
        key === undefined ? { merchantId: merchantIdOf(request) } : { key },
        request.body.outcome,
      );
    },
  );
}

const keyOf = (request: FastifyRequest): string | undefined =>
  (request.query as { key?: string } | undefined)?.key;
